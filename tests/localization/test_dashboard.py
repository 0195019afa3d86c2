"""The coverage dashboard: each page against each language, with the action each cell needs."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Locale, Page

from core.models import HomePage, StandardPage
from localization import coverage
from localization.operations import update_outdated
from tests.localization.conftest import client_for, page_in

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("translation:dashboard")


def statuses(source_pages=None):
    """{(English slug, language code): status} for the demo site."""
    source = Locale.objects.get(language_code="en")
    locales = list(Locale.objects.exclude(pk=source.pk))
    codes = {locale.pk: locale.language_code for locale in locales}
    rows = coverage.CoverageReport(source, locales, source_pages or Page.objects.all()).compute()
    return {
        (Page.objects.get(pk=row.page["id"]).slug, codes[cell.locale_id]): cell.status
        for row in rows
        for cell in row.cells
    }


def english_pages():
    """The English pages the dashboard lists (every page but the root), in tree order."""
    return Page.objects.filter(locale__language_code="en", depth__gt=1).order_by("path")


def missing_in(language_code):
    """English pages that have no page of their own in that language (nothing, or an alias),
    in tree order: whichever apps made them."""
    own = Page.objects.filter(locale__language_code=language_code, alias_of__isnull=True).values("translation_key")
    return english_pages().exclude(translation_key__in=own)


def matrix_titles(html):
    return [row.th.get_text(strip=True) for row in html.select("table.translation-matrix tbody tr")]


def cell(html, slug_title, language_code):
    """The dashboard cell of the page titled `slug_title` in `language_code`."""
    table = html.select_one("table.translation-matrix")
    codes = [th.get_text(strip=True) for th in table.select("thead th")][1:]
    for row in table.select("tbody tr"):
        if row.th.get_text(strip=True) == slug_title:
            return row.select("td")[codes.index(language_code)]
    raise AssertionError(f"No row {slug_title!r}")


def test_demo_site_statuses():
    found = statuses()

    assert found["home", "fr"] == coverage.UP_TO_DATE
    assert found["about", "fr"] == coverage.UP_TO_DATE
    assert found["about", "de"] == coverage.UP_TO_DATE
    assert found["about", "it"] == coverage.MISSING  # an alias shows the English text there
    assert found["join", "de"] == coverage.MISSING
    assert found["information-brochure", "rom"] == coverage.UP_TO_DATE


def test_a_cell_is_outdated_after_the_source_changes_and_up_to_date_after_a_sync(superuser):
    english = StandardPage.objects.get(slug="about", locale__language_code="en")
    english.introduction = "What the Alliance is and does, in short."
    english.save_revision().publish()

    assert statuses()["about", "fr"] == coverage.OUTDATED
    assert statuses()["about", "de"] == coverage.OUTDATED

    french = Locale.objects.get(language_code="fr")
    update_outdated(french, Locale.objects.get(language_code="en"), superuser, publish=True)

    found = statuses()
    # The new introduction waits for its French words: the translation is up to date with the
    # source but its strings are in progress; German is still outdated.
    assert found["about", "fr"] == coverage.IN_PROGRESS
    assert found["about", "de"] == coverage.OUTDATED


def test_sync_of_a_fully_translated_change_is_up_to_date(superuser):
    english = StandardPage.objects.get(slug="about", locale__language_code="en")
    english.title = english.title  # republished without a change of text
    english.save_revision().publish()
    assert statuses()["about", "fr"] == coverage.OUTDATED

    update_outdated(
        Locale.objects.get(language_code="fr"), Locale.objects.get(language_code="en"), superuser, publish=True
    )

    assert statuses()["about", "fr"] == coverage.UP_TO_DATE


def test_drafts_and_missing_strings_are_in_progress(superuser):
    french = page_in("fr", "about")
    french.save_revision()  # a change waiting for publication
    assert statuses()["about", "fr"] == coverage.IN_PROGRESS


def test_dashboard_shows_statuses_and_totals(superuser_client):
    response = superuser_client.get(DASHBOARD)

    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    about_in_italian = cell(html, "About the Alliance", "it")
    assert "translation-cell--missing" in about_in_italian["class"]
    link = about_in_italian.a["href"]
    assert link.startswith(reverse("translation:translate"))
    assert f"page={StandardPage.objects.get(slug='about', locale__language_code='en').pk}" in link
    assert "locale=it" in link
    about_in_french = cell(html, "About the Alliance", "fr")
    assert "translation-cell--up_to_date" in about_in_french["class"]
    assert about_in_french.a["href"] == reverse("wagtailadmin_pages:edit", args=[page_in("fr", "about").pk])

    totals = {
        row.th.get_text(strip=True): [td.get_text(strip=True) for td in row.select("td")[:4]]
        for row in html.select("table.translation-totals tbody tr")
    }
    assert sum(int(count) for count in totals["French"]) == english_pages().count()
    # Italian: the demo translates home, resources and brochure, not about, join and
    # cooperate; other apps' pages count too, whatever they are.
    missing = missing_in("it")
    assert {"about", "join", "cooperate"} <= set(missing.values_list("slug", flat=True))
    assert not missing.filter(slug__in=["home", "resources", "information-brochure"]).exists()
    assert totals["Italian"][coverage.STATUSES.index(coverage.MISSING)] == str(missing.count())


def test_outdated_cell_links_to_the_update_action(superuser_client):
    english = StandardPage.objects.get(slug="about", locale__language_code="en")
    english.save_revision().publish()

    html = BeautifulSoup(superuser_client.get(DASHBOARD).content, "html.parser")

    link = cell(html, "About the Alliance", "de").a["href"]
    assert link.startswith(reverse("translation:update_outdated"))
    assert "locale=de" in link


def test_a_translator_gets_actions_in_their_language_only(translator_client):
    html = BeautifulSoup(translator_client.get(DASHBOARD).content, "html.parser")

    assert cell(html, "About the Alliance", "fr").a is not None
    assert cell(html, "About the Alliance", "it").a is None
    assert "translation-cell--missing" in cell(html, "About the Alliance", "it")["class"]


def test_filters_by_type_section_language_and_status(superuser_client):
    from django.contrib.contenttypes.models import ContentType

    from localization import views

    resources = StandardPage.objects.get(slug="resources", locale__language_code="en")
    publication_type = ContentType.objects.get(app_label="core", model="publicationpage")

    by_type = BeautifulSoup(superuser_client.get(DASHBOARD, {"type": publication_type.pk}).content, "html.parser")
    by_section = BeautifulSoup(superuser_client.get(DASHBOARD, {"section": resources.pk}).content, "html.parser")
    by_status = BeautifulSoup(
        superuser_client.get(DASHBOARD, {"language": "it", "status": "missing"}).content, "html.parser"
    )

    assert matrix_titles(by_type) == ["Information brochure"]
    assert matrix_titles(by_section) == ["Resources", "Information brochure"]
    missing = [page.draft_title for page in missing_in("it")]
    assert {"About the Alliance", "Join the Alliance", "Cooperate as an NGO"} <= set(missing)
    assert matrix_titles(by_status) == missing[: views.ROWS_PER_SCREEN]


def test_people_without_a_language_are_refused(db):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission

    user = get_user_model().objects.create_user("reader", password="x-long-password-1")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))

    response = client_for(user).get(DASHBOARD)

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


def test_the_rows_are_paginated(superuser_client, monkeypatch):
    from localization import views

    monkeypatch.setattr(views, "ROWS_PER_SCREEN", 2)

    first = BeautifulSoup(superuser_client.get(DASHBOARD).content, "html.parser")
    second = BeautifulSoup(superuser_client.get(DASHBOARD, {"p": 2}).content, "html.parser")

    # Tree order: the home page first, then the pages below it, whichever apps made them.
    titles = [page.draft_title for page in english_pages()[:4]]
    assert titles[0] == HomePage.objects.get(locale__language_code="en").title
    assert matrix_titles(first) == titles[:2]
    assert matrix_titles(second) == titles[2:4]
