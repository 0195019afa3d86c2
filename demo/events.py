"""Demo content of the calendar: the events of early 2014 and a few coming ones.

The three past events are the ones the Alliance's site showed in early 2014 (written for
this project from the public record of the site). The coming events are dated from the day the demo is
loaded, so the calendar always has something ahead: `make demo` dates them again.
Romani texts are a first draft and wait for review by a native speaker.
"""

import datetime

from django.conf import settings
from django.utils import timezone

from core.models import HomePage
from events.models import Attendance, EventIndexPage, EventPage, EventPageParticipant, EventStatus
from participants.models import ParticipantPage

# After participants (events link them), before news (posts link events).
CONGRESS = "Congress of Local and Regional Authorities"
CONGRESS_URL = "https://www.coe.int/en/web/congress"

INDEX = {
    "title": "Events",
    "slug": "events",
    "introduction": "Meetings, conferences and workshops of the Alliance and of its participants.",
}
INDEX_TRANSLATIONS = {
    "fr": ["Événements", "evenements", "Réunions, conférences et ateliers de l'Alliance et de ses participants."],
    "de": [
        "Veranstaltungen",
        "veranstaltungen",
        "Sitzungen, Konferenzen und Workshops der Allianz und ihrer Teilnehmer.",
    ],
    "it": ["Eventi", "eventi", "Riunioni, conferenze e seminari dell'Alleanza e dei suoi partecipanti."],
    "es": ["Eventos", "eventos", "Reuniones, conferencias y talleres de la Alianza y de sus participantes."],
    "ro": ["Evenimente", "evenimente", "Reuniuni, conferințe și ateliere ale Alianței și ale participanților săi."],
    "bg": ["Събития", "sabitia", "Срещи, конференции и работни срещи на Алианса и на неговите участници."],
    "hu": ["Események", "esemenyek", "A Szövetség és résztvevői üléseit, konferenciáit és műhelyeit itt találja."],
    "sk": ["Podujatia", "podujatia", "Stretnutia, konferencie a workshopy Aliancie a jej účastníkov."],
    "cs": ["Akce", "akce", "Setkání, konference a semináře Aliance a jejích účastníků."],
    "sr": ["Догађаји", "dogadjaji", "Састанци, конференције и радионице Алијансе и њених учесника."],
    "rom": [
        "Evenimentura",
        "evenimentura",
        "Khedipena, konferencie thaj butjaqe khedipena e Aliansaqe thaj lake participantenqe.",
    ],
}

# --- The events of early 2014 ---------------------------------------------------------

PARIS_CEREMONY = {
    "page": {
        "title": "Paris joins the Alliance",
        "slug": "paris-joins-the-alliance",
        "introduction": "A ceremony marks the accession of the City of Paris, which brings the Alliance to 121 "
        "participants.",
        "start_date": datetime.date(2013, 12, 18),
        "venue_name": "Paris City Hall",
        "city": "Paris",
        "country": "FR",
        "organiser": "City of Paris and " + CONGRESS,
    },
    "body": [
        "The City of Paris has decided to join the European Alliance of Cities and Regions for Roma Inclusion. "
        "Two of its deputy mayors, Pierre Schapira and Claudine Bouygues, took part in the ceremony.",
        "Jean-Claude Frécon, Vice-President of the Congress, welcomed the decision of the French capital. "
        "With Paris, 121 cities and regions now take part in the Alliance.",
    ],
    "participants": ["paris"],
    "picture": ("Ceremony for the accession of Paris", "Council of Europe", ["#0b3d91", "#f2f4f8", "#c8102e"]),
    "picture_alt_text": "Flags of the City of Paris and of the Council of Europe side by side",
    "fr": {
        "Paris joins the Alliance": "Paris rejoint l'Alliance",
        "paris-joins-the-alliance": "paris-rejoint-l-alliance",
        "A ceremony marks the accession of the City of Paris, which brings the Alliance to 121 participants.": (
            "Une cérémonie marque l'adhésion de la Ville de Paris, qui porte l'Alliance à 121 participants."
        ),
        "Paris City Hall": "Hôtel de Ville de Paris",
        "Paris": "Paris",
        "City of Paris and " + CONGRESS: "Ville de Paris et Congrès des pouvoirs locaux et régionaux",
        "The City of Paris has decided to join the European Alliance of Cities and Regions for Roma Inclusion. "
        "Two of its deputy mayors, Pierre Schapira and Claudine Bouygues, took part in the ceremony.": (
            "La Ville de Paris a décidé de rejoindre l'Alliance européenne des villes et des régions pour "
            "l'inclusion des Roms. Deux de ses adjoints au maire, Pierre Schapira et Claudine Bouygues, ont "
            "participé à la cérémonie."
        ),
        "Jean-Claude Frécon, Vice-President of the Congress, welcomed the decision of the French capital. "
        "With Paris, 121 cities and regions now take part in the Alliance.": (
            "Jean-Claude Frécon, vice-président du Congrès, a salué la décision de la capitale française. "
            "Avec Paris, 121 villes et régions participent désormais à l'Alliance."
        ),
        "Flags of the City of Paris and of the Council of Europe side by side": (
            "Les drapeaux de la Ville de Paris et du Conseil de l'Europe côte à côte"
        ),
    },
}

MILAN_CONFERENCE = {
    "page": {
        "title": "Launch conference of the ROMACT and ROMED2 programmes",
        "slug": "romact-romed2-launch-conference",
        "introduction": "In Milan, a one-day conference launches two joint programmes that help municipalities "
        "and Roma communities work together.",
        "start_date": datetime.date(2014, 1, 18),
        "venue_name": "",
        "city": "Milan",
        "country": "IT",
        "organiser": "Council of Europe and European Commission",
    },
    "body": [
        "Gabriella Battaini-Dragoni, Deputy Secretary General of the Council of Europe, and Cécile Kyenge, "
        "Italian Minister, opened the conference.",
        "ROMACT supports mayors and local administrations in planning and funding Roma inclusion; ROMED2 helps "
        "Roma communities take part in local decisions. Many participants of the Alliance take part in both.",
    ],
    "picture": ("Launch of ROMACT and ROMED2 in Milan", "Council of Europe", ["#1d6e4e", "#f2f4f8", "#0b3d91"]),
    "picture_alt_text": "The speakers' table of the conference in front of the programmes' banners",
    "fr": {
        "Launch conference of the ROMACT and ROMED2 programmes": "Conférence de lancement des programmes ROMACT "
        "et ROMED2",
        "romact-romed2-launch-conference": "conference-lancement-romact-romed2",
        "In Milan, a one-day conference launches two joint programmes that help municipalities and Roma "
        "communities work together.": (
            "À Milan, une conférence d'une journée lance deux programmes conjoints qui aident les municipalités "
            "et les communautés roms à travailler ensemble."
        ),
        "Milan": "Milan",
        "Council of Europe and European Commission": "Conseil de l'Europe et Commission européenne",
        "Gabriella Battaini-Dragoni, Deputy Secretary General of the Council of Europe, and Cécile Kyenge, "
        "Italian Minister, opened the conference.": (
            "Gabriella Battaini-Dragoni, Secrétaire Générale adjointe du Conseil de l'Europe, et Cécile Kyenge, "
            "ministre italienne, ont ouvert la conférence."
        ),
        "ROMACT supports mayors and local administrations in planning and funding Roma inclusion; ROMED2 helps "
        "Roma communities take part in local decisions. Many participants of the Alliance take part in both.": (
            "ROMACT aide les maires et les administrations locales à planifier et à financer l'inclusion des "
            "Roms ; ROMED2 aide les communautés roms à prendre part aux décisions locales. De nombreux "
            "participants de l'Alliance prennent part aux deux."
        ),
        "The speakers' table of the conference in front of the programmes' banners": (
            "La tribune de la conférence devant les bannières des programmes"
        ),
    },
}

PARIS_WORKSHOP = {
    "page": {
        "title": "First national workshop of the French participants",
        "slug": "first-national-workshop-france",
        "introduction": "The French local authorities taking part in the Alliance meet for the first time to "
        "compare their work.",
        # The old site stored this one-day event with the same start and end date.
        "start_date": datetime.date(2014, 2, 13),
        "end_date": datetime.date(2014, 2, 13),
        "venue_name": "Council of Europe Office in Paris",
        "city": "Paris",
        "country": "FR",
        "organiser": CONGRESS,
        "organiser_url": CONGRESS_URL,
    },
    "body": [
        "The French cities and regions that take part in the Alliance meet for a first national workshop. They "
        "share what they have done for the inclusion of Roma and Travellers and plan what they can do together.",
    ],
    "picture": ("National workshop in Paris", "Council of Europe", ["#5b2a86", "#f2f4f8", "#0b3d91"]),
    "picture_alt_text": "Participants around a table during the workshop",
    "fr": {
        "First national workshop of the French participants": "Premier atelier national des participants français",
        "first-national-workshop-france": "premier-atelier-national-france",
        "The French local authorities taking part in the Alliance meet for the first time to compare their work.": (
            "Les collectivités locales françaises participant à l'Alliance se réunissent pour la première fois "
            "afin de comparer leur travail."
        ),
        "Council of Europe Office in Paris": "Bureau du Conseil de l'Europe à Paris",
        "Paris": "Paris",
        CONGRESS: "Congrès des pouvoirs locaux et régionaux",
        "The French cities and regions that take part in the Alliance meet for a first national workshop. They "
        "share what they have done for the inclusion of Roma and Travellers and plan what they can do "
        "together.": (
            "Les villes et régions françaises qui participent à l'Alliance se réunissent pour un premier atelier "
            "national. Elles partagent ce qu'elles ont fait pour l'inclusion des Roms et des Gens du voyage et "
            "préparent ce qu'elles peuvent faire ensemble."
        ),
        "Participants around a table during the workshop": "Des participants autour d'une table pendant l'atelier",
    },
}

# --- Coming events, dated from the day the demo is loaded -----------------------------


def coming_events(today):
    def day(offset):
        return today + datetime.timedelta(days=offset)

    return [
        {
            "page": {
                "title": "Meeting of the Alliance's national contact points",
                "slug": "meeting-of-national-contact-points",
                "introduction": "The national contact points review the year's cooperation activities and the "
                "requests of cities and regions that wish to join.",
                "start_date": day(10),
                "start_time": datetime.time(14, 0),
                "end_time": datetime.time(17, 30),
                "venue_name": "Palais de l'Europe",
                "city": "Strasbourg",
                "country": "FR",
                "organiser": CONGRESS,
                "organiser_url": CONGRESS_URL,
            },
            "body": [
                "The meeting is open to the contact points named by the national associations of local and "
                "regional authorities. The Alliance Taskforce sends the agenda two weeks before."
            ],
            "fr": {
                "Meeting of the Alliance's national contact points": "Réunion des points de contact nationaux de "
                "l'Alliance",
                "meeting-of-national-contact-points": "reunion-des-points-de-contact-nationaux",
                "The national contact points review the year's cooperation activities and the requests of cities "
                "and regions that wish to join.": (
                    "Les points de contact nationaux font le bilan des activités de coopération de l'année et "
                    "examinent les demandes des villes et régions qui souhaitent adhérer."
                ),
                "Palais de l'Europe": "Palais de l'Europe",
                "Strasbourg": "Strasbourg",
                CONGRESS: "Congrès des pouvoirs locaux et régionaux",
                "The meeting is open to the contact points named by the national associations of local and "
                "regional authorities. The Alliance Taskforce sends the agenda two weeks before.": (
                    "La réunion est ouverte aux points de contact désignés par les associations nationales de "
                    "pouvoirs locaux et régionaux. La Taskforce de l'Alliance envoie l'ordre du jour deux "
                    "semaines avant."
                ),
            },
        },
        {
            "page": {
                "title": "Online seminar: how to join the Alliance",
                "slug": "online-seminar-how-to-join",
                "introduction": "An hour and a half to learn what taking part in the Alliance means for a city or "
                "a region, with time for questions.",
                "start_date": day(20),
                "start_time": datetime.time(11, 0),
                "end_time": datetime.time(12, 30),
                "attendance": Attendance.ONLINE,
                "organiser": "Alliance Taskforce",
                "registration_url": CONGRESS_URL,
            },
            "body": [
                "The Taskforce presents the commitments of participants and the support they receive. The link "
                "to the seminar is sent to everyone who registers."
            ],
            "picture": ("Online seminar", "Alliance Taskforce", ["#0b3d91", "#ffdd00"]),
            "picture_alt_text": "A laptop screen showing several people in a video call",
            "fr": {
                "Online seminar: how to join the Alliance": "Séminaire en ligne : comment rejoindre l'Alliance",
                "online-seminar-how-to-join": "seminaire-en-ligne-comment-adherer",
                "An hour and a half to learn what taking part in the Alliance means for a city or a region, with "
                "time for questions.": (
                    "Une heure et demie pour découvrir ce que la participation à l'Alliance signifie pour une "
                    "ville ou une région, avec du temps pour les questions."
                ),
                "Alliance Taskforce": "Taskforce de l'Alliance",
                "The Taskforce presents the commitments of participants and the support they receive. The link to "
                "the seminar is sent to everyone who registers.": (
                    "La Taskforce présente les engagements des participants et le soutien qu'ils reçoivent. Le "
                    "lien du séminaire est envoyé à chaque personne inscrite."
                ),
                "A laptop screen showing several people in a video call": (
                    "Un écran d'ordinateur portable montrant plusieurs personnes en visioconférence"
                ),
            },
        },
        {
            "page": {
                "title": "Exchange of good practices on Roma inclusion in schools",
                "slug": "exchange-on-roma-inclusion-in-schools",
                "introduction": "Three days in Košice for mayors, teachers and Roma mediators to share what keeps "
                "children in school.",
                "start_date": day(30),
                "end_date": day(32),
                "start_time": datetime.time(9, 0),
                "end_time": datetime.time(16, 0),
                "time_zone": "Europe/Bratislava",
                "attendance": Attendance.MIXED,
                "venue_name": "Košice City Hall",
                "city": "Košice",
                "country": "SK",
                "organiser": CONGRESS,
                "organiser_url": CONGRESS_URL,
                "registration_url": CONGRESS_URL,
            },
            "body": [
                "Participants of the Alliance from several countries present projects that work: school "
                "mediators, homework clubs, transport to school. The sessions of the first day are also "
                "streamed online."
            ],
            "picture": ("Exchange in Košice", "City of Košice", ["#c8102e", "#f2f4f8", "#1d6e4e"]),
            "picture_alt_text": "Children on their way to school in a residential street",
            "fr": {
                "Exchange of good practices on Roma inclusion in schools": "Échange de bonnes pratiques sur "
                "l'inclusion des Roms à l'école",
                "exchange-on-roma-inclusion-in-schools": "echange-inclusion-des-roms-a-l-ecole",
                "Three days in Košice for mayors, teachers and Roma mediators to share what keeps children in "
                "school.": (
                    "Trois jours à Košice pour que maires, enseignants et médiateurs roms partagent ce qui "
                    "maintient les enfants à l'école."
                ),
                "Košice City Hall": "Hôtel de ville de Košice",
                "Košice": "Košice",
                CONGRESS: "Congrès des pouvoirs locaux et régionaux",
                "Participants of the Alliance from several countries present projects that work: school "
                "mediators, homework clubs, transport to school. The sessions of the first day are also "
                "streamed online.": (
                    "Des participants de l'Alliance de plusieurs pays présentent des projets qui fonctionnent : "
                    "médiateurs scolaires, aide aux devoirs, transport scolaire. Les séances du premier jour sont "
                    "aussi diffusées en ligne."
                ),
                "Children on their way to school in a residential street": (
                    "Des enfants sur le chemin de l'école dans une rue résidentielle"
                ),
            },
        },
        {
            "page": {
                "title": "Seminar of the Alliance's participants in the Western Balkans",
                "slug": "seminar-western-balkans",
                "introduction": "The seminar planned in Belgrade is cancelled; the Taskforce will propose a new "
                "date to the participants.",
                "start_date": day(45),
                "end_date": day(46),
                "time_zone": "Europe/Belgrade",
                "status": EventStatus.CANCELLED,
                "venue_name": "",
                "city": "Belgrade",
                "country": "RS",
                "organiser": CONGRESS,
            },
            "body": [
                "Cities and regions of the Western Balkans that take part in the Alliance were to meet for two "
                "days. Those who registered have been told of the cancellation."
            ],
            "fr": {
                "Seminar of the Alliance's participants in the Western Balkans": "Séminaire des participants de "
                "l'Alliance des Balkans occidentaux",
                "seminar-western-balkans": "seminaire-balkans-occidentaux",
                "The seminar planned in Belgrade is cancelled; the Taskforce will propose a new date to the "
                "participants.": (
                    "Le séminaire prévu à Belgrade est annulé ; la Taskforce proposera une nouvelle date aux "
                    "participants."
                ),
                "Belgrade": "Belgrade",
                CONGRESS: "Congrès des pouvoirs locaux et régionaux",
                "Cities and regions of the Western Balkans that take part in the Alliance were to meet for two "
                "days. Those who registered have been told of the cancellation.": (
                    "Les villes et régions des Balkans occidentaux qui participent à l'Alliance devaient se "
                    "réunir pendant deux jours. Les personnes inscrites ont été informées de l'annulation."
                ),
            },
        },
    ]


def ensure_index(builder, home):
    index = builder.child_page(home, EventIndexPage(show_in_menus=True, **INDEX))
    builder.translate_all(
        index,
        {
            code: dict(zip([INDEX["title"], INDEX["slug"], INDEX["introduction"]], words, strict=True))
            for code, words in INDEX_TRANSLATIONS.items()
        },
    )
    return index


def event_page(builder, data):
    """The (unsaved) English event page of `data`, with its picture and participants."""
    fields = dict(data["page"])
    if "picture" in data:
        title, credit, colours = data["picture"]
        fields["picture"] = builder.picture(title, credit, colours, description=data["picture_alt_text"])
        fields["picture_alt_text"] = data["picture_alt_text"]
    fields["body"] = [("paragraph", f"<p>{text}</p>") for text in data["body"]]
    fields["participant_links"] = [
        EventPageParticipant(participant=participant)
        for participant in builder.english_pages(ParticipantPage, data.get("participants", []))
    ]
    return EventPage(**fields)


def event_translations(data):
    """Every event is in English and French: its French texts, by the English ones."""
    return {"fr": data["fr"]}


def ensure_event(builder, index, data):
    event = builder.child_page(index, event_page(builder, data))
    builder.translate_all(event, event_translations(data))
    return event


def load(builder):
    builder.ensure_locales()
    home = HomePage.objects.get(locale=builder.locales[settings.LANGUAGE_CODE])
    index = ensure_index(builder, home)
    for data in demo_events(timezone.localdate()):
        ensure_event(builder, index, data)


def demo_events(today):
    """Every event of the demo: the three of early 2014, then the coming ones."""
    return [PARIS_CEREMONY, MILAN_CONFERENCE, PARIS_WORKSHOP, *coming_events(today)]
