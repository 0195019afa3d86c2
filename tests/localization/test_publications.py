"""The brochure: one PDF per language, every language version listed on every page."""

import re

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import resolve
from wagtail.documents.models import Document
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from core.models import HomePage, PublicationPage, StandardPage
from demo.pdf import simple_pdf
from tests.localization.conftest import page_in

LANGUAGES = [code for code, _name in settings.LANGUAGES]
# Wagtail's serving: site, locale, localized root (2), each step of the route with its
# specific page (4), the alias check of the ancestors and the privacy check (2); the
# downloads of every language (1); the frame: pages by language (1), its menu, feed links,
# footer text and site settings coming from the cache once a page has shown them.
PUBLICATION_PAGE_QUERIES = 12


def downloads(client, url):
    html = BeautifulSoup(client.get(url).content, "html.parser")
    return html, html.select(".publication__languages a")


@pytest.mark.django_db
def test_the_brochure_is_offered_in_every_language(client):
    html, links = downloads(client, "/en/resources/information-brochure/")

    assert html.select_one("#downloads-heading").get_text(strip=True) == f"Available in {len(LANGUAGES)} languages"
    assert [link["hreflang"] for link in links] == LANGUAGES
    assert all(link["lang"] == link["hreflang"] for link in links)
    assert all(link["type"] == "application/pdf" for link in links)
    assert len({link["href"] for link in links}) == len(LANGUAGES)
    sizes = [link.find_next_sibling("span").get_text(strip=True) for link in links]
    assert all(re.fullmatch(r"\(PDF, [\d.,]+\s(KB|bytes)\)", size) for size in sizes), sizes


@pytest.mark.django_db
def test_the_visitors_own_language_comes_first(client):
    html, links = downloads(client, page_in("hu", "information-brochure").url)

    assert links[0]["hreflang"] == "hu"
    primary = html.select_one(".publication__primary a")
    assert primary["href"] == links[0]["href"]
    assert primary["hreflang"] == "hu"
    assert [link["hreflang"] for link in links[1:]] == [code for code in LANGUAGES if code != "hu"]


@pytest.mark.django_db
def test_every_link_leads_to_that_languages_pdf(client):
    _html, links = downloads(client, "/fr/ressources/brochure-d-information/")

    for link in links:
        # The test settings keep files in memory, where Wagtail's document view cannot
        # stream them from disk: check what the link names instead.
        match = resolve(link["href"])
        assert match.url_name == "wagtaildocs_serve"
        document = Document.objects.get(pk=match.args[0])
        assert document.filename == match.args[1]
        with document.open_file() as file:
            body = file.read()
        assert body.startswith(b"%PDF-1.4")
        assert f"/Lang ({link['hreflang']})".encode() in body
        assert document.file_size == len(body)


@pytest.mark.django_db
def test_a_translation_keeping_the_english_file_adds_no_language(client):
    french = page_in("fr", "information-brochure")
    french.document = page_in("en", "information-brochure").document
    french.save_revision().publish()

    _html, links = downloads(client, "/en/resources/information-brochure/")

    assert "fr" not in [link["hreflang"] for link in links]
    assert len(links) == len(LANGUAGES) - 1


@pytest.mark.django_db
def test_publication_page_queries_do_not_grow_with_its_languages(client):
    def count(url):
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries), [query["sql"] for query in queries.captured_queries]

    with_twelve, statements = count("/de/materialien/informationsbroschuere/")
    assert with_twelve <= PUBLICATION_PAGE_QUERIES, "\n".join(statements)

    brochure = page_in("en", "information-brochure")
    for page in Page.objects.filter(translation_key=brochure.translation_key).exclude(
        locale__language_code__in=["en", "de"]
    ):
        page.delete()
    with_two, statements = count("/de/materialien/informationsbroschuere/")

    assert with_two == with_twelve, "\n".join(statements)


def test_the_generated_pdf_is_well_formed():
    data = simple_pdf("Европейски алианс – été", ["Informationsbroschüre (2014)", "Line " * 60], "bg")

    assert data.startswith(b"%PDF-1.4\n")
    assert data.rstrip().endswith(b"%%EOF")
    startxref = int(re.search(rb"startxref\n(\d+)\n", data).group(1))
    assert data[startxref:].startswith(b"xref\n")
    offsets = [int(offset) for offset in re.findall(rb"(\d{10}) 00000 n ", data)]
    for number, offset in enumerate(offsets, start=1):
        assert data[offset:].startswith(f"{number} 0 obj".encode())
    stream_length = int(re.search(rb"/Length (\d+)", data).group(1))
    stream = data.split(b"stream\n", 1)[1].split(b"\nendstream", 1)[0]
    assert len(stream) == stream_length
    assert b"(Evropeyski alians \x96 \xe9t\xe9) Tj" in stream  # transliterated where WinAnsi cannot


class PublicationPageRulesTests(WagtailPageTestCase):
    def test_publications_go_below_home_and_standard_pages_and_hold_nothing(self):
        self.assertAllowedParentPageTypes(PublicationPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(PublicationPage, set())

    def test_publication_page_renders(self):
        self.assertPageIsRenderable(PublicationPage.objects.get(locale__language_code="en"))
