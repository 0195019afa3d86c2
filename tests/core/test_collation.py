"""One sort order for the site (core.i18n.collation): each reader's own alphabet."""

import pytest
from django.utils import translation

from core.i18n.collation import collation_key


def in_order(words, language):
    return sorted(words, key=lambda word: collation_key(word, language))


@pytest.mark.parametrize("language", ["cs", "sk"])
def test_c_with_caron_follows_every_c_for_czech_and_slovak_readers(language):
    assert in_order(["Čechy", "Dánsko", "Cypr", "Chorvatsko", "Hungary"], language) == [
        "Cypr",
        "Čechy",
        "Dánsko",
        "Hungary",
        "Chorvatsko",  # "Ch" is a letter of its own, after "H"
    ]


def test_elsewhere_c_with_caron_is_a_c_with_an_accent():
    assert in_order(["Čechy", "Cypr", "Dánsko"], "fr") == ["Čechy", "Cypr", "Dánsko"]
    assert in_order(["Chorvatsko", "Hungary"], "en") == ["Chorvatsko", "Hungary"]


def test_accents_and_case_only_break_ties_in_french():
    assert in_order(["Estonie", "Égypte", "espagne", "Finlande"], "fr") == ["Égypte", "espagne", "Estonie", "Finlande"]
    assert in_order(["cote", "côte", "Cote"], "fr") == ["cote", "Cote", "côte"]


def test_serbian_cyrillic_sorts_in_the_order_of_its_alphabet():
    names = ["Шведска", "Џибути", "Ћирило", "Његош", "Љубљана", "Јерменија", "Ђаково", "Белгија", "Андора"]
    assert in_order(names, "sr") == [
        "Андора",
        "Белгија",
        "Ђаково",
        "Јерменија",
        "Љубљана",
        "Његош",
        "Ћирило",
        "Џибути",
        "Шведска",
    ]


def test_bulgarian_cyrillic_sorts_in_the_order_of_its_alphabet():
    names = ["Япония", "Юта", "Щецин", "Швеция", "Йордания", "Италия", "Естония", "Белгия"]
    assert in_order(names, "bg") == ["Белгия", "Естония", "Италия", "Йордания", "Швеция", "Щецин", "Юта", "Япония"]


def test_hungarian_digraphs_and_o_umlaut_are_letters_of_their_own():
    assert in_order(["Csehország", "Ciprus", "Dánia"], "hu") == ["Ciprus", "Csehország", "Dánia"]
    assert in_order(["Örményország", "Oroszország", "Portugália"], "hu") == [
        "Oroszország",
        "Örményország",
        "Portugália",
    ]


def test_romanian_and_spanish_letters_of_their_own():
    assert in_order(["Șvedia", "Suedia", "Tunisia"], "ro") == ["Suedia", "Șvedia", "Tunisia"]
    assert in_order(["Ñandú", "Noruega", "Omán"], "es") == ["Noruega", "Ñandú", "Omán"]


def test_the_active_language_is_the_default_and_is_not_cached_across_languages():
    words = ["Čechy", "Dánsko", "Cypr"]
    with translation.override("cs"):
        czech = sorted(words, key=collation_key)
    with translation.override("fr"):
        french = sorted(words, key=collation_key)
    assert czech == ["Cypr", "Čechy", "Dánsko"]
    assert french == ["Čechy", "Cypr", "Dánsko"]
