"""Translations start from the source's current published content, and the dashboard's
"up to date" means a translation was written from that content."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from core.models import HomePage, StandardPage
from localization import coverage
from localization.operations import machine_fill, publish_translation, update_outdated
from news.models import NewsIndexPage, NewsPage
from tests.localization.test_dashboard import cell

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("translation:dashboard")


def english_post(title, teaser, slug):
    index = NewsIndexPage.objects.live().get(locale__language_code="en")
    post = NewsPage(title=title, slug=slug, teaser=teaser, date=datetime.date(2026, 11, 30))
    index.add_child(instance=post)
    post.save_revision().publish()
    return NewsPage.objects.get(pk=post.pk)


def submit_through_wagtail_localize(client, page, language_code):
    """'Translate this page' in wagtail-localize's menu, into one language."""
    locale = Locale.objects.get(language_code=language_code)
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [locale.pk]}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=locale)


def translation_in(page, language_code):
    return NewsPage.objects.get(translation_key=page.translation_key, locale__language_code=language_code)


def status_of(page, language_code):
    source = Locale.objects.get(language_code="en")
    locale = Locale.objects.get(language_code=language_code)
    (row,) = coverage.CoverageReport(source, [locale], Page.objects.filter(pk=page.pk)).compute()
    return row.cells[0].status


def source_texts(translation):
    return set(StringSegment.objects.filter(source=translation.source).values_list("string__data", flat=True))


def test_a_language_translated_after_an_edit_starts_from_the_published_text(superuser_client, superuser):
    post = english_post("Mediators meet in Cluj", "The first teaser.", slug="mediators-meet-in-cluj")
    french = submit_through_wagtail_localize(superuser_client, post, "fr")
    publish_translation(french, superuser)

    post.teaser = "The teaser as edited and published."
    post.save_revision().publish()
    german = submit_through_wagtail_localize(superuser_client, post, "de")

    # The translation editor offers the published teaser, and the German draft holds it.
    assert "The teaser as edited and published." in source_texts(german)
    assert "The first teaser." not in source_texts(german)
    assert translation_in(post, "de").get_latest_revision_as_object().teaser == "The teaser as edited and published."

    machine_fill(german, superuser)
    publish_translation(german, superuser)

    live_german = translation_in(post, "de")
    assert live_german.live
    assert live_german.teaser == "[de · machine stand-in] The teaser as edited and published."
    assert status_of(post, "de") == coverage.UP_TO_DATE
    # French was written before the edit.
    assert status_of(post, "fr") == coverage.OUTDATED

    news_index = NewsIndexPage.objects.live().get(locale__language_code="en")
    html = BeautifulSoup(superuser_client.get(DASHBOARD, {"section": news_index.pk}).content, "html.parser")
    assert cell(html, "Mediators meet in Cluj", "de").get_text(" ", strip=True) == "German: Up to date – Edit"
    assert cell(html, "Mediators meet in Cluj", "fr").get_text(" ", strip=True) == "French: Outdated – Update"


def test_a_translation_started_after_a_change_without_publication_reads_the_source_again(superuser_client):
    post = english_post("Housing fund opens", "The first teaser.", slug="housing-fund-opens")
    submit_through_wagtail_localize(superuser_client, post, "fr")
    # Changed in the database without a publication (a script, or a model without drafts).
    NewsPage.objects.filter(pk=post.pk).update(teaser="The teaser changed by a script.")

    german = submit_through_wagtail_localize(superuser_client, post, "de")

    assert "The teaser changed by a script." in source_texts(german)
    assert translation_in(post, "de").get_latest_revision_as_object().teaser == "The teaser changed by a script."


def test_a_translation_written_from_an_old_copy_of_the_source_is_outdated(superuser):
    post = english_post("School mediators trained", "The first teaser.", slug="school-mediators-trained")
    source, _created = TranslationSource.get_or_create_from_instance(post)
    # Published again after wagtail-localize read it, without this site's signals (data
    # made before they existed, or a script), then translated from the old copy.
    NewsPage.objects.filter(pk=post.pk).update(teaser="The new teaser.", last_published_at=timezone.now())
    german_locale = Locale.objects.get(language_code="de")
    (german,) = Translation.objects.bulk_create([Translation(source=source, target_locale=german_locale)])
    machine_fill(german, superuser)
    source.create_or_update_translation(german_locale, publish=False, fallback=True, copy_parent_pages=True)
    translation_in(post, "de").get_latest_revision().publish()
    assert translation_in(post, "de").teaser == "[de · machine stand-in] The first teaser."

    assert status_of(post, "de") == coverage.OUTDATED

    update_outdated(german_locale, Locale.objects.get(language_code="en"), superuser, machine=True, publish=True)

    assert translation_in(post, "de").teaser == "[de · machine stand-in] The new teaser."
    assert status_of(post, "de") == coverage.UP_TO_DATE


def test_a_source_never_published_is_not_missing_in_every_language(superuser_client):
    home = HomePage.objects.get(locale__language_code="en")
    draft = home.add_child(
        instance=StandardPage(title="Plan in the making", slug="plan-in-the-making", live=False, introduction="Soon.")
    )
    draft.save_revision()

    source = Locale.objects.get(language_code="en")
    locales = list(Locale.objects.exclude(pk=source.pk))
    (row,) = coverage.CoverageReport(source, locales, Page.objects.filter(pk=draft.pk)).compute()
    assert {cell.status for cell in row.cells} == {coverage.NOT_PUBLISHED}

    response = superuser_client.get(DASHBOARD, {"status": coverage.NOT_PUBLISHED, "language": "de"})
    html = BeautifulSoup(response.content, "html.parser")
    german = cell(html, "Plan in the making", "de")
    assert "translation-cell--not_published" in german["class"]
    assert german.get_text(" ", strip=True) == "German: Source not published"
    assert german.a is None  # nothing to translate until it is published
    totals = {
        row.th.get_text(strip=True): [td.get_text(strip=True) for td in row.select("td")[: len(coverage.STATUSES)]]
        for row in html.select("table.translation-totals tbody tr")
    }
    german_missing = int(totals["German"][coverage.STATUSES.index(coverage.MISSING)])
    own = Page.objects.filter(locale__language_code="de", alias_of__isnull=True).values("translation_key")
    live_english_without_german = (
        Page.objects.filter(locale__language_code="en", depth__gt=1, live=True).exclude(translation_key__in=own).count()
    )
    assert german_missing == live_english_without_german
    assert int(totals["German"][coverage.STATUSES.index(coverage.NOT_PUBLISHED)]) >= 1
