"""Romani behaves like the languages Django ships: name, catalog, dates, URLs."""

import datetime

import pytest
from django.conf import settings
from django.template import Context, Template
from django.utils import formats, translation
from django.utils.translation import check_for_language, get_language_info, get_supported_language_variant


def test_romani_has_language_info():
    info = get_language_info("rom")

    assert info["name"] == "Romani"
    assert info["name_local"] == "Romani čhib"
    assert info["bidi"] is False


def test_every_site_language_has_a_compiled_catalog():
    # check_for_language finds a compiled catalog for the language; Django's own
    # catalogs cover the others, ours must cover Romani.
    for code, _name in settings.LANGUAGES:
        assert check_for_language(code), code
    assert get_supported_language_variant("rom") == "rom"


def test_romani_catalog_translates_the_sites_strings():
    with translation.override("rom"):
        assert translation.gettext("Skip to main content") != "Skip to main content"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "27 March 2014"),
        ("fr", "27 mars 2014"),
        ("de", "27. März 2014"),
        ("rom", "27 Marto 2014"),
    ],
)
def test_dates_use_each_languages_format(language, expected):
    with translation.override(language):
        rendered = Template('{{ day|date:"DATE_FORMAT" }}').render(Context({"day": datetime.date(2014, 3, 27)}))
    assert rendered == expected


def test_romani_number_format():
    with translation.override("rom"):
        assert formats.get_format("DECIMAL_SEPARATOR") == ","
