"""The Applications inbox: every form and language in one list, reviewed by staff."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth.models import Group, Permission, User
from django.test import Client
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from applications.acceptance import application_facts
from applications.models import ApplicationStatus, ApplicationSubmission
from demo.applications import REVIEWERS_GROUP
from participants.models import ParticipantIndexPage, ParticipantKind, ParticipantPage

from .conftest import cooperate_answers, join_answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def reviewer(db):
    user = User.objects.create_user("reviewer", "reviewer@example.org", "pw", first_name="Rita", last_name="Review")
    user.groups.add(Group.objects.get(name=REVIEWERS_GROUP))
    return user


@pytest.fixture
def reviewer_client(reviewer):
    client = Client()
    client.force_login(reviewer)
    return client


@pytest.fixture
def applications(client, join_en, join_fr, cooperate_en):
    client.post(join_fr.url, join_answers(join_fr, name_of_the_authority="Ville de Paris", country="FR"))
    client.post(join_en.url, join_answers(join_en))
    client.post(cooperate_en.url, cooperate_answers(cooperate_en))
    return {submission.applicant_name: submission for submission in ApplicationSubmission.objects.all()}


def rows_of(response):
    html = BeautifulSoup(response.content, "html.parser")
    return [row.get_text(" ", strip=True) for row in html.select("table.listing tbody tr")]


def test_every_language_and_form_is_in_one_inbox(reviewer_client, applications):
    response = reviewer_client.get("/admin/applications/")

    assert response.status_code == 200
    rows = rows_of(response)
    assert len(rows) == 3
    paris = next(row for row in rows if "Ville de Paris" in row)
    assert "Join the Alliance" in paris
    assert "French" in paris
    assert "New" in paris


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("language=fr", {"Ville de Paris"}),
        ("status=new", {"Ville de Paris", "City of Kragujevac", "Roma Education Network"}),
        ("status=declined", set()),
    ],
)
def test_the_inbox_filters(reviewer_client, applications, query, expected):
    rows = rows_of(reviewer_client.get(f"/admin/applications/?{query}"))

    assert {name for name in applications if any(name in row for row in rows)} == expected


def test_the_inbox_filters_by_form_across_languages(reviewer_client, applications, join_en):
    rows = rows_of(reviewer_client.get(f"/admin/applications/?form_translation_key={join_en.translation_key}"))

    assert len(rows) == 2
    assert not any("Roma Education Network" in row for row in rows)


def test_the_csv_export_has_one_column_per_question_and_defuses_formulas(client, reviewer_client, join_en):
    client.post(join_en.url, join_answers(join_en, message='=HYPERLINK("http://evil.example")', telephone="+1 555"))

    response = reviewer_client.get(f"/admin/applications/?form_translation_key={join_en.translation_key}&export=csv")

    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(rows) == 1
    assert rows[0]["Name of the authority"] == "City of Kragujevac"
    assert rows[0]["Message"] == '\'=HYPERLINK("http://evil.example")'
    assert rows[0]["Telephone"] == "'+1 555"
    assert rows[0]["Language"] == "en"


def test_the_xlsx_export_keeps_markup_and_formulas_as_text(client, reviewer_client, join_en):
    client.post(join_en.url, join_answers(join_en, message="=1+1 <b>x</b>"))

    response = reviewer_client.get("/admin/applications/?export=xlsx")

    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    answers = next(value for value in values if isinstance(value, str) and "<b>x</b>" in value)
    assert "=1+1 <b>x</b>" in answers
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_staff_review_an_application(reviewer_client, reviewer, applications):
    submission = applications["City of Kragujevac"]

    response = reviewer_client.post(
        f"/admin/applications/edit/{submission.pk}/",
        {"status": "in_review", "handler": reviewer.pk, "staff_note": "Call the mayor's office."},
    )

    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == ApplicationStatus.IN_REVIEW
    assert submission.handler == reviewer
    assert submission.staff_note == "Call the mayor's office."


def test_declining_asks_for_a_reason(reviewer_client, reviewer, applications):
    submission = applications["Roma Education Network"]
    url = f"/admin/applications/decline/{submission.pk}/"

    without_reason = reviewer_client.post(url, {"reason": ""})
    assert without_reason.status_code == 200
    submission.refresh_from_db()
    assert submission.status == ApplicationStatus.NEW

    reviewer_client.post(url, {"reason": "Works outside the member states."})
    submission.refresh_from_db()
    assert submission.status == ApplicationStatus.DECLINED
    assert submission.decline_reason == "Works outside the member states."
    assert submission.handler == reviewer
    assert ModelLogEntry.objects.filter(action="applications.decline_application", user=reviewer).exists()


def test_accepting_a_join_application_makes_a_linked_draft_participant(reviewer_client, reviewer, applications):
    submission = applications["City of Kragujevac"]

    response = reviewer_client.post(f"/admin/applications/accept/{submission.pk}/")

    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == ApplicationStatus.ACCEPTED
    assert submission.handler == reviewer
    assert submission.decided_at is not None
    assert ModelLogEntry.objects.filter(action="applications.accept_application", user=reviewer).exists()
    # The draft participant, in English below the directory, filled in from the answers.
    participant = submission.participant_page.specific
    assert isinstance(participant, ParticipantPage)
    assert participant.get_parent().specific_class is ParticipantIndexPage
    assert participant.locale.language_code == "en"
    assert participant.official_name == participant.title == "City of Kragujevac"
    assert participant.country.code == "RS"
    assert participant.kind == ParticipantKind.CITY
    assert participant.accession_date == submission.decided_at.date()
    # A draft: nobody sees it, and it has no number until an editor publishes it.
    assert not participant.live
    assert participant.accession_number is None
    assert participant.get_latest_revision().user == reviewer
    # The private letter is copied into the document library for the page.
    letter = participant.letter_of_accession
    assert letter is not None
    assert letter.file.read().startswith(b"%PDF-")


def test_an_application_in_french_makes_the_participant_in_english_with_its_facts(reviewer_client, applications):
    submission = applications["Ville de Paris"]

    reviewer_client.post(f"/admin/applications/accept/{submission.pk}/")

    submission.refresh_from_db()
    participant = submission.participant_page.specific
    # The answers' facts are kept in the default language's words whatever the form's
    # language, so the country is found.
    assert participant.country.code == "FR"
    assert participant.official_name_language == "fr"


def test_accepting_twice_does_not_make_a_second_participant(reviewer_client, applications):
    submission = applications["City of Kragujevac"]
    reviewer_client.post(f"/admin/applications/accept/{submission.pk}/")
    reviewer_client.post(f"/admin/applications/accept/{submission.pk}/")

    assert ParticipantPage.objects.filter(official_name="City of Kragujevac").count() == 1


def test_accepting_a_cooperation_proposal_makes_no_participant(reviewer_client, applications):
    submission = applications["Roma Education Network"]
    before = ParticipantPage.objects.count()

    reviewer_client.post(f"/admin/applications/accept/{submission.pk}/")

    submission.refresh_from_db()
    assert submission.status == ApplicationStatus.ACCEPTED
    assert submission.participant_page is None
    assert ParticipantPage.objects.count() == before


def test_without_a_directory_acceptance_waits_and_says_why(reviewer_client, applications):
    # Accepted participants are made below the directory in the default language.
    ParticipantIndexPage.objects.get(locale__language_code=settings.LANGUAGE_CODE).delete()
    submission = applications["City of Kragujevac"]

    response = reviewer_client.post(f"/admin/applications/accept/{submission.pk}/", follow=True)

    submission.refresh_from_db()
    assert submission.status == ApplicationStatus.NEW
    assert submission.participant_page is None
    assert "no participant directory" in response.content.decode()


def test_participant_values_come_from_the_field_roles_in_any_language(applications):
    values = application_facts(applications["Ville de Paris"])

    assert values["official_name"] == "Ville de Paris"
    assert values["kind"] == "city"  # the same code from a form of any language
    assert values["country"] == "FR"
    assert values["website"] == "https://www.kragujevac.example.org"
    assert values["contact_role"] == "Mayor"
    assert values["language"] == "fr"
    assert values["letter_of_accession"] == applications["Ville de Paris"].files.get().file


def test_an_anonymous_visitor_cannot_open_an_uploaded_letter(applications):
    letter = applications["City of Kragujevac"].files.get()
    url = f"/admin/applications/file/{letter.pk}/"

    response = Client().get(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_the_form_pages_show_no_application_and_the_inbox_is_staff_only(applications, join_en, join_fr):
    visitor = Client()
    stored = applications["City of Kragujevac"]
    others_answers = join_answers(
        join_en,
        name_of_the_authority=None,
        contact_person="Someone Else",
        e_mail_address="someone@else.example.org",
        letter_of_accession=None,
    )
    # What a visitor reaches: the forms, a form sent back with errors, the thank-you page.
    public = [
        visitor.get(join_en.url),
        visitor.get(join_fr.url),
        visitor.post(join_en.url, others_answers),
        visitor.get(f"{join_en.url}thank-you/"),
    ]
    for response in public:
        html = response.content.decode()
        for answer in ("mayor@kragujevac.example.org", "Veroljub Stevanovic", "Ville de Paris", "Homework clubs"):
            assert answer not in html
    # The inbox, a review page, the export and the letter: the login page instead.
    for url in (
        "/admin/applications/",
        f"/admin/applications/edit/{stored.pk}/",
        f"/admin/applications/?form_translation_key={join_en.translation_key}&export=csv",
        f"/admin/applications/file/{stored.files.get().pk}/",
    ):
        response = visitor.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/admin/login/"), url


def test_staff_without_the_permission_cannot_open_a_letter(applications):
    editor = User.objects.create_user("editor", "editor@example.org", "pw")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client = Client()
    client.force_login(editor)
    letter = applications["City of Kragujevac"].files.get()

    response = client.get(f"/admin/applications/file/{letter.pk}/")

    assert response.status_code in {302, 403}
    assert b"%PDF" not in b"".join(getattr(response, "streaming_content", [response.content]))
    assert client.get("/admin/applications/").status_code in {302, 403}


def test_reviewers_download_the_letter_safely(reviewer_client, applications):
    letter = applications["City of Kragujevac"].files.get()

    response = reviewer_client.get(f"/admin/applications/file/{letter.pk}/")

    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Type"] == "application/pdf"


def test_the_per_page_forms_menu_is_replaced_by_the_inbox(admin_client):
    response = admin_client.get("/admin/")

    html = response.content.decode()
    assert "/admin/applications/" in html
    assert 'href="/admin/forms/"' not in html


def test_applications_cannot_be_created_in_the_admin(admin_client):
    from django.urls import NoReverseMatch, reverse

    with pytest.raises(NoReverseMatch):
        reverse("applications:add")
    assert admin_client.get("/admin/applications/new/", follow=True).status_code == 404
    assert "Add application" not in admin_client.get("/admin/applications/").content.decode()
