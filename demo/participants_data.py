"""Demo participants: real cities and regions, with facts kept modest.

From the public record of the Alliance's site: Paris was the 121st
participant (18 December 2013) and Kragujevac the 122nd (24 March 2014); Tivat was the
127th, Andalusia the 129th and Reggio Calabria the 130th. Every other number and date
here is illustrative: the demo needs a register, not a claim about who joined when.
Coordinates are the approximate centres of the places.
"""

from datetime import date

# slug, English name, French name, official name, its language, kind, country,
# accession date, accession number, latitude, longitude, website, emblem colours
# fmt: off
PARTICIPANTS = [
    ("paris", "Paris", "Paris", "Ville de Paris", "fr", "city", "FR",
     date(2013, 12, 18), 121, 48.8566, 2.3522, "https://www.paris.fr/", ("#0b3d91", "#c8102e")),
    ("kragujevac", "Kragujevac", "Kragujevac", "Град Крагујевац", "sr", "city", "RS",
     date(2014, 3, 24), 122, 44.0128, 20.9114, "https://www.kragujevac.rs/", ("#8a1538", "#f2c75c")),
    ("tivat", "Tivat", "Tivat", "Opština Tivat", "sr-Latn", "city", "ME",
     date(2014, 4, 3), 127, 42.435, 18.6961, "", ("#005a8b", "#f5f5f5")),
    ("andalusia", "Andalusia", "Andalousie", "Junta de Andalucía", "es", "region", "ES",
     date(2014, 4, 10), 129, 37.3891, -5.9845, "https://www.juntadeandalucia.es/", ("#007a33", "#ffffff")),
    ("reggio-calabria", "Reggio Calabria", "Reggio de Calabre", "Comune di Reggio Calabria", "it", "city", "IT",
     date(2014, 4, 14), 130, 38.1105, 15.6613, "", ("#4b2e83", "#ffd100")),
    ("strasbourg", "Strasbourg", "Strasbourg", "Ville de Strasbourg", "fr", "city", "FR",
     date(2013, 3, 21), 4, 48.5734, 7.7521, "https://www.strasbourg.eu/", ("#c8102e", "#ffffff")),
    ("nantes", "Nantes", "Nantes", "Ville de Nantes", "fr", "city", "FR",
     date(2013, 10, 7), 98, 47.2184, -1.5536, "", ("#ffd100", "#1b1b1f")),
    ("nis", "Niš", "Niš", "Град Ниш", "sr", "city", "RS",
     date(2013, 6, 12), 41, 43.3209, 21.8958, "", ("#1f4e79", "#e6b800")),
    ("podgorica", "Podgorica", "Podgorica", "Glavni grad Podgorica", "sr-Latn", "city", "ME",
     date(2013, 7, 3), 55, 42.4304, 19.2594, "", ("#b22222", "#f2c75c")),
    ("barcelona", "Barcelona", "Barcelone", "Ajuntament de Barcelona", "ca", "city", "ES",
     date(2013, 5, 14), 27, 41.3874, 2.1686, "https://www.barcelona.cat/", ("#c8102e", "#ffd100")),
    ("milan", "Milan", "Milan", "Comune di Milano", "it", "city", "IT",
     date(2013, 9, 18), 83, 45.4642, 9.19, "", ("#ffffff", "#c8102e")),
    ("turin", "Turin", "Turin", "Città di Torino", "it", "city", "IT",
     date(2013, 4, 24), 16, 45.0703, 7.6869, "", ("#0072ce", "#ffd100")),
    ("cluj-napoca", "Cluj-Napoca", "Cluj-Napoca", "Municipiul Cluj-Napoca", "ro", "city", "RO",
     date(2013, 4, 10), 12, 46.7712, 23.6236, "", ("#002b7f", "#fcd116")),
    ("timisoara", "Timișoara", "Timișoara", "Municipiul Timișoara", "ro", "city", "RO",
     date(2013, 8, 27), 71, 45.7489, 21.2087, "", ("#6c2c91", "#ffffff")),
    ("bihor-county", "Bihor County", "Județ de Bihor", "Județul Bihor", "ro", "region", "RO",
     date(2013, 11, 5), 107, 47.0465, 21.9189, "", ("#00529b", "#ce1126")),
    ("sofia", "Sofia", "Sofia", "Столична община", "bg", "city", "BG",
     date(2013, 5, 2), 22, 42.6977, 23.3219, "", ("#00966e", "#ffffff")),
    ("plovdiv", "Plovdiv", "Plovdiv", "Община Пловдив", "bg", "city", "BG",
     date(2013, 10, 22), 102, 42.1354, 24.7453, "", ("#d62612", "#00966e")),
    ("pecs", "Pécs", "Pécs", "Pécs Megyei Jogú Város", "hu", "city", "HU",
     date(2013, 6, 25), 47, 46.0727, 18.2323, "", ("#436f4d", "#cd2a3e")),
    ("miskolc", "Miskolc", "Miskolc", "Miskolc Megyei Jogú Város", "hu", "city", "HU",
     date(2013, 9, 4), 77, 48.1035, 20.7784, "", ("#0b3d91", "#ffd100")),
    ("kosice", "Košice", "Košice", "Mesto Košice", "sk", "city", "SK",
     date(2013, 4, 3), 9, 48.7164, 21.2611, "", ("#0b4ea2", "#ee1c25")),
    ("presov-region", "Prešov Self-Governing Region", "Région autonome de Prešov",
     "Prešovský samosprávny kraj", "sk", "region", "SK",
     date(2013, 7, 17), 60, 49.0018, 21.2393, "", ("#ee1c25", "#ffffff")),
    ("ostrava", "Ostrava", "Ostrava", "Statutární město Ostrava", "cs", "city", "CZ",
     date(2013, 6, 5), 36, 49.8209, 18.2625, "", ("#11457e", "#d7141a")),
    ("athens", "Athens", "Athènes", "Δήμος Αθηναίων", "el", "city", "GR",
     date(2013, 11, 20), 112, 37.9838, 23.7275, "", ("#0d5eaf", "#ffffff")),
    ("tirana", "Tirana", "Tirana", "Bashkia Tiranë", "sq", "city", "AL",
     date(2013, 5, 29), 31, 41.3275, 19.8187, "", ("#e41e20", "#1b1b1f")),
    ("suto-orizari", "Šuto Orizari", "Šuto Orizari", "Општина Шуто Оризари", "mk", "city", "MK",
     date(2013, 3, 21), 2, 42.0281, 21.4239, "", ("#d20000", "#ffe600")),
    ("ghent", "Ghent", "Gand", "Stad Gent", "nl", "city", "BE",
     date(2013, 8, 7), 66, 51.0543, 3.7174, "", ("#1b1b1f", "#ffd100")),
    ("gothenburg", "Gothenburg", "Göteborg", "Göteborgs Stad", "sv", "city", "SE",
     date(2013, 10, 1), 93, 57.7089, 11.9746, "", ("#006aa7", "#fecc00")),
    ("uzhhorod", "Uzhhorod", "Oujhorod", "Ужгородська міська рада", "uk", "city", "UA",
     date(2013, 12, 4), 117, 48.6208, 22.2879, "", ("#0057b7", "#ffd700")),
    ("soroca", "Soroca", "Soroca", "Orașul Soroca", "ro", "city", "MD",
     date(2013, 9, 25), 88, 48.1618, 28.297, "", ("#003da5", "#ffd200")),
    ("medimurje-county", "Međimurje County", "Comitat de Međimurje", "Međimurska županija", "hr", "region", "HR",
     date(2013, 7, 10), 58, 46.3897, 16.4352, "", ("#171796", "#ff0000")),
]
# fmt: on

# The body of each demo page: one short paragraph, written for this project.
BODY = {
    "en": {
        "city": "{name} ({country}) takes part in the Alliance as a local authority.",
        "region": "{name} ({country}) takes part in the Alliance as a regional authority.",
        "more": "It shares its experience of Roma inclusion with the other cities and regions and joins in the "
        "Alliance's exchanges.",
    },
    "fr": {
        "city": "{name} ({country}) participe à l'Alliance en tant que collectivité locale.",
        "region": "{name} ({country}) participe à l'Alliance en tant que collectivité régionale.",
        "more": "La collectivité partage son expérience de l'inclusion des Roms avec les autres villes et "
        "régions et prend part aux échanges de l'Alliance.",
    },
    "sr": {
        "city": "{name} ({country}) учествује у Алијанси као локална власт.",
        "region": "{name} ({country}) учествује у Алијанси као регионална власт.",
        "more": "Своја искуства у инклузији Рома дели са другим градовима и регионима и учествује у "
        "разменама Алијансе.",
    },
}

# Names in Serbian for the Serbian participants, so the Serbian directory shows them in
# Cyrillic; the other participants are listed there in English until translated.
SERBIAN_NAMES = {"kragujevac": "Крагујевац", "nis": "Ниш"}

INDEX = {
    "title": "Participants",
    "slug": "participants",
    "introduction": (
        "The cities, regions and other local and regional authorities that have joined the Alliance, "
        "numbered in the order in which they joined."
    ),
}

# Title and introduction of the directory in every language.
INDEX_TRANSLATIONS = {
    "fr": (
        "Participants",
        (
            "Les villes, les régions et les autres collectivités locales et régionales qui ont rejoint "
            "l'Alliance, numérotées dans l'ordre de leur adhésion."
        ),
    ),
    "de": (
        "Teilnehmer",
        (
            "Die Städte, Regionen und anderen Gebietskörperschaften, die der Allianz beigetreten sind, nummeriert"
            " in der Reihenfolge ihres Beitritts."
        ),
    ),
    "it": (
        "Partecipanti",
        (
            "Le città, le regioni e gli altri enti locali e regionali che hanno aderito all'Alleanza, numerati "
            "nell'ordine della loro adesione."
        ),
    ),
    "es": (
        "Participantes",
        (
            "Las ciudades, regiones y demás autoridades locales y regionales que se han adherido a la Alianza, "
            "numeradas en el orden de su adhesión."
        ),
    ),
    "ro": (
        "Participanți",
        (
            "Orașele, regiunile și celelalte autorități locale și regionale care au aderat la Alianță, numerotate"
            " în ordinea aderării."
        ),
    ),
    "bg": (
        "Участници",
        (
            "Градовете, регионите и другите местни и регионални власти, които са се присъединили към Алианса, "
            "номерирани по реда на присъединяването им."
        ),
    ),
    "hu": (
        "Résztvevők",
        (
            "A Szövetséghez csatlakozott városok, régiók és más helyi és regionális önkormányzatok, csatlakozásuk"
            " sorrendjében számozva."
        ),
    ),
    "sk": (
        "Účastníci",
        (
            "Mestá, regióny a ďalšie miestne a regionálne samosprávy, ktoré sa pripojili k Aliancii, očíslované v"
            " poradí, v akom sa pripojili."
        ),
    ),
    "cs": (
        "Účastníci",
        (
            "Města, regiony a další místní a regionální samosprávy, které se připojily k Alianci, očíslované v "
            "pořadí, v jakém se připojily."
        ),
    ),
    "sr": (
        "Учесници",
        (
            "Градови, региони и друге локалне и регионалне власти које су се придружиле Алијанси, нумерисани "
            "редом којим су се придружили."
        ),
    ),
    "rom": (
        "Participantura",
        (
            "E forura, e regiona thaj aver lokalno thaj regionalno autoritetura save avile ande Aliansa, "
            "numerime ando rodo kaj avile."
        ),
    ),
}
