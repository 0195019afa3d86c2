"""Robots see a normal thank-you page and leave nothing; floods are slowed down."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail

from applications.models import ApplicationSubmission, OutgoingEmail

from .conftest import form_token, join_answers

pytestmark = pytest.mark.django_db


def test_a_honeypot_hit_stores_nothing_and_looks_like_success(client, join_en):
    response = client.post(join_en.url, join_answers(join_en, extra_reference_code="http://spam.example"))

    assert response.status_code == 302
    assert response["Location"] == "/en/join/thank-you/"
    assert not ApplicationSubmission.objects.exists()
    assert not OutgoingEmail.objects.exists()
    assert mail.outbox == []


def test_a_form_sent_faster_than_a_person_could_stores_nothing(client, join_en):
    response = client.post(join_en.url, join_answers(join_en, form_token=form_token(join_en, seconds_ago=1)))

    assert response.status_code == 302
    assert not ApplicationSubmission.objects.exists()


def test_a_forged_token_is_not_taken_for_a_robot_and_keeps_the_answers(client, join_en):
    response = client.post(join_en.url, join_answers(join_en, form_token="forged"))

    assert response.status_code == 400
    assert not ApplicationSubmission.objects.exists()
    html = BeautifulSoup(response.content, "html.parser")
    assert html.select_one("#error-summary")
    assert html.select_one("#id_name_of_the_authority")["value"] == "City of Kragujevac"


def test_the_honeypot_is_hidden_from_people_and_assistive_technology(client, join_en):
    html = BeautifulSoup(client.get(join_en.url).content, "html.parser")

    trap = html.select_one("#id_extra_reference_code")
    assert trap["tabindex"] == "-1"
    assert trap["autocomplete"] == "off"
    assert trap.find_parent(attrs={"aria-hidden": "true"}) is not None


def test_the_rate_limit_refuses_more_applications_from_one_address(client, join_fr, settings):
    settings.APPLICATION_RATE_LIMIT_COUNT = 2
    for _ in range(2):
        assert client.post(join_fr.url, join_answers(join_fr), REMOTE_ADDR="198.51.100.7").status_code == 302

    response = client.post(join_fr.url, join_answers(join_fr), REMOTE_ADDR="198.51.100.7")

    assert response.status_code == 429
    assert ApplicationSubmission.objects.count() == 2
    html = BeautifulSoup(response.content, "html.parser")
    summary = html.select_one("#error-summary").get_text(" ", strip=True)
    assert "Trop de demandes" in summary  # in the visitor's language
    # What they typed is still there; only the file must be chosen again.
    assert html.select_one("#id_name_of_the_authority")["value"] == "City of Kragujevac"
    assert "choisissez à nouveau votre fichier PDF" in summary
    # Another address is not affected.
    assert client.post(join_fr.url, join_answers(join_fr), REMOTE_ADDR="198.51.100.8").status_code == 302


def test_behind_a_proxy_the_limit_uses_the_address_the_proxy_saw(client, join_en, settings):
    settings.APPLICATION_RATE_LIMIT_COUNT = 1
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.1"}

    first = client.post(join_en.url, join_answers(join_en), HTTP_X_FORWARDED_FOR="203.0.113.5", **proxy)
    # A visitor cannot escape the limit by sending a forged first hop.
    second = client.post(join_en.url, join_answers(join_en), HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.5", **proxy)
    other = client.post(join_en.url, join_answers(join_en), HTTP_X_FORWARDED_FOR="203.0.113.6", **proxy)

    assert (first.status_code, second.status_code, other.status_code) == (302, 429, 302)


def test_the_form_needs_a_csrf_token(join_en):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post(join_en.url, join_answers(join_en))

    assert response.status_code == 403
    assert not ApplicationSubmission.objects.exists()
