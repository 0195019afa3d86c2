"""The Romani pages of the demo speak with one voice.

The site's name, "Alliance" and "news" are written one way throughout Romani, in the
standardized international spelling the demo texts use (catalogs, demo texts and the
brochure alike), and the menu holds no English entry: every page it names (About the
Alliance included) has its Romani translation, and so has the "Join the Alliance" form.
"""

import re

import pytest
from bs4 import BeautifulSoup

from demo import brochure
from tests.localization.conftest import page_in

pytestmark = pytest.mark.django_db

SITE_NAME = "Europaqi Aliansa e Forurenqi thaj e Regionenqi vaš e Rromenqi Inkluzia"
# Spellings that were mixed with the chosen ones on one page.
OTHER_SPELLINGS = re.compile(r"Alijans|Alianc|Evropak|Romengi|Rromengi|forengi|Nevipa|Foruya", re.IGNORECASE)

ROMANI_PAGES = ["home", "news", "kragujevac-becomes-the-122nd-participant", "events", "participants", "join", "about"]


def romani_page(client, english_slug):
    url = "/rom/" if english_slug == "home" else page_in("rom", english_slug).url
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def romani_text(html):
    """The page's words in Romani: all of them except those marked as another language."""
    for element in html.select("[lang]"):
        if not element.decomposed and element.name != "html" and element["lang"] != "rom":
            element.decompose()
    for element in html(["script", "style"]):
        element.decompose()
    return " ".join(html.get_text(" ", strip=True).split())


@pytest.mark.parametrize("english_slug", ROMANI_PAGES)
def test_every_romani_page_spells_the_name_one_way_and_has_no_english_menu_entry(client, english_slug):
    html = romani_page(client, english_slug)

    menu = [(link.get_text(strip=True), link.get("lang")) for link in html.select(".main-nav a")]
    assert menu, "the page has a menu"
    assert [entry for entry in menu if entry[1] is not None] == [], menu
    assert html.select_one(".site-header__name").get_text(strip=True) == SITE_NAME
    assert html.title.get_text().endswith(SITE_NAME)

    text = romani_text(html)
    assert OTHER_SPELLINGS.findall(text) == []
    # Wherever the name starts, it goes on as the whole name.
    assert text.count("Europaqi Aliansa") == text.count(SITE_NAME)


@pytest.mark.parametrize(("english_slug", "title"), [("join", "Av ande Aliansa"), ("about", "Pal e Aliansa")])
def test_join_and_about_are_translated_into_romani(client, english_slug, title):
    assert page_in("rom", english_slug).alias_of_id is None
    html = romani_page(client, english_slug)

    assert html.h1.get_text(strip=True) == title
    assert html.select_one(".translation-notice") is None


def test_the_romani_join_form_asks_in_romani(client):
    form = romani_page(client, "join").select_one("form")

    labels = [label.get_text(" ", strip=True) for label in form.select("label")]
    assert any(label.startswith("Anav e autoritetosko") for label in labels), labels
    assert form.select_one('[type="submit"]').get_text(strip=True) == "Bičhal o mangipe"


def test_the_romani_brochure_names_the_alliance_as_the_site_does():
    name, _subtitle, paragraphs = brochure.TEXTS["rom"]["pdf"]

    assert name == SITE_NAME
    assert OTHER_SPELLINGS.findall(" ".join([name, *paragraphs, *brochure.TEXTS["rom"]["brochure"]])) == []
