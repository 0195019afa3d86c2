"""Applications older than the retention period go, with their files and e-mails."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from applications.models import ApplicationFile, ApplicationSubmission, OutgoingEmail, application_storage

from .conftest import join_answers

pytestmark = pytest.mark.django_db


def test_the_retention_command_deletes_old_applications_their_files_and_emails(
    client, join_en, settings, django_capture_on_commit_callbacks
):
    settings.APPLICATION_RETENTION_DAYS = 30
    for _ in range(2):
        client.post(join_en.url, join_answers(join_en))
    old, recent = ApplicationSubmission.objects.order_by("pk")
    ApplicationSubmission.objects.filter(pk=old.pk).update(submit_time=timezone.now() - datetime.timedelta(days=31))
    old_file = old.files.get().file.name
    recent_file = recent.files.get().file.name

    with django_capture_on_commit_callbacks(execute=True):
        call_command("delete_old_applications")

    assert list(ApplicationSubmission.objects.all()) == [recent]
    assert ApplicationFile.objects.filter(submission=old.pk).count() == 0
    assert OutgoingEmail.objects.filter(submission=old.pk).count() == 0
    assert OutgoingEmail.objects.filter(submission=recent.pk).count() == 2
    assert not application_storage().exists(old_file)
    assert application_storage().exists(recent_file)


def test_a_dry_run_deletes_nothing(client, join_en):
    client.post(join_en.url, join_answers(join_en))
    ApplicationSubmission.objects.update(submit_time=timezone.now() - datetime.timedelta(days=10_000))

    call_command("delete_old_applications", "--dry-run")

    assert ApplicationSubmission.objects.count() == 1
