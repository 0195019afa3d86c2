"""French details: the thank-you address, "1er" for the first of the month, language names."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template
from django.utils import translation

from applications.models import FormPage
from core.i18n.dates import date_format, format_date_range
from news.templatetags.news_tags import date_element


@pytest.fixture
def join_pages(db):
    return {page.locale.language_code: page for page in FormPage.objects.live().filter(slug__in=["join", "adherer"])}


@pytest.mark.django_db
def test_the_french_thank_you_page_has_a_french_address(client, join_pages):
    french = join_pages["fr"]

    assert client.get(f"{french.url}merci/").status_code == 200
    # The old English address keeps working.
    old = client.get(f"{french.url}thank-you/")
    assert old.status_code == 301
    assert old["Location"] == f"{french.url}merci/"
    assert client.get(f"{french.url}nimporte-quoi/").status_code == 404
    assert client.get(f"{join_pages['en'].url}thank-you/").status_code == 200


@pytest.mark.django_db
def test_the_switcher_on_the_thank_you_page_leads_to_each_languages_thank_you_page(client, join_pages):
    html = BeautifulSoup(client.get(f"{join_pages['fr'].url}merci/").content, "html.parser")
    links = {a["lang"]: a["href"] for a in html.select("nav.language-switcher a")}

    assert links["fr"] == f"{join_pages['fr'].url}merci/"
    assert links["en"] == f"{join_pages['en'].url}thank-you/"


def render_date(value, language, format_name="DATE_FORMAT"):
    with translation.override(language):
        return Template("{{ value|date:format_name }}").render(Context({"value": value, "format_name": format_name}))


@pytest.mark.parametrize(
    ("value", "language", "expected"),
    [
        (datetime.date(2013, 12, 1), "fr", "1er décembre 2013"),
        (datetime.date(2013, 12, 2), "fr", "2 décembre 2013"),
        (datetime.date(2013, 12, 1), "en", "1 December 2013"),
        (datetime.date(2013, 12, 1), "de", "1. Dezember 2013"),
    ],
)
def test_the_date_filter_writes_the_first_of_the_month_as_the_language_does(value, language, expected):
    assert render_date(value, language) == expected


def test_first_of_the_month_in_datetimes_and_python_code_but_not_in_numeric_dates():
    moment = datetime.datetime(2013, 12, 1, 9, 30)
    with translation.override("fr"):
        assert date_format(moment, "DATETIME_FORMAT").startswith("1er décembre 2013")
        assert date_format(datetime.date(2013, 12, 1), "SHORT_DATE_FORMAT") == "01/12/2013"
        # Explicit format strings are Django's, for numbers; words come from the named formats.
        assert date_format(datetime.date(2013, 12, 1), "MONTH_DAY_FORMAT") == "1er décembre"
        assert "1er décembre 2013" in date_element(datetime.date(2013, 12, 1))


def test_news_and_event_dates_agree_on_the_first_of_the_month():
    first = datetime.date(2014, 3, 1)
    with translation.override("fr"):
        assert format_date_range(first, None, "fr") == date_format(first, "DATE_FORMAT") == "1er mars 2014"


@pytest.mark.django_db
def test_language_names_follow_one_rule_in_the_switcher(client):
    html = BeautifulSoup(client.get("/fr/").content, "html.parser")
    names = {a["lang"]: a.contents[0].strip() for a in html.select("nav.language-switcher a")}

    assert names == {
        "en": "English",
        "fr": "Français",
        "de": "Deutsch",
        "it": "Italiano",
        "es": "Español",
        "ro": "Română",
        "bg": "Български",
        "hu": "Magyar",
        "sk": "Slovenčina",
        "cs": "Čeština",
        "sr": "Српски",
        "rom": "Romani čhib",
    }
    current = html.select_one("nav.language-switcher summary span[lang]")
    assert current.get_text(strip=True) == "Français"
