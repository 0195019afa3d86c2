"""A language is one entry in alliance/languages.py: the site runs with a thirteenth
language registered the same way, and with only two, nothing being pinned to twelve.

Polish stands for the thirteenth language: Django ships its language information and
catalog (as it does for most languages the site may add); the site's own strings then
fall back to English until its catalogs exist. Dates and ordinals are not checked here:
their per-language styles live with the date formatting.
"""

import re

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.conf import settings
from django.test import override_settings
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail_localize.synctree import synchronize_tree

from alliance.languages import SITE_LANGUAGE_CATALOGUE, SiteLanguage, register_language, unregister_language
from core.models import HomePage
from demo.builder import DemoBuilder
from news.models import NewsIndexPage

pytestmark = pytest.mark.django_db

THIRTEENTH = SiteLanguage("pl", "Polish")


def language_settings(languages):
    return override_settings(
        LANGUAGES=languages, WAGTAIL_CONTENT_LANGUAGES=languages, WAGTAILADMIN_PERMITTED_LANGUAGES=languages
    )


@pytest.fixture
def thirteen_languages():
    """The site's languages and Polish: its pages mirrored from English, as a new
    language's are before anything is translated, and its home page translated."""
    assert THIRTEENTH.code not in SITE_LANGUAGE_CATALOGUE
    register_language(THIRTEENTH)
    languages = [*settings.LANGUAGES, (THIRTEENTH.code, THIRTEENTH.english_name)]
    try:
        with language_settings(languages):
            builder = DemoBuilder()
            locale = builder.ensure_locales()[THIRTEENTH.code]
            synchronize_tree(Locale.get_default(), locale)
            # Translated as a translator would; its other texts keep the English words.
            english_home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
            builder.translate(english_home, THIRTEENTH.code, {english_home.title: "Strona główna"})
            yield [code for code, _name in languages]
    finally:
        unregister_language(THIRTEENTH.code)


@pytest.fixture
def english_and_french_only():
    """The site as SITE_LANGUAGES=en,fr runs it: two languages, and only their pages."""
    kept = ["en", "fr"]
    for home in HomePage.objects.exclude(locale__language_code__in=kept):
        Page.objects.get(pk=home.pk).delete()
    for model in apps.get_models():
        if issubclass(model, TranslatableMixin) and not issubclass(model, Page):
            model.objects.exclude(locale__language_code__in=kept).delete()
    Locale.objects.exclude(language_code__in=kept).delete()
    with language_settings([(code, SITE_LANGUAGE_CATALOGUE[code]) for code in kept]):
        yield kept


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def assert_the_site_runs_in(client, codes):
    for code in codes:
        home = HomePage.objects.get(locale__language_code=code)
        html = html_of(client, f"/{code}/")
        assert html.html["lang"] == code
        assert html.find("h1").get_text(strip=True) == home.title
        assert html.select_one("a.skip-link")["href"] == "#main"

        # The switcher offers every language, each named in its own language.
        switcher = html.select("nav.language-switcher a[hreflang]")
        assert [link["hreflang"] for link in switcher] == codes
        assert all(link.get_text(strip=True) for link in switcher)

        # Search engines learn of every language's version of the page.
        hreflangs = [link["hreflang"] for link in html.select('link[rel="alternate"][hreflang]')]
        assert set(hreflangs) == {*codes, "x-default"}

        # A listing: the language's news, posts shown even before they are translated.
        news = NewsIndexPage.objects.get(locale__language_code=code)
        listing = html_of(client, news.url)
        assert listing.html["lang"] == code
        assert listing.select("article"), news.url

    sitemap = client.get("/sitemap.xml").content.decode()
    languages_in_sitemap = set(re.findall(r"<loc>http://testserver/([a-z]+)/", sitemap))
    assert languages_in_sitemap == set(codes)


def test_a_thirteenth_language_runs_through_the_whole_site(client, thirteen_languages):
    assert len(thirteen_languages) == len(SITE_LANGUAGE_CATALOGUE) == 13
    assert_the_site_runs_in(client, thirteen_languages)
    polish = html_of(client, "/en/").select_one('nav.language-switcher a[hreflang="pl"]')
    assert polish.get_text(strip=True) == "Polski"


def test_the_site_runs_with_two_languages(client, english_and_french_only):
    assert_the_site_runs_in(client, english_and_french_only)
    # A language the site does not run is no language prefix: the address is taken for
    # an English page's.
    assert client.get("/de/")["Location"] == "/en/de/"


def test_a_registered_language_is_forgotten_again():
    register_language(THIRTEENTH)
    unregister_language(THIRTEENTH.code)
    assert THIRTEENTH.code not in SITE_LANGUAGE_CATALOGUE
