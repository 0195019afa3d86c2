"""Demo texts of the site frame, written for this project from the public record of the site.

Each table maps the English text to its translation, the way wagtail-localize segments
it. Romani texts are a first draft and wait for review by a native speaker.
"""

HOME_TITLE = "Cities and regions together for Roma inclusion"
HOME_INTRODUCTION = (
    "The European Alliance of Cities and Regions for Roma Inclusion brings together local and "
    "regional authorities that want to improve the lives of Roma and Travellers where they live. "
    "The Congress of Local and Regional Authorities of the Council of Europe launched it in March 2013."
)
JOIN_HEADING = "Join the Alliance"
JOIN_TEXT = "Is your city or region ready to act for Roma inclusion? Ask to become a participant."
JOIN_LABEL = "How to join"
COOPERATE_HEADING = "Cooperate as an NGO"
COOPERATE_TEXT = "Non-governmental organisations can propose to work with the Alliance and its participants."
COOPERATE_LABEL = "How to cooperate"
LATEST_HEADING = "Latest news and events"
FOOTER_HEADING = "Alliance Taskforce"
FOOTER_BODY = (
    "A small team at the Congress runs the Alliance. Cities and regions that would like to join "
    "are welcome to write to it."
)

_HOME_KEYS = [
    HOME_TITLE,
    HOME_INTRODUCTION,
    JOIN_HEADING,
    JOIN_TEXT,
    JOIN_LABEL,
    COOPERATE_HEADING,
    COOPERATE_TEXT,
    COOPERATE_LABEL,
    LATEST_HEADING,
]
_FOOTER_KEYS = [FOOTER_HEADING, FOOTER_BODY]

_HOME_AND_FOOTER = {
    "fr": [
        "Villes et régions ensemble pour l'inclusion des Roms",
        "L'Alliance européenne des villes et des régions pour l'inclusion des Roms réunit des collectivités "
        "locales et régionales qui veulent améliorer la vie des Roms et des Gens du voyage là où ils vivent. "
        "Le Congrès des pouvoirs locaux et régionaux du Conseil de l'Europe l'a lancée en mars 2013.",
        "Rejoindre l'Alliance",
        "Votre ville ou votre région est-elle prête à agir pour l'inclusion des Roms ? "
        "Demandez à devenir participante.",
        "Comment adhérer",
        "Coopérer en tant qu'ONG",
        "Les organisations non gouvernementales peuvent proposer de travailler avec l'Alliance et ses participants.",
        "Comment coopérer",
        "Dernières actualités et événements",
        "Groupe de travail de l'Alliance",
        "Une petite équipe du Congrès anime l'Alliance. Les villes et les régions qui souhaitent la rejoindre "
        "sont invitées à lui écrire.",
    ],
    "de": [
        "Städte und Regionen gemeinsam für die Inklusion der Roma",
        "Die Europäische Allianz der Städte und Regionen für die Inklusion der Roma vereint lokale und "
        "regionale Gebietskörperschaften, die das Leben von Roma und Fahrenden dort verbessern wollen, wo sie "
        "leben. Der Kongress der Gemeinden und Regionen des Europarats hat sie im März 2013 ins Leben gerufen.",
        "Der Allianz beitreten",
        "Ist Ihre Stadt oder Region bereit, sich für die Inklusion der Roma einzusetzen? Beantragen Sie die Teilnahme.",
        "So treten Sie bei",
        "Als NGO zusammenarbeiten",
        "Nichtregierungsorganisationen können eine Zusammenarbeit mit der Allianz und ihren Teilnehmern vorschlagen.",
        "So arbeiten Sie mit",
        "Neueste Nachrichten und Veranstaltungen",
        "Task Force der Allianz",
        "Ein kleines Team des Kongresses betreut die Allianz. Städte und Regionen, die beitreten möchten, "
        "sind eingeladen, ihm zu schreiben.",
    ],
    "it": [
        "Città e regioni insieme per l'inclusione dei rom",
        "L'Alleanza europea delle città e delle regioni per l'inclusione dei rom riunisce enti locali e regionali "
        "che vogliono migliorare la vita dei rom e dei viaggianti nei luoghi in cui vivono. Il Congresso dei "
        "poteri locali e regionali del Consiglio d'Europa l'ha avviata nel marzo 2013.",
        "Aderire all'Alleanza",
        "La tua città o la tua regione è pronta ad agire per l'inclusione dei rom? Chiedi di diventare partecipante.",
        "Come aderire",
        "Cooperare come ONG",
        "Le organizzazioni non governative possono proporre di collaborare con l'Alleanza e i suoi partecipanti.",
        "Come cooperare",
        "Ultime notizie ed eventi",
        "Task force dell'Alleanza",
        "Un piccolo gruppo del Congresso gestisce l'Alleanza. Le città e le regioni che desiderano aderire "
        "sono invitate a scrivergli.",
    ],
    "es": [
        "Ciudades y regiones juntas por la inclusión de la población romaní",
        "La Alianza Europea de Ciudades y Regiones para la Inclusión de la Población Romaní reúne a autoridades "
        "locales y regionales que quieren mejorar la vida de los romaníes y de los nómadas allí donde viven. "
        "El Congreso de Poderes Locales y Regionales del Consejo de Europa la puso en marcha en marzo de 2013.",
        "Unirse a la Alianza",
        "¿Está su ciudad o región dispuesta a actuar por la inclusión de la población romaní? "
        "Solicite ser participante.",
        "Cómo unirse",
        "Cooperar como ONG",
        "Las organizaciones no gubernamentales pueden proponer colaborar con la Alianza y sus participantes.",
        "Cómo cooperar",
        "Últimas noticias y eventos",
        "Grupo de trabajo de la Alianza",
        "Un pequeño equipo del Congreso dirige la Alianza. Las ciudades y regiones que deseen unirse "
        "pueden escribirle.",
    ],
    "ro": [
        "Orașe și regiuni împreună pentru incluziunea romilor",
        "Alianța europeană a orașelor și regiunilor pentru incluziunea romilor reunește autorități locale și "
        "regionale care vor să îmbunătățească viața romilor și a nomazilor acolo unde trăiesc. Congresul "
        "Autorităților Locale și Regionale al Consiliului Europei a lansat-o în martie 2013.",
        "Alăturați-vă Alianței",
        "Orașul sau regiunea dumneavoastră este pregătită să acționeze pentru incluziunea romilor? "
        "Solicitați să deveniți participant.",
        "Cum vă alăturați",
        "Cooperați ca ONG",
        "Organizațiile neguvernamentale pot propune o colaborare cu Alianța și participanții săi.",
        "Cum cooperați",
        "Ultimele știri și evenimente",
        "Grupul operativ al Alianței",
        "O echipă mică a Congresului coordonează Alianța. Orașele și regiunile care doresc să se alăture "
        "sunt invitate să îi scrie.",
    ],
    "bg": [
        "Градове и региони заедно за приобщаването на ромите",
        "Европейският алианс на градовете и регионите за приобщаване на ромите обединява местни и регионални "
        "власти, които искат да подобрят живота на ромите и пътуващите общности там, където живеят. Конгресът "
        "на местните и регионалните власти на Съвета на Европа го създаде през март 2013 г.",
        "Присъединете се към Алианса",
        "Готов ли е вашият град или регион да действа за приобщаването на ромите? Кандидатствайте за участник.",
        "Как да се присъедините",
        "Сътрудничество като НПО",
        "Неправителствените организации могат да предложат сътрудничество с Алианса и неговите участници.",
        "Как да си сътрудничите",
        "Последни новини и събития",
        "Работна група на Алианса",
        "Малък екип на Конгреса ръководи Алианса. Градовете и регионите, които желаят да се присъединят, "
        "могат да му пишат.",
    ],
    "hu": [
        "Városok és régiók együtt a romák befogadásáért",
        "A Városok és Régiók Európai Szövetsége a Romák Befogadásáért olyan helyi és regionális "
        "önkormányzatokat fog össze, amelyek javítani akarnak a romák és az utazók életén ott, ahol élnek. "
        "Az Európa Tanács Helyi és Regionális Önkormányzatok Kongresszusa 2013 márciusában indította el.",
        "Csatlakozás a Szövetséghez",
        "Kész a városa vagy régiója tenni a romák befogadásáért? Kérje felvételét résztvevőként.",
        "A csatlakozás menete",
        "Együttműködés civil szervezetként",
        "A nem kormányzati szervezetek együttműködést javasolhatnak a Szövetségnek és résztvevőinek.",
        "Az együttműködés menete",
        "Legfrissebb hírek és események",
        "A Szövetség munkacsoportja",
        "A Kongresszus egy kis csapata irányítja a Szövetséget. A csatlakozni kívánó városok és régiók "
        "bátran írjanak nekik.",
    ],
    "sk": [
        "Mestá a regióny spoločne za začlenenie Rómov",
        "Európska aliancia miest a regiónov za začlenenie Rómov spája miestne a regionálne samosprávy, ktoré "
        "chcú zlepšiť život Rómov a kočovníkov tam, kde žijú. Kongres miestnych a regionálnych samospráv "
        "Rady Európy ju založil v marci 2013.",
        "Pripojte sa k Aliancii",
        "Je vaše mesto alebo región pripravené konať v prospech začlenenia Rómov? Požiadajte o účasť.",
        "Ako sa pripojiť",
        "Spolupráca ako mimovládna organizácia",
        "Mimovládne organizácie môžu navrhnúť spoluprácu s Alianciou a jej účastníkmi.",
        "Ako spolupracovať",
        "Najnovšie správy a podujatia",
        "Pracovná skupina Aliancie",
        "Alianciu riadi malý tím Kongresu. Mestá a regióny, ktoré sa chcú pripojiť, mu môžu napísať.",
    ],
    "cs": [
        "Města a regiony společně za začlenění Romů",
        "Evropská aliance měst a regionů za začlenění Romů sdružuje místní a regionální samosprávy, které "
        "chtějí zlepšit život Romů a kočovníků tam, kde žijí. Kongres místních a regionálních samospráv "
        "Rady Evropy ji založil v březnu 2013.",
        "Připojte se k Alianci",
        "Je vaše město nebo region připraven jednat pro začlenění Romů? Požádejte o účast.",
        "Jak se připojit",
        "Spolupráce jako nevládní organizace",
        "Nevládní organizace mohou navrhnout spolupráci s Aliancí a jejími účastníky.",
        "Jak spolupracovat",
        "Nejnovější zprávy a akce",
        "Pracovní skupina Aliance",
        "Alianci řídí malý tým Kongresu. Města a regiony, které se chtějí připojit, mu mohou napsat.",
    ],
    "sr": [
        "Градови и региони заједно за инклузију Рома",
        "Европска алијанса градова и региона за инклузију Рома окупља локалне и регионалне власти које желе "
        "да побољшају живот Рома и путујућих заједница тамо где живе. Конгрес локалних и регионалних власти "
        "Савета Европе покренуо ју је у марту 2013.",
        "Придружите се Алијанси",
        "Да ли је ваш град или регион спреман да делује за инклузију Рома? Затражите да постанете учесник.",
        "Како се придружити",
        "Сарадња као невладина организација",
        "Невладине организације могу да предложе сарадњу са Алијансом и њеним учесницима.",
        "Како сарађивати",
        "Најновије вести и догађаји",
        "Радна група Алијансе",
        "Мали тим Конгреса води Алијансу. Градови и региони који желе да се придруже могу да му пишу.",
    ],
    "rom": [
        "Forura thaj regiona khetane vaš e Rromenqi inkluzia",
        "E Europaqi Aliansa e Forurenqi thaj e Regionenqi vaš e Rromenqi Inkluzia kidel khetane lokalno thaj "
        "regionalno autoritetura save kamen te lačharen o dživdipe e Rromenqo thaj e Phirutnenqo kote dživen. "
        "O Kongreso e Lokalno thaj Regionalno Autoritetengo e Europaqe Konsiliosko startosardas la ando marto 2013.",
        "Av ande Aliansa",
        "Si tiro foro vaj tiro regiono gata te kerel buti vaš e Rromenqi inkluzia? Mang te aves participanto.",
        "Sar te aves andre",
        "Kooperacia sar ONG",
        "E biraipnaske organizacie šaj propozin buti khetane e Aliansasa thaj lakre participantenca.",
        "Sar te keres kooperacia",
        "Nevimata thaj evenimentura",
        "E Aliansaqi butjaqi grupa",
        "Jekh cikni grupa e Kongresosqi ledžal e Aliansa. E forura thaj e regiona save kamen te aven andre "
        "šaj te pisinen lake.",
    ],
}

HOME_TRANSLATIONS = {
    code: dict(zip(_HOME_KEYS, texts[: len(_HOME_KEYS)], strict=True)) for code, texts in _HOME_AND_FOOTER.items()
}
FOOTER_TRANSLATIONS = {
    code: dict(zip(_FOOTER_KEYS, texts[len(_HOME_KEYS) :], strict=True)) for code, texts in _HOME_AND_FOOTER.items()
}

# --- Standard pages: English, French and (for "About") German and Romani ----------

ABOUT = {
    "title": "About the Alliance",
    "slug": "about",
    "introduction": "What the Alliance is, who takes part in it and how it works.",
    "body": [
        ("heading", "A network of local and regional authorities"),
        (
            "paragraph",
            "The Congress of Local and Regional Authorities of the Council of Europe launched the Alliance in "
            "March 2013. Cities and regions that join become its participants and commit to making the "
            "inclusion of Roma and Travellers part of their own policies.",
        ),
        ("heading", "What participants do"),
        (
            "paragraph",
            "Participants compare experience, meet in national and European workshops, and work with the "
            "Council of Europe programmes ROMACT and ROMED2, which support mediation and local action plans.",
        ),
        ("heading", "Who runs it"),
        (
            "paragraph",
            "A small Alliance Taskforce in the Congress secretariat coordinates the network and answers "
            "questions from authorities and organisations.",
        ),
    ],
}
ABOUT_TRANSLATIONS = {
    "fr": {
        "About the Alliance": "À propos de l'Alliance",
        "about": "a-propos",
        "What the Alliance is, who takes part in it and how it works.": (
            "Ce qu'est l'Alliance, qui y participe et comment elle fonctionne."
        ),
        "A network of local and regional authorities": "Un réseau de collectivités locales et régionales",
        ABOUT["body"][1][1]: (
            "Le Congrès des pouvoirs locaux et régionaux du Conseil de l'Europe a lancé l'Alliance en mars 2013. "
            "Les villes et les régions qui la rejoignent en deviennent participantes et s'engagent à intégrer "
            "l'inclusion des Roms et des Gens du voyage dans leurs propres politiques."
        ),
        "What participants do": "Ce que font les participants",
        ABOUT["body"][3][1]: (
            "Les participants échangent leurs expériences, se retrouvent lors d'ateliers nationaux et européens "
            "et travaillent avec les programmes ROMACT et ROMED2 du Conseil de l'Europe, qui soutiennent la "
            "médiation et les plans d'action locaux."
        ),
        "Who runs it": "Qui l'anime",
        ABOUT["body"][5][1]: (
            "Un petit groupe de travail au sein du secrétariat du Congrès coordonne le réseau et répond aux "
            "questions des collectivités et des organisations."
        ),
    },
    "de": {
        "About the Alliance": "Über die Allianz",
        "about": "ueber-uns",
        "What the Alliance is, who takes part in it and how it works.": (
            "Was die Allianz ist, wer mitmacht und wie sie arbeitet."
        ),
        "A network of local and regional authorities": "Ein Netzwerk lokaler und regionaler Gebietskörperschaften",
        ABOUT["body"][1][1]: (
            "Der Kongress der Gemeinden und Regionen des Europarats hat die Allianz im März 2013 gegründet. "
            "Städte und Regionen, die beitreten, werden Teilnehmer und verpflichten sich, die Inklusion von Roma "
            "und Fahrenden zu einem Teil ihrer eigenen Politik zu machen."
        ),
        "What participants do": "Was die Teilnehmer tun",
        ABOUT["body"][3][1]: (
            "Die Teilnehmer tauschen Erfahrungen aus, treffen sich in nationalen und europäischen Workshops und "
            "arbeiten mit den Programmen ROMACT und ROMED2 des Europarats, die Mediation und lokale "
            "Aktionspläne unterstützen."
        ),
        "Who runs it": "Wer sie leitet",
        ABOUT["body"][5][1]: (
            "Eine kleine Task Force im Sekretariat des Kongresses koordiniert das Netzwerk und beantwortet "
            "Fragen von Gebietskörperschaften und Organisationen."
        ),
    },
    "rom": {
        "About the Alliance": "Pal e Aliansa",
        "about": "pal-e-aliansa",
        "What the Alliance is, who takes part in it and how it works.": (
            "So si e Aliansa, kon lel kotor ande late thaj sar kerel buti."
        ),
        "A network of local and regional authorities": "Jekh retea lokalno thaj regionalno autoritetenqi",
        ABOUT["body"][1][1]: (
            "O Kongreso e Lokalno thaj Regionalno Autoritetengo e Europaqe Konsiliosko startosardas e Aliansa "
            "ando marto 2013. E forura thaj e regiona save aven andre ovena lakre participantura thaj len pe te "
            "keren e Rromenqi thaj e Phirutnenqi inkluzia kotor pire politikenqo."
        ),
        "What participants do": "So keren e participantura",
        ABOUT["body"][3][1]: (
            "E participantura ulaven peski eksperiencia, khedenpe ande nacionalno thaj europaqe butjaqe "
            "khedipena thaj keren buti e programenca ROMACT thaj ROMED2 e Europaqe Konsiliosko, save zurjaren i "
            "medijacia thaj e lokalno plania akciaqe."
        ),
        "Who runs it": "Kon ledžal la",
        ABOUT["body"][5][1]: (
            "Jekh cikni butjaqi grupa e Aliansaqi ando sekretariato e Kongresosko koordinisarel e retea thaj "
            "phenel e autoritetenqe thaj e organizacienqe so kamen te džanen."
        ),
    },
}

JOIN = {
    "title": "Join the Alliance",
    "slug": "join",
    "introduction": (
        "Local and regional authorities of the member states of the Council of Europe can become participants."
    ),
    "body": [
        (
            "paragraph",
            "To join, the mayor or the head of the regional authority sends a letter of accession to the "
            "President of the Congress. The Alliance Taskforce is glad to answer questions before you apply: "
            "its address is at the foot of every page.",
        ),
    ],
}
COOPERATE = {
    "title": "Cooperate as an NGO",
    "slug": "cooperate",
    "introduction": (
        "Non-governmental organisations that work with Roma and Travellers can cooperate with the Alliance."
    ),
    "body": [
        (
            "paragraph",
            "Tell the Alliance Taskforce about your organisation, the places where you work and what you "
            "propose. The Taskforce puts organisations in touch with participating cities and regions.",
        ),
    ],
}
JOIN_TRANSLATIONS = {
    "fr": {
        "Join the Alliance": "Rejoindre l'Alliance",
        "join": "adherer",
        JOIN["introduction"]: (
            "Les collectivités locales et régionales des États membres du Conseil de l'Europe peuvent devenir "
            "participantes."
        ),
        JOIN["body"][0][1]: (
            "Pour adhérer, le maire ou le président de la collectivité régionale adresse une lettre d'adhésion au "
            "Président du Congrès. Le groupe de travail de l'Alliance répond volontiers à vos questions avant "
            "votre demande : son adresse figure au bas de chaque page."
        ),
    },
    # The demo's "Join" page is the application form (demo.applications), whose Romani
    # words are prepared there; the title is given here too for a plain page.
    "rom": {"Join the Alliance": "Av ande Aliansa", "join": "join"},
}
COOPERATE_TRANSLATIONS = {
    "fr": {
        "Cooperate as an NGO": "Coopérer en tant qu'ONG",
        "cooperate": "cooperer",
        COOPERATE["introduction"]: (
            "Les organisations non gouvernementales qui travaillent avec les Roms et les Gens du voyage peuvent "
            "coopérer avec l'Alliance."
        ),
        COOPERATE["body"][0][1]: (
            "Présentez au groupe de travail de l'Alliance votre organisation, les lieux où vous intervenez et ce "
            "que vous proposez. Le groupe de travail met les organisations en relation avec les villes et les "
            "régions participantes."
        ),
    },
}
