"""Numbers in words: ordinals and the counter's plural forms in each language."""

import pytest
from django.utils import translation

from core.i18n.ordinals import ordinal
from participants.directory import participants_summary


@pytest.mark.parametrize(
    ("number", "expected"),
    [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"), (13, "13th"), (21, "21st"),
     (101, "101st"), (111, "111th"), (112, "112th"), (121, "121st"), (122, "122nd"), (123, "123rd"), (130, "130th")],
)  # fmt: skip
def test_english_ordinals(number, expected):
    assert ordinal(number, "en") == expected


@pytest.mark.parametrize(("number", "expected"), [(1, "1er"), (2, "2e"), (121, "121e"), (122, "122e")])
def test_french_ordinals(number, expected):
    assert ordinal(number, "fr") == expected


@pytest.mark.parametrize("language_code", ["de", "hu", "sk", "cs", "sr"])
def test_ordinals_with_a_full_stop(language_code):
    assert ordinal(122, language_code) == "122."
    assert ordinal(1, language_code) == "1."


@pytest.mark.parametrize(
    ("language_code", "number", "expected"),
    [("it", 122, "122º"), ("es", 122, "122.º"), ("ro", 1, "primul"), ("ro", 122, "al 122-lea"),
     ("bg", 121, "121-ви"), ("bg", 122, "122-ри"), ("bg", 127, "127-ми"), ("bg", 112, "112-ти"),
     ("bg", 130, "130-ти"), ("bg", 100, "100-тен"), ("bg", 1000, "1000-ен"), ("rom", 122, "122-to")],
)  # fmt: skip
def test_other_languages_ordinals(language_code, number, expected):
    assert ordinal(number, language_code) == expected


def test_ordinal_follows_the_active_language_and_falls_back_to_english():
    with translation.override("de"):
        assert ordinal(122) == "122."
    assert ordinal(122, "fr-ca") == "122e"  # a regional variant uses its language
    assert ordinal(122, "xx") == "122nd"


@pytest.mark.parametrize(
    ("language_code", "number", "sentence"),
    [
        ("en", 122, "The Alliance's 122nd participant"),
        ("fr", 122, "122e participant de l'Alliance"),
        ("fr", 1, "1er participant de l'Alliance"),
        ("de", 122, "122. Teilnehmer der Allianz"),
        ("ro", 122, "al 122-lea participant al Alianței"),
        ("hu", 122, "A Szövetség 122. résztvevője"),
    ],
)
@pytest.mark.django_db
def test_participant_pages_say_their_number_in_words(language_code, number, sentence):
    from participants.models import ParticipantPage

    page = ParticipantPage(accession_number=number)
    with translation.override(language_code):
        assert page.ordinal_phrase == sentence


@pytest.mark.parametrize(
    ("language_code", "participants", "countries", "expected"),
    [
        ("en", 1, 1, "1 city or region from 1 country"),
        ("en", 130, 29, "130 cities and regions from 29 countries"),
        ("fr", 1, 1, "1 ville ou région de 1 pays"),
        ("fr", 0, 0, "0 ville ou région de 0 pays"),  # French counts 0 in the singular
        ("fr", 130, 29, "130 villes et régions de 29 pays"),
        # Czech: one form for 1, one for 2–4, one for 5 and more.
        ("cs", 1, 1, "1 město nebo region z 1 země"),
        ("cs", 3, 2, "3 města a regiony ze 2 zemí"),
        ("cs", 130, 29, "130 měst a regionů z 29 zemí"),
        # Serbian: 21 takes the singular, 22 the paucal, 25 and 11 the plural.
        ("sr", 21, 22, "21 град или регион из 22 земље"),
        ("sr", 25, 11, "25 градова и региона из 11 земаља"),
        # Romanian: from 20 on, "de" comes between the number and the noun.
        ("ro", 19, 2, "19 orașe și regiuni din 2 țări"),
        ("ro", 130, 29, "130 de orașe și regiuni din 29 de țări"),
    ],
)
def test_counter_uses_each_languages_plural_rules(language_code, participants, countries, expected):
    with translation.override(language_code):
        assert participants_summary(participants, countries) == expected


def test_every_known_language_has_its_own_ordinals():
    # A language added to alliance/languages.py without a rule here would silently write
    # "122nd": the test names the one to write in core/i18n/ordinals.py.
    from alliance.languages import KNOWN_LANGUAGES
    from core.i18n.ordinals import ORDINALS

    assert [language.code for language in KNOWN_LANGUAGES if language.code not in ORDINALS] == []
