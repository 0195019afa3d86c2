"""A standard page with pages below it lists them: Resources lists the brochure.

Each page below is listed in the visitor's language (title, introduction, and for a
publication the languages its file is available in); pages that are not live or not
public are left out, and a page not translated yet is listed in its source language,
marked so, as in every listing (core.listings).
"""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from wagtail.models import Page, PageViewRestriction

from core.models import PublicationPage, StandardPage

pytestmark = pytest.mark.django_db


def english_resources():
    return StandardPage.objects.get(slug="resources", locale__language_code="en")


def in_language(page, language_code):
    return Page.objects.get(translation_key=page.translation_key, locale__language_code=language_code).specific


def listed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    section = html.select_one(".child-pages")
    if section is None:
        return []
    return [
        {
            "title": item.select_one(".child-pages__title a").get_text(strip=True),
            "href": item.select_one(".child-pages__title a")["href"],
            "lang": item.select_one(".child-pages__title a").get("lang"),
            "note": note.get_text(strip=True) if (note := item.select_one(".language-note")) else "",
            "summary": summary.get_text(strip=True) if (summary := item.select_one(".child-pages__summary")) else "",
            "languages": [
                (language["lang"], language.get_text(strip=True))
                for language in item.select(".child-pages__language-list li")
            ],
        }
        for item in section.select(".child-pages__item")
    ]


@pytest.mark.parametrize("language_code", ["en", "fr", "rom"])
def test_resources_lists_the_brochure_with_the_languages_of_its_file(client, language_code):
    resources = in_language(english_resources(), language_code)
    brochure = PublicationPage.objects.get(
        translation_key=PublicationPage.objects.get(
            slug="information-brochure", locale__language_code="en"
        ).translation_key,
        locale__language_code=language_code,
    )

    (item,) = listed(client, resources.url)

    assert item["title"] == brochure.title
    assert item["href"] == brochure.url
    assert item["lang"] is None
    assert item["note"] == ""
    assert item["summary"] == brochure.introduction
    # One file per language, each named in its own language; the visitor's first.
    assert len(item["languages"]) == len(settings.LANGUAGES)
    assert item["languages"][0][0] == language_code
    assert {code for code, _name in item["languages"]} >= {"en", "fr", "rom"}


def test_only_live_public_pages_are_listed_and_untranslated_ones_are_marked(client, locales):
    resources = english_resources()
    draft = StandardPage(title="A draft report", slug="a-draft-report", live=False)
    resources.add_child(instance=draft)
    private = StandardPage(title="A private report", slug="a-private-report")
    resources.add_child(instance=private)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    declaration = StandardPage(
        title="Declaration against anti-Gypsyism", slug="declaration", introduction="The declaration and its texts."
    )
    resources.add_child(instance=declaration)
    declaration.save_revision().publish()
    french_resources = in_language(resources, "fr")
    alias = declaration.create_alias(
        recursive=False, parent=french_resources, update_locale=locales["fr"], update_slug="declaration"
    )

    items = listed(client, french_resources.url)

    titles = [item["title"] for item in items]
    assert "A draft report" not in titles
    assert "A private report" not in titles
    (marked,) = [item for item in items if item["title"] == declaration.title]
    assert marked == {
        "title": declaration.title,
        "href": alias.url,
        "lang": "en",
        "note": "(anglais)",
        "summary": "The declaration and its texts.",
        "languages": [],
    }


def test_a_page_without_pages_below_lists_nothing(client):
    about = StandardPage.objects.get(slug="about", locale__language_code="en")

    assert listed(client, about.url) == []
