"""Demo texts of the news, written for this project from the public record of the site.

Every post is written in English and French; a few are also in German. Each
translation lists its texts in the same order as the English ones, so the demo loader
can pair them up. Romani texts are a first draft and wait for a native speaker's review.
"""

# --- The news index, in every language: title, slug, introduction ------------------------

INDEX = {
    "title": "News",
    "slug": "news",
    "introduction": "What the Alliance and its participants have been doing, newest first.",
}
INDEX_TRANSLATIONS = {
    "fr": (
        "Actualités",
        "actualites",
        "Ce que font l'Alliance et ses participants, des nouvelles les plus récentes aux plus anciennes.",
    ),
    "de": ("Nachrichten", "nachrichten", "Was die Allianz und ihre Teilnehmer tun, die neuesten Meldungen zuerst."),
    "it": ("Notizie", "notizie", "Le attività dell'Alleanza e dei suoi partecipanti, dalle più recenti."),
    "es": ("Noticias", "noticias", "Lo que hacen la Alianza y sus participantes, empezando por lo más reciente."),
    "ro": ("Știri", "stiri", "Ce fac Alianța și participanții săi, cele mai noi știri mai întâi."),
    "bg": ("Новини", "novini", "Какво правят Алиансът и неговите участници, като най-новото е първо."),
    "hu": ("Hírek", "hirek", "A Szövetség és résztvevői tevékenysége, a legfrissebb hírekkel kezdve."),
    "sk": ("Správy", "spravy", "Čo robí Aliancia a jej účastníci, od najnovších správ."),
    "cs": ("Zprávy", "zpravy", "Co dělá Aliance a její účastníci, od nejnovějších zpráv."),
    "sr": ("Вести", "vesti", "Шта раде Алијанса и њени учесници, од најновијих вести."),
    "rom": ("Nevimata", "nevimata", "So keren e Aliansa thaj lakre participantura, angleder e maj neve nevimata."),
}

# --- Topics: slug, English name, then the name in each language -------------------------

TOPICS = {
    "congress": {
        "en": "Congress",
        "fr": "Congrès",
        "de": "Kongress",
        "it": "Congresso",
        "es": "Congreso",
        "ro": "Congresul",
        "bg": "Конгрес",
        "hu": "Kongresszus",
        "sk": "Kongres",
        "cs": "Kongres",
        "sr": "Конгрес",
        "rom": "Kongreso",
    },
    "new-participants": {
        "en": "New participants",
        "fr": "Nouveaux participants",
        "de": "Neue Teilnehmer",
        "it": "Nuovi partecipanti",
        "es": "Nuevos participantes",
        "ro": "Participanți noi",
        "bg": "Нови участници",
        "hu": "Új résztvevők",
        "sk": "Noví účastníci",
        "cs": "Noví účastníci",
        "sr": "Нови учесници",
        "rom": "Neve participantura",
    },
    "european-institutions": {
        "en": "European institutions",
        "fr": "Institutions européennes",
        "de": "Europäische Institutionen",
        "it": "Istituzioni europee",
        "es": "Instituciones europeas",
        "ro": "Instituții europene",
        "bg": "Европейски институции",
        "hu": "Európai intézmények",
        "sk": "Európske inštitúcie",
        "cs": "Evropské instituce",
        "sr": "Европске институције",
        "rom": "Europaqe institucie",
    },
    "roma-youth": {
        "en": "Roma youth",
        "fr": "Jeunesse rom",
        "de": "Roma-Jugend",
        "it": "Giovani rom",
        "es": "Juventud romaní",
        "ro": "Tinerii romi",
        "bg": "Ромска младеж",
        "hu": "Roma fiatalok",
        "sk": "Rómska mládež",
        "cs": "Romská mládež",
        "sr": "Ромска омладина",
        "rom": "Terne Rroma",
    },
    "romact-romed2": {
        "en": "ROMACT and ROMED2",
        "fr": "ROMACT et ROMED2",
        "de": "ROMACT und ROMED2",
        "it": "ROMACT e ROMED2",
        "es": "ROMACT y ROMED2",
        "ro": "ROMACT și ROMED2",
        "bg": "ROMACT и ROMED2",
        "hu": "ROMACT és ROMED2",
        "sk": "ROMACT a ROMED2",
        "cs": "ROMACT a ROMED2",
        "sr": "ROMACT и ROMED2",
        "rom": "ROMACT thaj ROMED2",
    },
    "publications": {
        "en": "Publications",
        "fr": "Publications",
        "de": "Publikationen",
        "it": "Pubblicazioni",
        "es": "Publicaciones",
        "ro": "Publicații",
        "bg": "Публикации",
        "hu": "Kiadványok",
        "sk": "Publikácie",
        "cs": "Publikace",
        "sr": "Публикације",
        "rom": "Publikacie",
    },
}

# --- Generated pictures: title, credit in the library, colours ---------------------------

PICTURES = {
    "session": {
        "title": "Congress 26th Session, March 2014",
        "credit": "Secretary General Jagland",
        "colours": ["#0b3d91", "#f2c500", "#0b3d91"],
        "description": "Demo picture: blue and yellow bands with a row of white circles",
    },
    "kragujevac": {
        "title": "Kragujevac joins the Alliance",
        "credit": "EU Delegation to the Republic of Serbia",
        "colours": ["#c6363c", "#0c4076", "#ffffff"],
        "description": "Demo picture: red, blue and white bands with a row of white circles",
    },
    "kragujevac-centre": {
        "title": "Kragujevac city centre",
        "credit": "EU Delegation to the Republic of Serbia",
        "colours": ["#0c4076", "#7a8fa6"],
        "description": "Demo picture: dark and light blue bands with a row of white circles",
    },
    "committee-of-the-regions": {
        "title": "Committee of the Regions, 104th plenary session",
        "credit": "European Union / Tim De Backer",
        "colours": ["#003399", "#ffcc00"],
        "description": "Demo picture: European blue and gold bands with a row of white circles",
    },
}

# --- The posts -------------------------------------------------------------------------------
# "picture" of a post: (picture key, caption, credit in words or "" to use the library's).
# "body" items: ("paragraph", text), ("heading", text), ("picture", picture key, alt text,
# caption, credit or ""), ("cta", page, heading, text, button text), where page is one of
# CTA_PAGES. A translation lists the translated texts of the body in the same order: one
# string per paragraph or heading, an (alt text, caption, credit) triple per picture, a
# (heading, text, button) triple per call to action.

# The pages calls to action lead to: the "Join the Alliance" form, and the information
# brochure's publication page (made by the frame's demo content, with its PDF in every
# language). Each post's translation leads to the same page in its language.
CTA_PAGES = {"join": ["join"], "brochure": ["resources", "information-brochure"]}

POSTS = [
    {
        "date": "2014-03-27",
        "slug": "council-of-europe-leaders-back-the-alliance",
        "title": "Council of Europe leaders back the Alliance at the Congress session",
        "teaser": (
            "At the Congress's 26th Session in Strasbourg, the Secretary General, the Committee of Ministers "
            "and the President of the Parliamentary Assembly all spoke up for the Alliance."
        ),
        "topics": ["congress", "european-institutions"],
        "picture": ("session", "The Congress in session in Strasbourg, March 2014.", "Secretary General Jagland"),
        "alt": "Demo picture in Council of Europe blue and yellow, standing in for a photograph of the session",
        "body": [
            (
                "paragraph",
                "The Congress of Local and Regional Authorities held its 26th Session in Strasbourg from 25 to 27 "
                "March 2014. The inclusion of Roma at local level was on its agenda, and the Alliance heard words "
                "of support from the highest levels of the Council of Europe.",
            ),
            ("heading", "Three voices for local action"),
            (
                "paragraph",
                "Secretary General Thorbjørn Jagland spoke to the Congress on 25 March. The Committee of Ministers "
                "and the President of the Parliamentary Assembly also expressed their support for the Alliance and "
                "for the cities and regions that turn national strategies into local action.",
            ),
        ],
        "fr": {
            "slug": "les-dirigeants-du-conseil-de-l-europe-soutiennent-l-alliance",
            "title": "Les dirigeants du Conseil de l'Europe soutiennent l'Alliance lors de la session du Congrès",
            "teaser": (
                "Lors de la 26e session du Congrès à Strasbourg, le Secrétaire Général, le Comité des Ministres et "
                "le Président de l'Assemblée parlementaire ont tous apporté leur soutien à l'Alliance."
            ),
            "picture": ("Le Congrès en session à Strasbourg, mars 2014.", "Secrétaire Général Jagland"),
            "alt": (
                "Image de démonstration aux couleurs bleu et jaune du Conseil de l'Europe, à la place d'une "
                "photographie de la session"
            ),
            "body": [
                "Le Congrès des pouvoirs locaux et régionaux a tenu sa 26e session à Strasbourg du 25 au 27 mars "
                "2014. L'inclusion des Roms au niveau local figurait à son ordre du jour, et l'Alliance a reçu le "
                "soutien des plus hautes instances du Conseil de l'Europe.",
                "Trois voix pour l'action locale",
                "Le Secrétaire Général Thorbjørn Jagland s'est adressé au Congrès le 25 mars. Le Comité des "
                "Ministres et le Président de l'Assemblée parlementaire ont eux aussi exprimé leur soutien à "
                "l'Alliance et aux villes et régions qui traduisent les stratégies nationales en actions locales.",
            ],
        },
        "de": {
            "slug": "die-spitze-des-europarats-unterstuetzt-die-allianz",
            "title": "Die Spitze des Europarats unterstützt die Allianz auf der Kongresssitzung",
            "teaser": (
                "Auf der 26. Tagung des Kongresses in Straßburg sprachen sich der Generalsekretär, das "
                "Ministerkomitee und die Präsidentin der Parlamentarischen Versammlung für die Allianz aus."
            ),
            "picture": ("Der Kongress tagt in Straßburg, März 2014.", "Generalsekretär Jagland"),
            "alt": "Demobild in Blau und Gelb des Europarats, anstelle eines Fotos der Tagung",
            "body": [
                "Der Kongress der Gemeinden und Regionen hielt seine 26. Tagung vom 25. bis 27. März 2014 in "
                "Straßburg ab. Die Inklusion der Roma auf lokaler Ebene stand auf der Tagesordnung, und die "
                "Allianz erhielt Unterstützung von der höchsten Ebene des Europarats.",
                "Drei Stimmen für lokales Handeln",
                "Generalsekretär Thorbjørn Jagland sprach am 25. März vor dem Kongress. Auch das Ministerkomitee "
                "und die Präsidentin der Parlamentarischen Versammlung unterstützten die Allianz und die Städte "
                "und Regionen, die nationale Strategien in lokales Handeln umsetzen.",
            ],
        },
    },
    {
        "date": "2014-03-26",
        "slug": "congress-and-ertf-sign-cooperation-agreement",
        "title": "The Congress and the European Roma and Travellers Forum sign a cooperation agreement",
        "teaser": (
            "Congress President Herwig van Staa and Rudko Kawczynski, President of the ERTF, signed an agreement "
            "on 26 March that sets out how the two bodies will work together."
        ),
        "topics": ["congress"],
        "body": [
            (
                "paragraph",
                "On 26 March 2014, during the 26th Session, Herwig van Staa, President of the Congress, and Rudko "
                "Kawczynski, President of the European Roma and Travellers Forum (ERTF), signed a cooperation "
                "agreement between the Congress and the Forum.",
            ),
            (
                "paragraph",
                "The ERTF speaks for Roma and Travellers at European level. The agreement gives the two bodies a "
                "common framework, which matters to the cities and regions of the Alliance, where local "
                "authorities and Roma communities have to plan together.",
            ),
        ],
        "fr": {
            "slug": "le-congres-et-le-ferv-signent-un-accord-de-cooperation",
            "title": "Le Congrès et le Forum européen des Roms et des Gens du voyage signent un accord de coopération",
            "teaser": (
                "Le Président du Congrès, Herwig van Staa, et Rudko Kawczynski, Président du FERV, ont signé le "
                "26 mars un accord qui définit la manière dont les deux institutions travailleront ensemble."
            ),
            "body": [
                "Le 26 mars 2014, pendant la 26e session, Herwig van Staa, Président du Congrès, et Rudko "
                "Kawczynski, Président du Forum européen des Roms et des Gens du voyage (FERV), ont signé un "
                "accord de coopération entre le Congrès et le Forum.",
                "Le FERV représente les Roms et les Gens du voyage au niveau européen. L'accord donne aux deux "
                "institutions un cadre commun, ce qui compte pour les villes et les régions de l'Alliance, où "
                "collectivités locales et communautés roms doivent travailler ensemble.",
            ],
        },
    },
    {
        "date": "2014-03-26",
        "slug": "congress-adopts-report-on-roma-youth",
        "title": "The Congress adopts a report on empowering Roma youth",
        "teaser": (
            'The report "Empowering Roma youth through participation", by co-rapporteurs Inger Linge and '
            "John Warmisham, shows how local and regional policy can involve young Roma."
        ),
        "topics": ["congress", "roma-youth"],
        "body": [
            (
                "paragraph",
                'On 26 March 2014 the Congress adopted the report "Empowering Roma youth through participation: '
                'effective policy design at local and regional levels". Its co-rapporteurs were Inger Linge and '
                "John Warmisham.",
            ),
            (
                "paragraph",
                "The report asks local and regional authorities to involve young Roma in designing the policies "
                "that concern them, so that they take part in decisions rather than only receiving their results.",
            ),
        ],
        "fr": {
            "slug": "le-congres-adopte-un-rapport-sur-la-jeunesse-rom",
            "title": "Le Congrès adopte un rapport sur l'autonomisation des jeunes Roms",
            "teaser": (
                "Le rapport « Autonomiser les jeunes Roms par la participation », des corapporteurs Inger Linge et "
                "John Warmisham, montre comment les politiques locales et régionales peuvent associer les jeunes "
                "Roms."
            ),
            "body": [
                "Le 26 mars 2014, le Congrès a adopté le rapport « Autonomiser les jeunes Roms par la "
                "participation : concevoir des politiques efficaces aux niveaux local et régional ». Ses "
                "corapporteurs étaient Inger Linge et John Warmisham.",
                "Le rapport invite les collectivités locales et régionales à associer les jeunes Roms à "
                "l'élaboration des politiques qui les concernent, afin qu'ils prennent part aux décisions au lieu "
                "d'en recevoir seulement les résultats.",
            ],
        },
    },
    {
        "date": "2014-03-24",
        "slug": "kragujevac-becomes-the-122nd-participant",
        "title": "Kragujevac becomes the Alliance's 122nd participant",
        "teaser": (
            "The Serbian city of Kragujevac has joined the Alliance: its mayor, Veroljub Stevanovic, sent the "
            "letter of accession to Congress President Herwig van Staa."
        ),
        "topics": ["new-participants"],
        "participants": ["kragujevac"],
        "picture": (
            "kragujevac",
            "Kragujevac, in central Serbia.",
            "EU Delegation to the Republic of Serbia",
        ),
        "alt": "Demo picture in red, blue and white, standing in for a photograph of Kragujevac",
        "body": [
            (
                "paragraph",
                "The City of Kragujevac in Serbia is now the 122nd participant of the Alliance. Mayor Veroljub "
                "Stevanovic sent the city's letter of accession to Herwig van Staa, President of the Congress.",
            ),
            (
                "picture",
                "kragujevac-centre",
                "Demo picture in dark and light blue, standing in for a photograph of the city centre",
                "The centre of Kragujevac.",
                "EU Delegation to the Republic of Serbia",
            ),
            (
                "paragraph",
                "By joining, Kragujevac commits to making Roma inclusion part of its own policies and to sharing "
                "what it learns with the other cities and regions of the Alliance.",
            ),
            (
                "cta",
                "join",
                "Is your city next?",
                "Local and regional authorities can ask to join the Alliance at any time.",
                "How to join",
            ),
        ],
        "fr": {
            "slug": "kragujevac-devient-le-122e-participant",
            "title": "Kragujevac devient le 122e participant de l'Alliance",
            "teaser": (
                "La ville serbe de Kragujevac a rejoint l'Alliance : son maire, Veroljub Stevanovic, a adressé la "
                "lettre d'adhésion au Président du Congrès, Herwig van Staa."
            ),
            "picture": ("Kragujevac, au centre de la Serbie.", "Délégation de l'UE en République de Serbie"),
            "alt": "Image de démonstration en rouge, bleu et blanc, à la place d'une photographie de Kragujevac",
            "body": [
                "La ville de Kragujevac, en Serbie, est désormais le 122e participant de l'Alliance. Son maire, "
                "Veroljub Stevanovic, a adressé la lettre d'adhésion de la ville à Herwig van Staa, Président du "
                "Congrès.",
                (
                    "Image de démonstration en bleu foncé et bleu clair, à la place d'une photographie du centre-ville",
                    "Le centre de Kragujevac.",
                    "Délégation de l'UE en République de Serbie",
                ),
                "En adhérant, Kragujevac s'engage à faire de l'inclusion des Roms une partie de ses propres "
                "politiques et à partager ce qu'elle apprend avec les autres villes et régions de l'Alliance.",
                (
                    "Et votre ville ?",
                    "Les collectivités locales et régionales peuvent demander à rejoindre l'Alliance à tout moment.",
                    "Comment adhérer",
                ),
            ],
        },
        "de": {
            "slug": "kragujevac-wird-122-teilnehmer",
            "title": "Kragujevac wird 122. Teilnehmer der Allianz",
            "teaser": (
                "Die serbische Stadt Kragujevac ist der Allianz beigetreten: Bürgermeister Veroljub Stevanovic "
                "schickte die Beitrittserklärung an Kongresspräsident Herwig van Staa."
            ),
            "picture": ("Kragujevac in Zentralserbien.", "EU-Delegation in der Republik Serbien"),
            "alt": "Demobild in Rot, Blau und Weiß, anstelle eines Fotos von Kragujevac",
            "body": [
                "Die Stadt Kragujevac in Serbien ist jetzt der 122. Teilnehmer der Allianz. Bürgermeister Veroljub "
                "Stevanovic schickte die Beitrittserklärung der Stadt an Herwig van Staa, den Präsidenten des "
                "Kongresses.",
                (
                    "Demobild in Dunkel- und Hellblau, anstelle eines Fotos des Stadtzentrums",
                    "Das Zentrum von Kragujevac.",
                    "EU-Delegation in der Republik Serbien",
                ),
                "Mit dem Beitritt verpflichtet sich Kragujevac, die Inklusion der Roma zum Teil der eigenen "
                "Politik zu machen und seine Erfahrungen mit den anderen Städten und Regionen der Allianz zu teilen.",
                (
                    "Ist Ihre Stadt die nächste?",
                    "Lokale und regionale Gebietskörperschaften können jederzeit den Beitritt zur Allianz beantragen.",
                    "So treten Sie bei",
                ),
            ],
        },
    },
    {
        "date": "2014-03-10",
        "slug": "jean-claude-frecon-interview-newspress",
        "title": "Jean-Claude Frécon: Roma inclusion is worked out in local communities",
        "teaser": (
            "In an interview with the French agency Newspress, Congress Vice-President Jean-Claude Frécon "
            "explained why towns and regions are where Roma inclusion happens in practice."
        ),
        "topics": ["congress"],
        "body": [
            (
                "paragraph",
                "Jean-Claude Frécon, French senator and Vice-President of the Congress, gave an interview to the "
                "French agency Newspress on 6 March 2014.",
            ),
            (
                "paragraph",
                "His message was that the inclusion of Roma is worked out in practice in local communities, which "
                "is why the Alliance brings cities and regions together to learn from one another.",
            ),
        ],
        "fr": {
            "slug": "entretien-de-jean-claude-frecon-avec-newspress",
            "title": "Jean-Claude Frécon : l'inclusion des Roms se construit dans les collectivités locales",
            "teaser": (
                "Dans un entretien avec l'agence française Newspress, le Vice-Président du Congrès Jean-Claude "
                "Frécon a expliqué pourquoi c'est dans les villes et les régions que l'inclusion des Roms se joue "
                "concrètement."
            ),
            "body": [
                "Jean-Claude Frécon, sénateur et Vice-Président du Congrès, a accordé un entretien à l'agence "
                "française Newspress le 6 mars 2014.",
                "Son message : l'inclusion des Roms se construit concrètement dans les collectivités locales, et "
                "c'est pourquoi l'Alliance réunit les villes et les régions pour qu'elles apprennent les unes des "
                "autres.",
            ],
        },
    },
    {
        "date": "2014-01-21",
        "slug": "john-warmisham-at-the-romact-and-romed2-launch",
        "title": "John Warmisham at the ROMACT and ROMED2 launch: local policy makes the difference",
        "teaser": (
            "Speaking at the launch of the ROMACT and ROMED2 programmes, the Congress rapporteur on Roma issues "
            "said that real progress is decided by local and regional policy."
        ),
        "topics": ["romact-romed2", "congress"],
        "events": ["romact-romed2-launch-conference"],
        "body": [
            (
                "paragraph",
                "John Warmisham, the Congress rapporteur on Roma issues, spoke at the conference that launched the "
                "Council of Europe's ROMACT and ROMED2 programmes.",
            ),
            (
                "paragraph",
                "He underlined that real improvement in education, housing, employment and health depends on the "
                "policies of local and regional authorities, and encouraged them to make use of both programmes.",
            ),
        ],
        "fr": {
            "slug": "john-warmisham-au-lancement-de-romact-et-romed2",
            "title": "John Warmisham au lancement de ROMACT et ROMED2 : la politique locale fait la différence",
            "teaser": (
                "Lors du lancement des programmes ROMACT et ROMED2, le rapporteur du Congrès sur les questions "
                "roms a rappelé que les vrais progrès dépendent des politiques locales et régionales."
            ),
            "body": [
                "John Warmisham, rapporteur du Congrès sur les questions roms, est intervenu à la conférence de "
                "lancement des programmes ROMACT et ROMED2 du Conseil de l'Europe.",
                "Il a souligné que les progrès réels en matière d'éducation, de logement, d'emploi et de santé "
                "dépendent des politiques des collectivités locales et régionales, et les a encouragées à utiliser "
                "les deux programmes.",
            ],
        },
    },
    {
        "date": "2014-01-13",
        "slug": "new-information-brochure-in-12-languages",
        "title": "A new information brochure on the Alliance, in 12 languages",
        "teaser": (
            "A brochure presenting the Alliance's background, objectives and cooperation activities can now be "
            "downloaded as a PDF in 12 languages."
        ),
        "topics": ["publications"],
        "body": [
            (
                "paragraph",
                "The Alliance has published a new information brochure. It explains why the Alliance was created, "
                "what it aims to achieve and how its participants work together.",
            ),
            (
                "cta",
                "brochure",
                "Download the brochure",
                "Each of the 12 language versions is a PDF file of its own: choose yours on the brochure's page.",
                "The brochure in 12 languages",
            ),
        ],
        "fr": {
            "slug": "nouvelle-brochure-d-information-en-12-langues",
            "title": "Une nouvelle brochure d'information sur l'Alliance, en 12 langues",
            "teaser": (
                "Une brochure qui présente l'historique, les objectifs et les activités de coopération de "
                "l'Alliance peut désormais être téléchargée en PDF dans 12 langues."
            ),
            "body": [
                "L'Alliance publie une nouvelle brochure d'information. Elle explique pourquoi l'Alliance a été "
                "créée, ce qu'elle veut accomplir et comment ses participants travaillent ensemble.",
                (
                    "Télécharger la brochure",
                    "Chacune des 12 versions linguistiques est un fichier PDF distinct : choisissez la vôtre sur la "
                    "page de la brochure.",
                    "La brochure en 12 langues",
                ),
            ],
        },
        "de": {
            "slug": "neue-informationsbroschuere-in-12-sprachen",
            "title": "Eine neue Informationsbroschüre über die Allianz, in 12 Sprachen",
            "teaser": (
                "Eine Broschüre über Hintergrund, Ziele und Zusammenarbeit der Allianz kann jetzt in 12 Sprachen "
                "als PDF heruntergeladen werden."
            ),
            "body": [
                "Die Allianz hat eine neue Informationsbroschüre veröffentlicht. Sie erklärt, warum die Allianz "
                "gegründet wurde, was sie erreichen will und wie ihre Teilnehmer zusammenarbeiten.",
                (
                    "Die Broschüre herunterladen",
                    "Jede der 12 Sprachfassungen ist eine eigene PDF-Datei: Wählen Sie Ihre auf der Seite der "
                    "Broschüre.",
                    "Die Broschüre in 12 Sprachen",
                ),
            ],
        },
    },
    {
        "date": "2013-12-20",
        "slug": "european-parliament-resolution-on-roma-strategies",
        "title": "The European Parliament asks for local and regional authorities to be involved in Roma strategies",
        "teaser": (
            "In its resolution of 12 December 2013 on national Roma integration strategies, the European "
            "Parliament urges Member States to involve local and regional authorities."
        ),
        "topics": ["european-institutions"],
        "body": [
            (
                "paragraph",
                "On 12 December 2013 the plenary of the European Parliament adopted a resolution on progress in "
                "implementing the national Roma integration strategies (2013/2924(RSP)).",
            ),
            (
                "paragraph",
                "In paragraph 11, the Parliament urges the Member States to involve local and regional authorities "
                "in these strategies: the approach on which the Alliance is built.",
            ),
        ],
        "fr": {
            "slug": "resolution-du-parlement-europeen-sur-les-strategies-roms",
            "title": (
                "Le Parlement européen demande d'associer les collectivités locales et régionales aux stratégies "
                "pour les Roms"
            ),
            "teaser": (
                "Dans sa résolution du 12 décembre 2013 sur les stratégies nationales d'intégration des Roms, le "
                "Parlement européen invite instamment les États membres à associer les collectivités locales et "
                "régionales."
            ),
            "body": [
                "Le 12 décembre 2013, le Parlement européen a adopté en séance plénière une résolution sur les "
                "progrès de la mise en œuvre des stratégies nationales d'intégration des Roms (2013/2924(RSP)).",
                "Au paragraphe 11, le Parlement invite instamment les États membres à associer les collectivités "
                "locales et régionales à ces stratégies : c'est l'approche sur laquelle repose l'Alliance.",
            ],
        },
    },
    {
        "date": "2013-12-13",
        "slug": "committee-of-the-regions-backs-the-alliance",
        "title": "The EU Committee of the Regions backs the Alliance",
        "teaser": (
            "At its 104th plenary session, the EU Committee of the Regions adopted an opinion on Roma integration "
            "that recognises the Congress's work and asks the EU institutions to support the Alliance."
        ),
        "topics": ["european-institutions"],
        "picture": ("committee-of-the-regions", "The 104th plenary session of the Committee of the Regions.", ""),
        "alt": "Demo picture in European blue and gold, standing in for a photograph of the plenary session",
        "body": [
            (
                "paragraph",
                "The Committee of the Regions of the European Union held its 104th plenary session on 28 and 29 "
                "November 2013 and adopted an opinion on Roma integration strategies.",
            ),
            (
                "paragraph",
                "The opinion recognises the work of the Congress and calls on the institutions of the European "
                "Union to support the European Alliance of Cities and Regions for Roma Inclusion.",
            ),
        ],
        "fr": {
            "slug": "le-comite-des-regions-soutient-l-alliance",
            "title": "Le Comité des régions de l'UE soutient l'Alliance",
            "teaser": (
                "Lors de sa 104e session plénière, le Comité des régions de l'UE a adopté un avis sur "
                "l'intégration des Roms qui salue le travail du Congrès et demande aux institutions de l'UE de "
                "soutenir l'Alliance."
            ),
            "picture": ("La 104e session plénière du Comité des régions.", ""),
            "alt": (
                "Image de démonstration en bleu et or européens, à la place d'une photographie de la session plénière"
            ),
            "body": [
                "Le Comité des régions de l'Union européenne a tenu sa 104e session plénière les 28 et 29 novembre "
                "2013 et a adopté un avis sur les stratégies d'intégration des Roms.",
                "L'avis salue le travail du Congrès et invite les institutions de l'Union européenne à soutenir "
                "l'Alliance européenne des villes et des régions pour l'inclusion des Roms.",
            ],
        },
    },
]
