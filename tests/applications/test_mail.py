"""No application is lost when the mail server is down; every e-mail goes out once."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from applications.mail import deliver
from applications.models import ApplicationSubmission, EmailStatus, OutgoingEmail

from .conftest import join_answers

pytestmark = pytest.mark.django_db

UNREACHABLE = "tests.applications.mail_backends.UnreachableBackend"


def time_passes():
    """Make every waiting e-mail due, as if its pause had passed."""
    OutgoingEmail.objects.update(next_attempt_at=timezone.now() - datetime.timedelta(seconds=1))


@pytest.mark.parametrize("backend", [UNREACHABLE, "tests.applications.mail_backends.RefusingBackend"])
def test_with_the_mail_server_down_the_application_is_kept_and_mailed_once_it_is_back(
    client, join_fr, settings, backend
):
    settings.EMAIL_BACKEND = backend

    response = client.post(join_fr.url, join_answers(join_fr))

    # The applicant sees the thank-you page; the application is stored.
    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200
    submission = ApplicationSubmission.objects.get()
    emails = list(submission.emails.all())
    assert [(email.status, email.attempts) for email in emails] == [(EmailStatus.PENDING, 1)] * 2
    assert all(email.next_attempt_at > timezone.now() for email in emails)
    assert "Connection" in emails[0].last_error

    # Still down a while later: tried again, still waiting, with a longer pause.
    time_passes()
    call_command("send_pending_emails")
    assert {email.attempts for email in OutgoingEmail.objects.all()} == {2}

    # The server is back, but the pause is not over: nothing is sent yet.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_pending_emails")
    assert mail.outbox == []

    time_passes()
    call_command("send_pending_emails")
    assert sorted(message.to[0] for message in mail.outbox) == ["alliance@coe.int", "mayor@kragujevac.example.org"]
    assert set(OutgoingEmail.objects.values_list("status", flat=True)) == {EmailStatus.SENT}

    # Exactly once: running again sends nothing more.
    time_passes()
    call_command("send_pending_emails")
    assert len(mail.outbox) == 2


def test_after_the_last_attempt_an_email_is_marked_failed(client, join_en, settings):
    settings.EMAIL_BACKEND = UNREACHABLE
    settings.APPLICATION_EMAIL_MAX_ATTEMPTS = 2
    client.post(join_en.url, join_answers(join_en))

    time_passes()
    call_command("send_pending_emails")

    assert set(OutgoingEmail.objects.values_list("status", flat=True)) == {EmailStatus.FAILED}
    time_passes()
    call_command("send_pending_emails")
    assert set(OutgoingEmail.objects.values_list("attempts", flat=True)) == {2}


def test_a_message_being_sent_by_another_worker_is_not_sent_twice(client, join_en, settings):
    settings.EMAIL_BACKEND = UNREACHABLE
    client.post(join_en.url, join_answers(join_en))
    email = OutgoingEmail.objects.first()
    OutgoingEmail.objects.filter(pk=email.pk).update(status=EmailStatus.SENDING, claimed_at=timezone.now())
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    assert deliver(email.pk) is None
    assert mail.outbox == []


def test_the_confirmation_echoes_no_free_text(client, join_en):
    # A stranger's address typed into the form must not receive the stranger's words.
    client.post(join_en.url, join_answers(join_en, message="Buy cheap watches at spam.example"))

    confirmation = next(message for message in mail.outbox if message.to == ["mayor@kragujevac.example.org"])
    assert "spam.example" not in confirmation.body
    assert str(ApplicationSubmission.objects.get().reference) in confirmation.body


def test_markup_shows_as_text_in_the_taskforce_email(client, join_en):
    client.post(join_en.url, join_answers(join_en, message="<b>bold</b> & <i>more</i>"))

    notice = next(message for message in mail.outbox if message.to == ["alliance@coe.int"])
    assert "<b>bold</b> & <i>more</i>" in notice.body
    assert "&lt;" not in notice.body
    assert notice.content_subtype == "plain"


def test_the_taskforce_address_falls_back_to_the_setting(client, join_en, settings):
    from core.models import SiteSettings

    SiteSettings.objects.update(contact_email="")
    settings.APPLICATION_TASKFORCE_EMAIL = "taskforce@example.org"

    client.post(join_en.url, join_answers(join_en))

    assert "taskforce@example.org" in [message.to[0] for message in mail.outbox]
