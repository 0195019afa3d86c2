"""Visitors never meet a hole: an untranslated page shows the source text, says so, and is
marked with its real language; search engines are pointed at the source."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

from core.models import HomePage

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def expected_notice(language_code, shown="en"):
    with translation.override(language_code):
        name = translation.get_language_info(shown)["name_translated"]
        return translation.gettext(
            "This page is not translated yet. It is shown in its original language: %(language)s."
        ) % {"language": name}


def test_an_untranslated_page_says_so_in_the_visitors_language(client):
    html = soup(client.get("/it/about/"))

    assert html.html["lang"] == "it"
    notice = html.select_one("main .translation-notice")
    assert notice["lang"] == "it"
    assert notice["role"] == "note"
    assert notice.get_text(" ", strip=True) == expected_notice("it")
    assert "inglese" in notice.get_text()  # "English", in Italian
    # The page's own text is marked as English.
    content = notice.find_next_sibling("div")
    assert content["lang"] == "en"
    assert content.find("h1").get_text(strip=True) == "About the Alliance"


def test_the_notice_names_the_language_in_romani_too(client):
    # "Cooperate as NGO" has no Romani translation in the demo.
    html = soup(client.get("/rom/cooperate/"))

    assert "Anglikani čhib" in html.select_one(".translation-notice").get_text()


def test_search_engines_are_pointed_at_the_source(client):
    html = soup(client.get("/it/about/"))

    assert html.select_one('link[rel="canonical"]')["href"] == "http://testserver/en/about/"
    assert html.select('link[rel="alternate"][hreflang]') == []


def test_translated_pages_list_real_translations_only(client):
    html = soup(client.get("/fr/a-propos/"))

    assert html.select_one(".translation-notice") is None
    assert html.select_one("main > div[lang]") is None
    hreflangs = [link["hreflang"] for link in html.select('link[rel="alternate"][hreflang]')]
    assert hreflangs == ["en", "fr", "de", "rom", "x-default"]


def test_menu_entries_in_another_language_are_marked(client):
    html = soup(client.get("/it/"))
    entries = {a.get_text(strip=True): a for a in html.select("nav.main-nav a")}

    assert entries["About the Alliance"]["lang"] == "en"
    assert not entries["Risorse"].has_attr("lang")


def test_the_sitemap_lists_translations_not_fallbacks(client):
    body = client.get("/sitemap.xml").content.decode()

    assert "<loc>http://testserver/fr/a-propos/</loc>" in body
    assert "<loc>http://testserver/en/about/</loc>" in body
    assert "/it/about/" not in body


def test_every_page_answers_in_every_language():
    """Every English page has a live page at its address in every language (a translation
    or an alias showing the English text), and a page of each kind renders there in that
    language. Rendering one of each kind, not all of them, keeps the test quick: the pages
    of a kind share their template and their way of falling back."""
    from django.test import Client

    client = Client()
    english_pages = list(Page.objects.filter(locale__language_code="en", depth__gt=1).live().specific())
    counterparts = {
        (page.translation_key, page.locale.language_code): page
        for page in Page.objects.filter(translation_key__in=[english.translation_key for english in english_pages])
        .live()
        .select_related("locale")
    }
    missing = [
        (english.url_path, code)
        for english in english_pages
        for code in LANGUAGES
        if (english.translation_key, code) not in counterparts
    ]
    assert missing == []

    one_of_each_kind = {type(english): english for english in english_pages}
    for english in one_of_each_kind.values():
        for code in LANGUAGES:
            page = counterparts[english.translation_key, code]
            response = client.get(page.url)
            assert response.status_code == 200, f"{page.url} ({code})"
            assert soup(response).html["lang"] == code


def test_a_new_page_appears_in_every_language_at_once(superuser_client):
    home = HomePage.objects.get(locale__language_code="en")
    url = reverse("wagtailadmin_pages:add", args=["core", "standardpage", home.pk])

    response = superuser_client.post(
        url,
        nested_form_data(
            {
                "title": "Legal notice",
                "slug": "legal-notice",
                "introduction": "Who publishes this site.",
                "body": streamfield([]),
                "action-publish": "publish",
            }
        ),
    )

    assert response.status_code == 302
    english = Page.objects.get(slug="legal-notice", locale__language_code="en")
    aliases = Page.objects.filter(translation_key=english.translation_key).exclude(pk=english.pk)
    assert sorted(aliases.values_list("locale__language_code", flat=True)) == sorted(LANGUAGES[1:])
    assert all(alias.alias_of_id == english.pk for alias in aliases)
