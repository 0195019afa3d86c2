"""Bulk actions: a section into every language in one step, every outdated translation in one step."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.urls import reverse
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import StringTranslation

from core.models import HomePage, StandardPage
from demo.builder import DemoBuilder
from localization import coverage
from tests.localization.conftest import page_in
from tests.localization.test_dashboard import statuses

pytestmark = pytest.mark.django_db

TRANSLATE = reverse("translation:translate")
UPDATE = reverse("translation:update_outdated")


@pytest.fixture
def english_section():
    """A new English section: a page, two children and a grandchild."""
    builder = DemoBuilder()
    home = HomePage.objects.get(locale__language_code="en")
    section = builder.child_page(home, StandardPage(title="Projects", slug="projects", introduction="Our projects."))
    first = builder.child_page(section, StandardPage(title="Housing", slug="housing", introduction="Homes."))
    builder.child_page(section, StandardPage(title="Schools", slug="schools", introduction="Education."))
    builder.child_page(first, StandardPage(title="San Siro", slug="san-siro", introduction="A district."))
    return section


def test_a_section_is_translated_into_every_language_in_one_step(superuser_client, english_section):
    targets = Locale.objects.exclude(language_code=settings.LANGUAGE_CODE)
    section_pages = Page.objects.filter(path__startswith=english_section.path)
    assert section_pages.count() == 4

    response = superuser_client.post(
        TRANSLATE, {"page": english_section.pk, "include_subtree": "on", "locales": [locale.pk for locale in targets]}
    )

    assert response.status_code == 302
    for page in section_pages:
        translations = Page.objects.filter(translation_key=page.translation_key, alias_of__isnull=True).exclude(
            pk=page.pk
        )
        assert sorted(translations.values_list("locale__language_code", flat=True)) == sorted(
            locale.language_code for locale in targets
        )
    # Each translation sits in its own language's tree, below the translated parent.
    district_in_czech = page_in("cs", "san-siro")
    assert district_in_czech.get_parent().specific == page_in("cs", "housing")
    assert district_in_czech.get_parent().get_parent().specific == page_in("cs", "projects")
    found = statuses()
    assert {found["san-siro", code] for code in targets.values_list("language_code", flat=True)} == {
        coverage.IN_PROGRESS
    }


def test_already_translated_languages_are_left_alone(superuser_client):
    french = page_in("fr", "about")
    revision = french.latest_revision_id

    superuser_client.post(TRANSLATE, {"page": page_in("en", "about").pk, "locales": [french.locale_id]})

    french.refresh_from_db()
    assert french.latest_revision_id == revision


def test_a_translator_may_choose_their_own_language_only(translator_client, english_section):
    response = translator_client.get(TRANSLATE, {"page": english_section.pk})
    offered = BeautifulSoup(response.content, "html.parser").select("input[name=locales]")
    assert [int(choice["value"]) for choice in offered] == [Locale.objects.get(language_code="fr").pk]

    german = Locale.objects.get(language_code="de")
    response = translator_client.post(TRANSLATE, {"page": english_section.pk, "locales": [german.pk]})

    assert response.status_code == 200  # the form again, with an error
    assert not Page.objects.filter(translation_key=english_section.translation_key, locale=german).exists()


def test_machine_translation_while_translating(superuser_client):
    italian = Locale.objects.get(language_code="it")
    english = page_in("en", "join")

    superuser_client.post(TRANSLATE, {"page": english.pk, "locales": [italian.pk], "machine_translate": "on"})

    filled = StringTranslation.objects.filter(context__object_id=english.translation_key, locale=italian)
    assert filled.get(context__path="title").data == "[it · machine stand-in] Join the Alliance"
    assert page_in("it", "join").get_latest_revision_as_object().title == "[it · machine stand-in] Join the Alliance"


def test_every_outdated_translation_of_a_language_is_updated_in_one_step(client, approver_client):
    for slug in ["about", "join", "cooperate"]:
        english = page_in("en", slug)
        english.save_revision().publish()
    assert {statuses()[slug, "fr"] for slug in ["about", "join", "cooperate"]} == {coverage.OUTDATED}

    response = approver_client.post(UPDATE, {"locale": Locale.objects.get(language_code="fr").pk, "publish": "on"})

    assert response.status_code == 302
    found = statuses()
    assert {found[slug, "fr"] for slug in ["about", "join", "cooperate"]} == {coverage.UP_TO_DATE}
    assert found["about", "de"] == coverage.OUTDATED  # other languages are not touched


def test_a_translator_updates_outdated_translations_as_drafts_for_approval(translator_client):
    english = page_in("en", "about")
    english.introduction = "A new introduction."
    english.save_revision().publish()
    french = page_in("fr", "about")
    live_introduction = french.introduction

    translator_client.post(UPDATE, {"locale": french.locale_id, "submit_for_approval": "on"})

    french.refresh_from_db()
    assert french.introduction == live_introduction
    assert french.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert french.get_latest_revision_as_object().introduction == "A new introduction."  # awaiting its French words
    assert statuses()["about", "fr"] == coverage.IN_PROGRESS


def test_updating_one_page_from_its_dashboard_cell(superuser_client):
    for slug in ["about", "join"]:
        page_in("en", slug).save_revision().publish()

    response = superuser_client.get(UPDATE, {"page": page_in("en", "about").pk, "locale": "fr"})
    assert "About the Alliance" in response.content.decode()
    superuser_client.post(
        f"{UPDATE}?page={page_in('en', 'about').pk}",
        {"locale": Locale.objects.get(language_code="fr").pk, "publish": "on", "page": page_in("en", "about").pk},
    )

    found = statuses()
    assert found["about", "fr"] == coverage.UP_TO_DATE
    assert found["join", "fr"] == coverage.OUTDATED
