"""Demo content of the participants: the directory in every language and thirty
participants in English and French, registered with their historical numbers."""

from decimal import Decimal

from anyascii import anyascii
from django.conf import settings
from django.utils import translation
from django.utils.text import slugify

from core.i18n.countries import country_name
from core.models import HomePage
from demo.drawings import emblem, letter_of_accession
from demo.participants_data import BODY, INDEX, INDEX_TRANSLATIONS, PARTICIPANTS, SERBIAN_NAMES
from participants.letters import file_all_letters
from participants.models import ParticipantIndexPage, ParticipantPage

# Before events and news, whose demo content links participants.
# Letters of accession for the two participants whose accession the old site reported.
WITH_LETTER = {"paris", "kragujevac"}


def ascii_slug(text):
    return slugify(anyascii(text))


def body_text(language_code, name, kind, country_code):
    texts = BODY[language_code]
    with translation.override(language_code):
        country = country_name(country_code)
    return texts[kind].format(name=name, country=country), texts["more"]


def ensure_index(builder, home):
    index = builder.child_page(
        home,
        ParticipantIndexPage(
            title=INDEX["title"], slug=INDEX["slug"], introduction=INDEX["introduction"], show_in_menus=True
        ),
    )
    builder.translate_all(
        index,
        {
            code: {INDEX["title"]: title, INDEX["slug"]: ascii_slug(title), INDEX["introduction"]: introduction}
            for code, (title, introduction) in INDEX_TRANSLATIONS.items()
        },
    )
    return index


def participant_page(row, emblem, letter=None):
    """The (unsaved) English page of the participant of `row`, carrying its number."""
    (slug, name, _name_fr, official_name, official_language, kind, country, accession_date, number, latitude,
     longitude, website, _colours) = row  # fmt: skip
    first, second = body_text(settings.LANGUAGE_CODE, name, kind, country)
    page = ParticipantPage(
        title=name,
        slug=slug,
        official_name=official_name,
        official_name_language=official_language,
        kind=kind,
        country=country,
        accession_date=accession_date,
        latitude=Decimal(str(latitude)),
        longitude=Decimal(str(longitude)),
        website=website,
        emblem=emblem,
        letter_of_accession=letter,
        # Their accession was public news: the editors chose to show the letters.
        show_letter_of_accession=letter is not None,
        body=[("paragraph", f"<p>{first} {second}</p>")],
    )
    # A live page carrying a free number is registered with it: this is how historical
    # numbers are imported (the first publication would otherwise give the next one).
    # Without one, it gets the next number when it goes live.
    page.accession_number = number
    return page


def ensure_participant(builder, index, row):
    slug, name, accession_date, number, colours = row[0], row[1], row[7], row[8], row[12]
    existing = ParticipantPage.objects.filter(slug=slug, locale=index.locale).first()
    if existing is not None:
        return existing
    letter = letter_of_accession(name, accession_date) if slug in WITH_LETTER else None
    page = participant_page(row, emblem(name, colours), letter)
    index.add_child(instance=page)
    page.save_revision().publish()
    builder.log(f"Registered participant No. {number}: {name}")
    return page


def translate_participant(builder, page, row, language_code, translated_name):
    slug, name, kind, country = row[0], row[1], row[5], row[6]
    english = " ".join(body_text(settings.LANGUAGE_CODE, name, kind, country))
    translated = " ".join(body_text(language_code, translated_name, kind, country))
    strings = {name: translated_name, english: translated}
    if translated_name != name:
        strings[slug] = ascii_slug(translated_name) or slug
    builder.translate(page, language_code, strings)


def participant_translations(row):
    """The participant's name in each configured language the demo translates it into."""
    configured = {code for code, _name in settings.LANGUAGES}
    names = {"fr": row[2]}
    if row[0] in SERBIAN_NAMES:
        names["sr"] = SERBIAN_NAMES[row[0]]
    return {code: name for code, name in names.items() if code in configured}


def load(builder):
    if not builder.locales:
        builder.ensure_locales()
    home = HomePage.objects.get(locale=builder.locales[settings.LANGUAGE_CODE])
    index = ensure_index(builder, home)
    for row in PARTICIPANTS:
        page = ensure_participant(builder, index, row)
        for language_code, translated_name in participant_translations(row).items():
            translate_participant(builder, page, row, language_code, translated_name)
    # Letters of a demo site built before letters had their collections go where their pages say.
    file_all_letters()
