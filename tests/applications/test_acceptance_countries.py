"""Countries and kinds of authority: one vocabulary from the form to the participant.

The Join form offers the member states of the Council of Europe (stored as ISO codes)
and the participant directory's kinds of authority; accepting an application makes a
participant with that very country and kind, for every choice the form offers.
"""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, User
from django.test import Client
from django.utils import translation

from applications.models import ApplicationStatus, ApplicationSubmission
from core.i18n.collation import collation_key
from core.i18n.countries import MEMBER_STATES, country_choices, country_code
from demo.applications import REVIEWERS_GROUP
from participants.models import ParticipantKind, ParticipantPage

from .conftest import join_answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def reviewer_client(db):
    user = User.objects.create_user("country-reviewer", "country-reviewer@example.org", "pw")
    user.groups.add(Group.objects.get(name=REVIEWERS_GROUP))
    # A server error is an answer like any other here: the tests report it.
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


def form_html(client, page):
    return BeautifulSoup(client.get(page.url).content, "html.parser")


def offered_countries(client, page):
    """(value, label) of every country in the form's list, as a visitor sees it."""
    options = form_html(client, page).select("#id_country option")
    return [(option["value"], option.get_text()) for option in options if option["value"]]


def offered_kinds(client, page):
    html = form_html(client, page)
    return [
        (radio["value"], html.select_one(f"label[for={radio['id']}]").get_text(strip=True))
        for radio in html.select("input[name=kind_of_authority]")
    ]


def send(client, page, number, **answers):
    # One address per application, below the rate limit.
    client.post(page.url, join_answers(page, **answers), REMOTE_ADDR=f"192.0.2.{number}")
    return ApplicationSubmission.objects.get(applicant_name=answers["name_of_the_authority"])


def stored_submission(page, **answers):
    """An application as an older version of the form stored it (free-text answers)."""
    data = {
        "name_of_the_authority": "Town of Old Answers",
        "kind_of_authority": "City or municipality",
        "country": "Serbia",
        "e_mail_address": "old@example.org",
    }
    data.update(answers)
    return ApplicationSubmission.objects.create(
        page=page,
        form_data=data,
        form_translation_key=page.translation_key,
        form_title=page.title,
        form_purpose=page.purpose,
        language="en",
        applicant_name=data["name_of_the_authority"],
        applicant_email=data["e_mail_address"],
    )


def accepted_participant(reviewer_client, submission):
    response = reviewer_client.post(f"/admin/applications/accept/{submission.pk}/", follow=True)
    submission.refresh_from_db()
    participant = submission.participant_page.specific if submission.participant_page_id else None
    return response, submission, participant


@pytest.mark.parametrize("language_code", ["en", "fr"])
def test_every_country_the_join_form_offers_can_be_accepted(client, reviewer_client, join_pages, language_code):
    page = join_pages[language_code]
    offered = offered_countries(client, page)
    assert len(offered) == 46  # the member states of the Council of Europe

    failures = []
    for number, (value, label) in enumerate(offered, start=1):
        submission = send(client, page, number, name_of_the_authority=f"Town of {label}", country=value)

        response, submission, participant = accepted_participant(reviewer_client, submission)

        with translation.override(language_code):
            country = str(participant.country.name) if participant and participant.country else ""
        if response.status_code != 200 or submission.status != ApplicationStatus.ACCEPTED or country != label:
            failures.append((label, response.status_code, submission.status, country))
    assert failures == []


def test_the_country_field_offers_the_member_states_by_code(client, join_en):
    assert sorted(value for value, _label in offered_countries(client, join_en)) == sorted(MEMBER_STATES)
    first = form_html(client, join_en).select_one("#id_country option")
    assert first["value"] == ""
    assert first.get_text() == "—"


def test_the_country_field_stores_the_code(client, join_fr):
    client.post(join_fr.url, join_answers(join_fr, country="SK"))

    assert ApplicationSubmission.objects.get().form_data["country"] == "SK"


def test_the_country_field_shows_names_in_the_visitors_language_and_alphabet(client, join_fr):
    french = dict(offered_countries(client, join_fr))
    assert french["SK"] == "Slovaquie"
    assert french["MD"] == "Moldavie"
    labels = [label for _value, label in offered_countries(client, join_fr)]
    assert labels == sorted(labels, key=lambda label: collation_key(label, "fr"))
    assert labels[:3] == ["Albanie", "Allemagne", "Andorre"]


def test_the_country_field_speaks_romani_from_the_projects_catalog(join_en):
    with translation.override("rom"):
        field = join_en.get_form_class()().fields["country"]
        choices = dict(field.choices)
    assert choices["CZ"] == "Čehia"
    assert choices["HR"] == "Hrvatska"
    assert choices["GB"] == "Unisardo Thagaripe"


@pytest.mark.parametrize(
    ("language_code", "before", "after"),
    [
        ("cs", "Gruzie", "Chorvatsko"),  # "ch" is a letter of its own, after "h"
        ("cs", "Bulharsko", "Černá Hora"),
        ("sk", "Cyprus", "Česko"),  # "č" follows "c"
        ("ro", "Turcia", "Țările de Jos"),  # "ț" follows "t"
        ("hu", "Svédország", "Szerbia"),  # "sz" follows "s"
        ("fr", "Espagne", "Estonie"),  # accents do not count
    ],
)
def test_countries_are_sorted_in_each_languages_alphabet(language_code, before, after):
    with translation.override(language_code):
        names = [name for _code, name in country_choices()]
    assert names.index(before) < names.index(after)


def test_the_inbox_the_export_and_the_mail_name_the_country(client, reviewer_client, join_en, mailoutbox):
    client.post(join_en.url, join_answers(join_en, country="MD"))
    submission = ApplicationSubmission.objects.get()

    page = reviewer_client.get(f"/admin/applications/edit/{submission.pk}/").content.decode()
    export = reviewer_client.get(f"/admin/applications/?form_translation_key={join_en.translation_key}&export=csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode())))

    assert "Moldova" in page
    assert rows[0]["Country"] == "Moldova"
    assert rows[0]["Kind of authority"] == "City or municipality"
    taskforce = next(message for message in mailoutbox if message.to == ["alliance@coe.int"])
    assert "Country:\nMoldova" in taskforce.body


@pytest.mark.parametrize(
    ("answer", "code"),
    [("Slovak Republic", "SK"), ("Republic of Moldova", "MD"), ("Czech Republic", "CZ"), ("Serbia", "RS")],
)
def test_older_applications_naming_their_country_are_still_accepted(reviewer_client, join_en, answer, code):
    submission = stored_submission(join_en, country=answer)

    response, submission, participant = accepted_participant(reviewer_client, submission)

    assert response.status_code == 200
    assert submission.status == ApplicationStatus.ACCEPTED
    assert participant.country.code == code
    assert answer in reviewer_client.get(f"/admin/applications/edit/{submission.pk}/").content.decode()


def test_a_country_that_is_no_member_state_leaves_the_participant_without_one_and_says_so(reviewer_client, join_en):
    submission = stored_submission(join_en, country="Atlantis")

    response, submission, participant = accepted_participant(reviewer_client, submission)

    assert response.status_code == 200
    assert submission.status == ApplicationStatus.ACCEPTED
    assert isinstance(participant, ParticipantPage)
    assert not participant.live
    assert not participant.country
    assert "“Atlantis” is not a member state of the Council of Europe" in response.content.decode()


def test_english_names_and_codes_map_to_member_states_only():
    assert country_code("slovak  republic") == "SK"
    assert country_code("sk") == "SK"
    assert country_code("United States") == ""  # not a member state
    assert country_code("") == ""


# --- Kinds of authority ----------------------------------------------------------------


@pytest.mark.parametrize("language_code", ["en", "fr"])
def test_the_join_form_and_the_directory_offer_the_same_kinds(client, join_pages, language_code):
    with translation.override(language_code):
        expected = [(value, str(label)) for value, label in ParticipantKind.choices]
    directory = BeautifulSoup(client.get(f"/{language_code}/participants/").content, "html.parser")
    directory_kinds = [(option["value"], option.get_text()) for option in directory.select("#directory-kind option")]

    assert offered_kinds(client, join_pages[language_code]) == expected
    assert directory_kinds[1:] == expected


@pytest.mark.parametrize("kind", ParticipantKind.values)
def test_each_kind_the_form_offers_becomes_the_participants_kind(client, reviewer_client, join_en, kind):
    submission = send(client, join_en, 1, name_of_the_authority=f"Authority of kind {kind}", kind_of_authority=kind)

    _response, submission, participant = accepted_participant(reviewer_client, submission)

    assert participant.kind == kind


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        ("City or municipality", ParticipantKind.CITY),
        ("Province, county or district", ParticipantKind.REGION),
        ("Association of local or regional authorities", ParticipantKind.OTHER),
    ],
)
def test_older_applications_naming_their_kind_are_still_accepted(reviewer_client, join_en, answer, kind):
    _response, _submission, participant = accepted_participant(
        reviewer_client, stored_submission(join_en, kind_of_authority=answer)
    )

    assert participant.kind == kind


def test_editors_find_the_country_and_kind_field_types_in_the_page_editor(admin_client, join_en):
    response = admin_client.get(f"/admin/pages/{join_en.pk}/edit/")

    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    types = {option["value"] for option in html.select("select[name$='-field_type'] option")}
    assert {"country", "authority_kind"} <= types
    chosen = [select.select_one("option[selected]")["value"] for select in html.select("select[name$='-field_type']")]
    assert chosen.count("country") == 1
    assert chosen.count("authority_kind") == 1
