"""A valid application is stored first, in one inbox for every language."""

import pytest
from django.core import mail

from applications.models import ApplicationStatus, ApplicationSubmission, EmailPurpose, EmailStatus

from .conftest import join_answers

pytestmark = pytest.mark.django_db


def test_a_french_application_appears_in_the_one_inbox_with_its_language(post_join, join_en, join_fr):
    response = post_join(join_fr)

    assert response.status_code == 302
    assert response["Location"] == "/fr/adherer/merci/"
    submission = ApplicationSubmission.objects.get()
    assert submission.language == "fr"
    assert submission.page_id == join_fr.pk
    # The English and French forms share one inbox.
    assert submission.form_translation_key == join_en.translation_key
    assert list(join_en.get_submissions()) == [submission]
    assert submission.form_title == "Join the Alliance"
    assert submission.status == ApplicationStatus.NEW
    assert submission.applicant_name == "City of Kragujevac"
    assert submission.form_data["country"] == "RS"


def test_the_thank_you_page_is_in_the_applicants_language(client, post_join, join_fr):
    response = client.get(post_join(join_fr)["Location"])

    assert response.status_code == 200
    assert "Le groupe de travail de l'Alliance a bien reçu votre demande" in response.content.decode()


def test_choices_are_stored_in_the_source_words_whatever_the_language(client, join_fr):
    page_html = client.get(join_fr.url).content.decode()
    # The French visitor reads French, and the value sent is the country's code.
    assert '<option value="DE">Allemagne</option>' in page_html

    client.post(join_fr.url, join_answers(join_fr, country="DE"))

    assert ApplicationSubmission.objects.get().form_data["country"] == "DE"


def test_field_names_are_the_same_in_every_language(join_en, join_fr):
    english = [field.clean_name for field in join_en.form_fields.all()]
    french = [field.clean_name for field in join_fr.form_fields.all()]

    assert french == english
    assert [field.label for field in join_fr.form_fields.all()] != [field.label for field in join_en.form_fields.all()]


def test_consent_is_recorded_with_the_application(post_join, join_fr):
    post_join(join_fr)

    submission = ApplicationSubmission.objects.get()
    assert submission.consent_given_at is not None
    assert submission.consent_text.startswith("J'accepte que le Conseil de l'Europe")
    assert submission.consent_version == str(join_fr.live_revision_id)


def test_the_letter_is_stored_privately(post_join, join_en):
    post_join(join_en)

    letter = ApplicationSubmission.objects.get().files.get()
    assert letter.original_name == "letter.pdf"
    assert letter.file.storage is not None
    assert letter.file.storage.__class__.__name__ == "InMemoryStorage"
    assert letter.file.name.endswith(".pdf")
    assert "letter" not in letter.file.name  # stored under a random name
    assert letter.file.read().startswith(b"%PDF-")


def test_mails_go_to_the_taskforce_and_to_the_applicant_in_their_language(post_join, join_fr):
    post_join(join_fr)

    taskforce, confirmation = sorted(mail.outbox, key=lambda message: message.to != ["alliance@coe.int"])
    assert taskforce.to == ["alliance@coe.int"]
    assert "City of Kragujevac" in taskforce.body
    assert "Serbia" in taskforce.body
    assert "/admin/applications/edit/" in taskforce.body
    assert confirmation.to == ["mayor@kragujevac.example.org"]
    assert "Nous avons bien reçu votre demande" in confirmation.subject
    statuses = {email.purpose: email.status for email in ApplicationSubmission.objects.get().emails.all()}
    assert statuses == {EmailPurpose.TASKFORCE: EmailStatus.SENT, EmailPurpose.CONFIRMATION: EmailStatus.SENT}
