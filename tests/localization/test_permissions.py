"""Translators work in their own language only: French pages and snippets, not German or English."""

from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import GroupPagePermission, Workflow, WorkflowPage
from wagtail_localize.models import StringSegment, Translation

from core.models import FooterText, HomePage
from localization.workflows import approvers_group_name, translators_group_name, workflow_name
from tests.localization.conftest import page_in

pytestmark = pytest.mark.django_db

TARGET_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def edit_url(instance):
    if isinstance(instance, FooterText):
        return reverse("wagtailsnippets_core_footertext:edit", args=[instance.pk])
    return reverse("wagtailadmin_pages:edit", args=[instance.pk])


def translation_of(instance):
    return Translation.objects.get(source__object_id=instance.translation_key, target_locale_id=instance.locale_id)


def put_string(client, translation, value="Nouveau texte"):
    segment = StringSegment.objects.filter(source=translation.source).exclude(context__path="slug").first()
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    return client.put(url, data=urlencode({"value": value}), content_type="application/x-www-form-urlencoded")


def refused(response):
    """Wagtail refuses page editors with a redirect and a message; other views with 403."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"].startswith(reverse("wagtailadmin_home"))
    )


def test_every_target_language_has_its_teams_and_workflow():
    for code in TARGET_LANGUAGES:
        home = HomePage.objects.get(locale__language_code=code)
        translators = Group.objects.get(name=translators_group_name(code))
        approvers = Group.objects.get(name=approvers_group_name(code))
        assert set(
            GroupPagePermission.objects.filter(group=translators).values_list("page_id", "permission__codename")
        ) == {(home.pk, "change_page")}
        assert "publish_page" in GroupPagePermission.objects.filter(group=approvers, page=home).values_list(
            "permission__codename", flat=True
        )
        workflow = WorkflowPage.objects.get(page=home).workflow
        assert workflow.name == workflow_name(code)
        assert list(workflow.tasks.specific()[0].groups.all()) == [approvers]
    # The source language keeps Wagtail's own editors and moderators.
    assert not Group.objects.filter(name=translators_group_name(settings.LANGUAGE_CODE)).exists()


def test_setting_up_again_changes_nothing():
    counts = (Group.objects.count(), Workflow.objects.count(), GroupPagePermission.objects.count())

    call_command("setup_translation_workflow", verbosity=0)

    assert (Group.objects.count(), Workflow.objects.count(), GroupPagePermission.objects.count()) == counts


def test_french_translator_opens_french_pages_in_the_translation_editor(translator_client):
    french_about = page_in("fr", "about")

    response = translator_client.get(edit_url(french_about))

    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in response.templates]


@pytest.mark.parametrize("language", ["de", "en"])
def test_french_translator_is_refused_other_languages_pages(translator_client, language):
    page = page_in(language, "about")

    assert refused(translator_client.get(edit_url(page)))
    assert refused(translator_client.post(edit_url(page), {"title": "Pirate"}))


def test_french_translator_edits_french_strings_but_not_german_ones(translator_client):
    french, german = page_in("fr", "about"), page_in("de", "about")

    assert put_string(translator_client, translation_of(french)).status_code in (200, 201)
    assert put_string(translator_client, translation_of(german)).status_code == 403


def test_french_translator_cannot_publish_even_through_the_translation_editor(translator_client):
    french = page_in("fr", "about")
    before = french.live_revision_id

    response = translator_client.post(edit_url(french), {"action": "publish"})

    assert refused(response)
    french.refresh_from_db()
    assert french.live_revision_id == before


@pytest.mark.parametrize("language", ["de", "en"])
def test_french_translator_is_refused_other_languages_snippets(translator_client, footer_texts, language):
    footer = footer_texts[language]

    assert refused(translator_client.get(edit_url(footer)))
    assert refused(translator_client.post(edit_url(footer), {"heading": "Pirate", "body": "{}"}))
    delete_url = reverse("wagtailsnippets_core_footertext:delete", args=[footer.pk])
    assert refused(translator_client.post(delete_url))
    assert FooterText.objects.filter(pk=footer.pk).exists()
    footer.refresh_from_db()
    assert footer.heading != "Pirate"


def test_french_translator_edits_the_french_footer_text_in_the_translation_editor(translator_client, footer_texts):
    response = translator_client.get(edit_url(footer_texts["fr"]))

    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in response.templates]


@pytest.mark.parametrize(
    "view", ["edit_string_translation", "download_pofile", "machine_translate", "preview_translation"]
)
def test_wagtail_localize_refuses_german_snippet_translations_to_a_french_translator(
    translator_client, footer_texts, view
):
    german = translation_of(footer_texts["de"])
    if view == "edit_string_translation":
        response = put_string(translator_client, german)
    else:
        url = reverse(f"wagtail_localize:{view}", args=[german.pk])
        response = translator_client.post(url) if view == "machine_translate" else translator_client.get(url)

    assert response.status_code == 403


def test_the_same_snippet_views_answer_for_french(translator_client, footer_texts):
    french = translation_of(footer_texts["fr"])

    assert put_string(translator_client, french, "Équipe de l'Alliance").status_code in (200, 201)
    assert translator_client.get(reverse("wagtail_localize:download_pofile", args=[french.pk])).status_code == 200


def test_translators_may_not_submit_with_wagtail_localize_own_unguarded_views(translator_client, english_about):
    # wagtail-localize's own "Translate" and "Sync" screens offer every language; translators use
    # the project's translate action instead, which offers their languages only.
    url = reverse("wagtail_localize:submit_page_translation", args=[english_about.pk])
    assert refused(translator_client.get(url))


def test_approvers_publish_in_their_language_only(make_member):
    from localization.permissions import user_can_publish_in, user_locale_ids

    approver = make_member("approver-de", "de", role="approvers")
    german, french = HomePage.objects.get(locale__language_code="de"), HomePage.objects.get(locale__language_code="fr")

    assert user_locale_ids(approver) == {german.locale_id}
    assert user_can_publish_in(approver, german.locale_id)
    assert not user_can_publish_in(approver, french.locale_id)
