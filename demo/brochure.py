"""Demo texts of the Resources page and of the Alliance's information brochure (2014), in
the twelve languages, written for this project from the public record of the site.

Each language has the page texts and the text of its own generated PDF. Romani texts are
a first draft and wait for review by a native speaker.
"""

import datetime

PUBLICATION_DATE = datetime.date(2014, 1, 13)

# code: resources page (title, slug, introduction), brochure page (title, slug,
# introduction), PDF (Alliance name, subtitle, paragraphs).
TEXTS = {
    "en": {
        "resources": ("Resources", "resources", "Documents about the Alliance to read, download and share."),
        "brochure": (
            "Information brochure",
            "information-brochure",
            "The Alliance in a few pages: where it comes from, what it sets out to do and how its participants "
            "work together. Download it in your language.",
        ),
        "pdf": (
            "European Alliance of Cities and Regions for Roma Inclusion",
            "Information brochure",
            [
                "Background: the Congress of Local and Regional Authorities of the Council of Europe launched the "
                "Alliance in March 2013, so that towns and regions can share what works for Roma inclusion.",
                "Objectives: better access to education, housing, employment and health, decided where people live.",
                "Cooperation: participants exchange experience, train together and work with Roma organisations.",
            ],
        ),
    },
    "fr": {
        "resources": ("Ressources", "ressources", "Des documents sur l'Alliance à lire, télécharger et partager."),
        "brochure": (
            "Brochure d'information",
            "brochure-d-information",
            "L'Alliance en quelques pages : ses origines, ses objectifs et la manière dont ses participants "
            "travaillent ensemble. Téléchargez-la dans votre langue.",
        ),
        "pdf": (
            "Alliance européenne des villes et des régions pour l'inclusion des Roms",
            "Brochure d'information",
            [
                "Contexte : le Congrès des pouvoirs locaux et régionaux du Conseil de l'Europe a lancé l'Alliance "
                "en mars 2013 pour que villes et régions partagent ce qui fonctionne pour l'inclusion des Roms.",
                "Objectifs : un meilleur accès à l'éducation, au logement, à l'emploi et à la santé, décidé là où "
                "vivent les gens.",
                "Coopération : les participants échangent leurs expériences, se forment ensemble et travaillent "
                "avec les organisations roms.",
            ],
        ),
    },
    "de": {
        "resources": (
            "Materialien",
            "materialien",
            "Dokumente über die Allianz zum Lesen, Herunterladen und Weitergeben.",
        ),
        "brochure": (
            "Informationsbroschüre",
            "informationsbroschuere",
            "Die Allianz auf wenigen Seiten: ihre Entstehung, ihre Ziele und wie ihre Teilnehmer zusammenarbeiten. "
            "Laden Sie sie in Ihrer Sprache herunter.",
        ),
        "pdf": (
            "Europäische Allianz der Städte und Regionen für die Inklusion der Roma",
            "Informationsbroschüre",
            [
                "Hintergrund: Der Kongress der Gemeinden und Regionen des Europarats hat die Allianz im März 2013 "
                "gegründet, damit Städte und Regionen teilen, was für die Inklusion der Roma wirkt.",
                "Ziele: besserer Zugang zu Bildung, Wohnen, Arbeit und Gesundheit, entschieden dort, wo die "
                "Menschen leben.",
                "Zusammenarbeit: Die Teilnehmer tauschen Erfahrungen aus, bilden sich gemeinsam weiter und "
                "arbeiten mit Roma-Organisationen zusammen.",
            ],
        ),
    },
    "it": {
        "resources": ("Risorse", "risorse", "Documenti sull'Alleanza da leggere, scaricare e condividere."),
        "brochure": (
            "Opuscolo informativo",
            "opuscolo-informativo",
            "L'Alleanza in poche pagine: le sue origini, i suoi obiettivi e il modo in cui i partecipanti "
            "lavorano insieme. Scaricalo nella tua lingua.",
        ),
        "pdf": (
            "Alleanza europea delle città e delle regioni per l'inclusione dei rom",
            "Opuscolo informativo",
            [
                "Contesto: il Congresso dei poteri locali e regionali del Consiglio d'Europa ha avviato l'Alleanza "
                "nel marzo 2013 perché città e regioni condividano ciò che funziona per l'inclusione dei rom.",
                "Obiettivi: un accesso migliore a istruzione, alloggio, lavoro e salute, deciso dove le persone "
                "vivono.",
                "Cooperazione: i partecipanti si scambiano esperienze, si formano insieme e collaborano con le "
                "organizzazioni rom.",
            ],
        ),
    },
    "es": {
        "resources": ("Recursos", "recursos", "Documentos sobre la Alianza para leer, descargar y compartir."),
        "brochure": (
            "Folleto informativo",
            "folleto-informativo",
            "La Alianza en pocas páginas: su origen, sus objetivos y la forma en que sus participantes trabajan "
            "juntos. Descárguelo en su idioma.",
        ),
        "pdf": (
            "Alianza Europea de Ciudades y Regiones para la Inclusión de la Población Romaní",
            "Folleto informativo",
            [
                "Antecedentes: el Congreso de Poderes Locales y Regionales del Consejo de Europa puso en marcha la "
                "Alianza en marzo de 2013 para que ciudades y regiones compartan lo que funciona.",
                "Objetivos: mejor acceso a la educación, la vivienda, el empleo y la salud, decidido allí donde "
                "vive la gente.",
                "Cooperación: los participantes intercambian experiencias, se forman juntos y trabajan con "
                "organizaciones romaníes.",
            ],
        ),
    },
    "ro": {
        "resources": ("Resurse", "resurse", "Documente despre Alianță, de citit, descărcat și distribuit."),
        "brochure": (
            "Broșură de informare",
            "brosura-de-informare",
            "Alianța în câteva pagini: de unde vine, ce își propune și cum lucrează împreună participanții săi. "
            "Descărcați-o în limba dumneavoastră.",
        ),
        "pdf": (
            "Alianța europeană a orașelor și regiunilor pentru incluziunea romilor",
            "Broșură de informare",
            [
                "Context: Congresul Autorităților Locale și Regionale al Consiliului Europei a lansat Alianța în "
                "martie 2013, pentru ca orașele și regiunile să împărtășească ce funcționează.",
                "Obiective: acces mai bun la educație, locuințe, locuri de muncă și sănătate, decis acolo unde "
                "trăiesc oamenii.",
                "Cooperare: participanții își împărtășesc experiența, se formează împreună și lucrează cu "
                "organizațiile rome.",
            ],
        ),
    },
    "bg": {
        "resources": (
            "Материали",
            "materiali",
            "Документи за Алианса, които можете да прочетете, изтеглите и споделите.",
        ),
        "brochure": (
            "Информационна брошура",
            "informacionna-broshura",
            "Алиансът на няколко страници: откъде идва, какво си поставя за цел и как работят заедно неговите "
            "участници. Изтеглете я на вашия език.",
        ),
        "pdf": (
            "Европейски алианс на градовете и регионите за приобщаване на ромите",
            "Информационна брошура",
            [
                "Контекст: Конгресът на местните и регионалните власти на Съвета на Европа създаде Алианса през "
                "март 2013 г., за да споделят градовете и регионите какво работи.",
                "Цели: по-добър достъп до образование, жилища, заетост и здраве, решен там, където живеят хората.",
                "Сътрудничество: участниците обменят опит, обучават се заедно и работят с ромски организации.",
            ],
        ),
    },
    "hu": {
        "resources": (
            "Dokumentumok",
            "dokumentumok",
            "Dokumentumok a Szövetségről – olvasásra, letöltésre és megosztásra.",
        ),
        "brochure": (
            "Tájékoztató füzet",
            "tajekoztato-fuzet",
            "A Szövetség néhány oldalon: honnan indult, mit tűzött ki célul, és hogyan dolgoznak együtt "
            "résztvevői. Töltse le a saját nyelvén.",
        ),
        "pdf": (
            "Városok és Régiók Európai Szövetsége a Romák Befogadásáért",
            "Tájékoztató füzet",
            [
                "Háttér: az Európa Tanács Helyi és Regionális Önkormányzatok Kongresszusa 2013 márciusában "
                "indította el a Szövetséget, hogy a városok és régiók megosszák, mi válik be.",
                "Célok: jobb hozzáférés az oktatáshoz, a lakhatáshoz, a munkához és az egészségügyhöz, ott "
                "eldöntve, ahol az emberek élnek.",
                "Együttműködés: a résztvevők tapasztalatot cserélnek, együtt képzik magukat, és roma "
                "szervezetekkel dolgoznak.",
            ],
        ),
    },
    "sk": {
        "resources": ("Materiály", "materialy", "Dokumenty o Aliancii na čítanie, stiahnutie a zdieľanie."),
        "brochure": (
            "Informačná brožúra",
            "informacna-brozura",
            "Aliancia na niekoľkých stranách: odkiaľ pochádza, čo si kladie za cieľ a ako jej účastníci "
            "spolupracujú. Stiahnite si ju vo svojom jazyku.",
        ),
        "pdf": (
            "Európska aliancia miest a regiónov za začlenenie Rómov",
            "Informačná brožúra",
            [
                "Súvislosti: Kongres miestnych a regionálnych samospráv Rady Európy založil Alianciu v marci 2013, "
                "aby si mestá a regióny vymieňali to, čo funguje.",
                "Ciele: lepší prístup k vzdelaniu, bývaniu, zamestnaniu a zdraviu, o ktorom sa rozhoduje tam, "
                "kde ľudia žijú.",
                "Spolupráca: účastníci si vymieňajú skúsenosti, spoločne sa vzdelávajú a spolupracujú s rómskymi "
                "organizáciami.",
            ],
        ),
    },
    "cs": {
        "resources": ("Materiály", "materialy", "Dokumenty o Alianci ke čtení, stažení a sdílení."),
        "brochure": (
            "Informační brožura",
            "informacni-brozura",
            "Aliance na několika stranách: odkud vzešla, co si klade za cíl a jak její účastníci spolupracují. "
            "Stáhněte si ji ve svém jazyce.",
        ),
        "pdf": (
            "Evropská aliance měst a regionů za začlenění Romů",
            "Informační brožura",
            [
                "Souvislosti: Kongres místních a regionálních samospráv Rady Evropy založil Alianci v březnu 2013, "
                "aby si města a regiony sdílely, co funguje.",
                "Cíle: lepší přístup ke vzdělání, bydlení, zaměstnání a zdraví, o kterém se rozhoduje tam, kde "
                "lidé žijí.",
                "Spolupráce: účastníci si vyměňují zkušenosti, společně se vzdělávají a spolupracují s romskými "
                "organizacemi.",
            ],
        ),
    },
    "sr": {
        "resources": ("Материјали", "materijali", "Документи о Алијанси за читање, преузимање и дељење."),
        "brochure": (
            "Информативна брошура",
            "informativna-brosura",
            "Алијанса на неколико страница: одакле потиче, шта жели да постигне и како њени учесници раде "
            "заједно. Преузмите је на свом језику.",
        ),
        "pdf": (
            "Европска алијанса градова и региона за инклузију Рома",
            "Информативна брошура",
            [
                "Контекст: Конгрес локалних и регионалних власти Савета Европе покренуо је Алијансу у марту 2013, "
                "да би градови и региони делили оно што функционише.",
                "Циљеви: бољи приступ образовању, становању, запошљавању и здрављу, о чему се одлучује тамо где "
                "људи живе.",
                "Сарадња: учесници размењују искуства, заједно се обучавају и раде са ромским организацијама.",
            ],
        ),
    },
    "rom": {
        "resources": ("Resursura", "resursura", "Dokumentura pal e Aliansa te drabares, te les thaj te ulaves."),
        "brochure": (
            "Informativno brošura",
            "informativno-brosura",
            "E Aliansa ande nesave rigora: kotar avel, so kamel te kerel thaj sar keren buti khetane lakre "
            "participantura. Le la ande tiri čhib.",
        ),
        "pdf": (
            "Europaqi Aliansa e Forurenqi thaj e Regionenqi vaš e Rromenqi Inkluzia",
            "Informativno brošura",
            [
                "Konteksto: o Kongreso e Lokalno thaj Regionalno Autoritetengo e Europaqe Konsiliosko startosardas "
                "e Aliansa ando marto 2013, te ulaven e forura thaj e regiona so kerel buti.",
                "Ciluria: maj lačho drom karing o sikljovipe, o kher, i buti thaj o sastipe, kote dživen e manuša.",
                "Kooperacia: e participantura ulaven peske eksperiencia, sikljon khetane thaj keren buti e "
                "rromane organizacienca.",
            ],
        ),
    },
}
