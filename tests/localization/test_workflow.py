"""A translator's work goes live only when an approver of the language approves it."""

from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail_localize.models import StringSegment, Translation

from core.models import FooterText, SourceContentPage
from tests.localization.conftest import client_for, page_in

pytestmark = pytest.mark.django_db


def translation_of(instance):
    return Translation.objects.get(source__object_id=instance.translation_key, target_locale_id=instance.locale_id)


def translate_string(client, translation, path, value):
    segment = StringSegment.objects.get(source=translation.source, context__path=path)
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    response = client.put(url, data=urlencode({"value": value}), content_type="application/x-www-form-urlencoded")
    assert response.status_code in (200, 201), response.content


def submit(client, translation):
    return client.post(reverse("translation:submit_for_approval", args=[translation.pk]))


def workflow_action(client, instance, action):
    state = instance.current_workflow_state
    if hasattr(instance, "path"):
        url = reverse("wagtailadmin_pages:workflow_action", args=[instance.pk, action, state.current_task_state.pk])
    else:
        url = reverse(
            "wagtailsnippets_core_footertext:workflow_action", args=[instance.pk, action, state.current_task_state.pk]
        )
    return client.post(url, {"comment": ""})


def public_text(client, url, selector):
    return BeautifulSoup(client.get(url).content, "html.parser").select_one(selector).get_text(strip=True)


def test_a_translation_submitted_for_approval_does_not_go_live(client, translator_client, approver_client):
    french = page_in("fr", "about")
    old_introduction = french.introduction
    translate_string(translator_client, translation_of(french), "introduction", "Une introduction revue.")

    response = submit(translator_client, translation_of(french))

    assert response.status_code == 302
    french.refresh_from_db()
    assert french.introduction == old_introduction  # what visitors read is unchanged
    assert french.has_unpublished_changes
    state = french.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "French translation approval"
    assert public_text(client, "/fr/a-propos/", "p.lead") == old_introduction

    # The translator cannot approve their own work.
    workflow_action(translator_client, french, "approve")
    assert french.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS

    response = workflow_action(approver_client, french, "approve")

    french.refresh_from_db()
    assert french.current_workflow_state is None
    assert french.introduction == "Une introduction revue."
    assert public_text(client, "/fr/a-propos/", "p.lead") == "Une introduction revue."


def test_changes_asked_for_and_submitted_again(translator_client, approver_client):
    french = page_in("fr", "about")
    translation = translation_of(french)
    translate_string(translator_client, translation, "introduction", "Premier essai.")
    submit(translator_client, translation)

    workflow_action(approver_client, french, "reject")
    assert french.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES

    translate_string(translator_client, translation, "introduction", "Second essai.")
    submit(translator_client, translation)

    assert french.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    workflow_action(approver_client, french, "approve")
    french.refresh_from_db()
    assert french.introduction == "Second essai."


def test_approvers_of_another_language_cannot_approve(translator_client, make_member):
    french = page_in("fr", "about")
    translation = translation_of(french)
    translate_string(translator_client, translation, "introduction", "Texte en attente.")
    submit(translator_client, translation)
    german_approver = client_for(make_member("approver-de", "de", role="approvers"))

    workflow_action(german_approver, french, "approve")

    french.refresh_from_db()
    assert french.introduction != "Texte en attente."
    assert french.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_footer_text_translation_waits_for_the_french_approvers(client, translator_client, approver_client):
    footer = FooterText.objects.get(locale__language_code="fr")
    old_heading = footer.heading
    translate_string(translator_client, translation_of(footer), "heading", "L'équipe de l'Alliance")

    submit(translator_client, translation_of(footer))

    footer.refresh_from_db()
    assert footer.heading == old_heading
    assert footer.current_workflow_state.workflow.name == "French translation approval"
    assert public_text(client, "/fr/", "#footer-contact-heading") == old_heading

    workflow_action(approver_client, footer, "approve")

    assert public_text(client, "/fr/", "#footer-contact-heading") == "L'équipe de l'Alliance"


def test_an_untranslated_page_keeps_showing_the_source_until_its_translation_is_approved(client, make_member):
    italian_translator = client_for(make_member("translator-it", "it"))
    italian_approver = client_for(make_member("approver-it", "it", role="approvers"))
    alias = page_in("it", "about")
    assert alias.alias_of_id is not None

    # The translator starts the translation from the alias (or the dashboard).
    english = page_in("en", "about")
    response = italian_translator.post(
        reverse("translation:translate"), {"page": english.pk, "locales": [alias.locale_id]}
    )

    italian = page_in("it", "about")
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[italian.pk])
    assert italian.alias_of_id is None
    assert italian.live
    assert SourceContentPage.objects.filter(page=italian, language_code="en").exists()
    html = BeautifulSoup(client.get("/it/about/").content, "html.parser")
    assert html.select_one(".translation-notice") is not None
    assert html.select_one("h1").get_text(strip=True) == "About the Alliance"

    translation = translation_of(italian)
    translate_string(italian_translator, translation, "title", "Informazioni sull'Alleanza")
    translate_string(italian_translator, translation, "slug", "informazioni")
    submit(italian_translator, translation)
    assert client.get("/it/about/").status_code == 200  # still the English text, still there

    workflow_action(italian_approver, italian, "approve")

    html = BeautifulSoup(client.get("/it/informazioni/").content, "html.parser")
    assert html.select_one("h1").get_text(strip=True) == "Informazioni sull'Alleanza"
    assert html.select_one(".translation-notice") is None
    assert not SourceContentPage.objects.filter(page=italian).exists()
