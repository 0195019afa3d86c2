"""The site frame in every language: lang, switcher, alternates, redirects, contact."""

import base64
import re

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.utils import translation
from wagtail.models import Page

from alliance.languages import SITE_LANGUAGE_CATALOGUE
from core.templatetags.site_frame import encode_email

pytestmark = pytest.mark.django_db

ALL_LANGUAGES = [code for code, _name in settings.LANGUAGES]


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def test_the_site_runs_in_every_known_language_with_english_as_source():
    # SITE_LANGUAGES is not set for the tests: every language of alliance/languages.py.
    assert settings.LANGUAGE_CODE == "en"
    assert list(SITE_LANGUAGE_CATALOGUE) == ALL_LANGUAGES
    assert ALL_LANGUAGES[0] == "en"


@pytest.mark.parametrize("language", ALL_LANGUAGES)
def test_home_page_renders_in_its_language(client, home_pages, language):
    response = client.get(f"/{language}/")

    assert response.status_code == 200
    html = soup_of(response)
    assert html.html["lang"] == language
    assert html.find("h1").get_text(strip=True) == home_pages[language].title
    # The frame's own words come from that language's catalog.
    with translation.override(language):
        skip_text = translation.gettext("Skip to main content")
    assert html.select_one("a.skip-link").get_text(strip=True) == skip_text
    assert html.select_one("a.skip-link")["href"] == "#main"
    assert html.find("main", id="main") is not None
    assert html.select_one("nav.language-switcher")["aria-label"]


def test_frame_strings_are_really_translated(client):
    french = soup_of(client.get("/fr/"))
    romani = soup_of(client.get("/rom/"))
    english = soup_of(client.get("/en/"))

    english_skip = english.select_one("a.skip-link").get_text(strip=True)
    assert french.select_one("a.skip-link").get_text(strip=True) != english_skip
    assert romani.select_one("a.skip-link").get_text(strip=True) != english_skip


def test_language_switcher_links_every_language_to_the_same_page(client):
    html = soup_of(client.get("/de/ueber-uns/"))
    links = {a["lang"]: a for a in html.select("nav.language-switcher a")}

    assert set(links) == set(ALL_LANGUAGES)
    assert links["en"]["href"] == "/en/about/"
    assert links["fr"]["href"] == "/fr/a-propos/"
    assert links["de"]["href"] == "/de/ueber-uns/"
    assert links["de"]["aria-current"] == "true"
    for link in links.values():
        assert link["hreflang"] == link["lang"]


def test_language_switcher_says_so_when_a_language_shows_the_source_text(client):
    html = soup_of(client.get("/fr/a-propos/"))
    links = {a["lang"]: a for a in html.select("nav.language-switcher a")}

    # The about page is not translated into Italian: the Italian tree holds an alias that
    # shows the English text (with a notice); the link says so, in Italian.
    assert links["it"]["href"] == "/it/about/"
    note = links["it"].select_one(".language-switcher__note").get_text(strip=True)
    with translation.override("it"):
        expected = translation.gettext("not translated yet: shown in the original language")
    assert expected in note
    assert expected != "not translated yet: shown in the original language"
    # Translated languages carry no such note.
    assert links["de"].select_one(".language-switcher__note") is None


def test_language_switcher_goes_to_the_home_page_and_says_so_when_a_language_has_no_page(client):
    Page.objects.get(slug="about", locale__language_code="it").delete()

    html = soup_of(client.get("/fr/a-propos/"))
    links = {a["lang"]: a for a in html.select("nav.language-switcher a")}

    assert links["it"]["href"] == "/it/"
    note = links["it"].select_one(".language-switcher__note").get_text(strip=True)
    with translation.override("it"):
        expected = translation.gettext("not translated yet: opens the home page")
    assert expected in note
    assert expected != "not translated yet: opens the home page"


def test_hreflang_alternates_and_canonical_name_only_real_translations(client):
    html = soup_of(client.get("/fr/a-propos/"))

    alternates = {link["hreflang"]: link["href"] for link in html.select('link[rel="alternate"][hreflang]')}
    assert alternates == {
        "en": "http://testserver/en/about/",
        "fr": "http://testserver/fr/a-propos/",
        "de": "http://testserver/de/ueber-uns/",
        "rom": "http://testserver/rom/pal-e-aliansa/",
        "x-default": "http://testserver/en/about/",
    }
    assert html.select_one('link[rel="canonical"]')["href"] == "http://testserver/fr/a-propos/"


def test_home_page_alternates_cover_all_twelve_languages(client):
    html = soup_of(client.get("/en/"))

    hreflangs = [link["hreflang"] for link in html.select('link[rel="alternate"][hreflang]')]
    assert hreflangs == [*ALL_LANGUAGES, "x-default"]


def test_slugs_are_translated(client):
    assert client.get("/fr/a-propos/").status_code == 200
    assert client.get("/de/ueber-uns/").status_code == 200
    # The English slug in the French tree leads to the French address (Wagtail keeps a
    # redirect when a translation's slug changes), never to a second copy.
    response = client.get("/fr/about/")
    assert response.status_code == 301
    assert response["Location"] == "/fr/a-propos/"


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("fr-CH, fr;q=0.9, en;q=0.8", "/fr/"),
        ("de-AT", "/de/"),
        ("rom", "/rom/"),
        ("sr", "/sr/"),
        ("ja, zh;q=0.8", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_sends_the_visitor_to_their_best_language(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)

    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


def test_main_navigation_is_built_from_the_page_tree(client):
    html = soup_of(client.get("/fr/a-propos/"))

    nav = html.select_one("nav.main-nav")
    assert nav["aria-label"]
    entries = {a.get_text(strip=True): a for a in nav.select("a")}
    assert entries["À propos de l'Alliance"]["href"] == "/fr/a-propos/"
    assert entries["À propos de l'Alliance"]["aria-current"] == "page"


def test_footer_shows_social_links_and_translated_taskforce_text(client):
    html = soup_of(client.get("/fr/"))
    footer = html.select_one("footer.site-footer")

    assert footer.find("h2", id="footer-contact-heading").get_text(strip=True) == "Groupe de travail de l'Alliance"
    hrefs = [a["href"] for a in footer.select("a")]
    assert "https://www.facebook.com/" in hrefs
    assert "https://x.com/" in hrefs


def test_contact_address_is_not_in_the_html_in_any_harvestable_form(client):
    html = client.get("/en/").content.decode()

    assert "alliance@coe.int" not in html
    assert "mailto:" not in html
    for encoded_at_sign in ["&#64;", "&#x40;", "%40", "&commat;"]:
        assert encoded_at_sign not in html.lower()
    # No "user@domain" shape at all, whatever the address.
    assert not re.search(r"[\w.+-]+@[\w-]+\.[\w.-]+", html)


def test_contact_address_can_still_be_read_and_decoded(client):
    html = soup_of(client.get("/fr/"))
    protected = html.select_one("footer [data-protected-email]")

    # A person reads the words, with "@" and "." drawn by CSS and spoken words for
    # screen readers ("arobase" in French).
    words = [span.get_text() for span in protected.find_all("span", recursive=False)]
    assert words[0] == "alliance"
    assert protected.select_one(".protected-email__at")["aria-hidden"] == "true"
    spoken = protected.select_one(".visually-hidden").get_text(strip=True)
    with translation.override("fr"):
        assert spoken == translation.pgettext("e-mail address", "at")
    # site.js turns the encoded attribute back into the address.
    encoded = protected["data-protected-email"]
    assert base64.b64decode(encoded).decode()[::-1] == "alliance@coe.int"
    assert encoded == encode_email("alliance@coe.int")


def test_page_not_found_is_localised(client):
    response = client.get("/fr/cette-page-nexiste-pas/")

    assert response.status_code == 404
    html = soup_of(response)
    assert html.html["lang"] == "fr"
    with translation.override("fr"):
        assert html.find("h1").get_text(strip=True) == translation.gettext("Page not found")
    assert html.find("h1").get_text(strip=True) != "Page not found"
    # The frame still works on the error page: the way home is in French.
    assert html.select_one("a.site-header__brand")["href"] == "/fr/"


def test_server_error_page_renders_in_the_language_without_the_database(rf, django_db_blocker):
    from alliance.views import server_error

    request = rf.get("/de/irgendwo/")
    with django_db_blocker.block(), translation.override("de"):
        response = server_error(request)

    assert response.status_code == 500
    html = BeautifulSoup(response.content, "html.parser")
    assert html.html["lang"] == "de"
    with translation.override("de"):
        assert html.find("h1").get_text(strip=True) == translation.gettext("Server error")
    assert html.find("h1").get_text(strip=True) != "Server error"


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


def test_calls_to_action_link_to_the_pages_in_the_visitors_language(client):
    french = soup_of(client.get("/fr/"))
    italian = soup_of(client.get("/it/"))

    assert [a["href"] for a in french.select(".call-to-action a")] == ["/fr/adherer/", "/fr/cooperer/"]
    # Not translated into Italian yet: the Italian addresses that show the English pages
    # (with a notice), rather than a broken link.
    assert [a["href"] for a in italian.select(".call-to-action a")] == ["/it/join/", "/it/cooperate/"]


def test_sitemap_lists_pages_of_every_language(client):
    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    body = response.content.decode()
    for address in ["http://testserver/en/about/", "http://testserver/fr/a-propos/", "http://testserver/rom/"]:
        assert f"<loc>{address}</loc>" in body
