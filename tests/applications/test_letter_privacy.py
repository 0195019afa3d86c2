"""An applicant's letter of accession stays private until an editor shows it.

These tests keep documents on a real file system (a temporary folder), as production
does: Wagtail's document view then sends the file itself, so the tests see what a
visitor of /documents/<id>/<name> really gets.
"""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, User
from django.core.files.storage import FileSystemStorage
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import Collection

from applications.models import ApplicationSubmission
from demo.applications import REVIEWERS_GROUP
from participants.letters import PRIVATE_COLLECTION_NAME, PUBLIC_COLLECTION_NAME

from .conftest import join_answers, make_pdf

pytestmark = pytest.mark.django_db

LETTER_TEXT = "We, the City of Kragujevac, join the Alliance"


@pytest.fixture(autouse=True)
def file_storage(monkeypatch, tmp_path):
    """Documents on disk, in a folder of the test's own.

    Only the documents' storage changes: replacing STORAGES["default"] would give every
    later test of the session a new, empty in-memory storage without the demo's pictures.
    """
    storage = FileSystemStorage(location=str(tmp_path / "documents"), base_url="/media/")
    monkeypatch.setattr(get_document_model()._meta.get_field("file"), "storage", storage)
    return storage


def logged_in(*group_names, username):
    user = User.objects.create_user(username, f"{username}@example.org", "pw")
    for name in group_names:
        user.groups.add(Group.objects.get(name=name))
    client = Client()
    client.force_login(user)
    return user, client


@pytest.fixture
def reviewer_client():
    return logged_in(REVIEWERS_GROUP, username="letter-reviewer")[1]


@pytest.fixture
def editor_client():
    return logged_in("Moderators", username="letter-editor")[1]


@pytest.fixture
def participant(client, join_en, reviewer_client):
    """The draft participant page made by accepting a Join application with its letter."""
    from .conftest import pdf_upload

    client.post(join_en.url, join_answers(join_en, letter_of_accession=pdf_upload(content=make_pdf(LETTER_TEXT))))
    submission = ApplicationSubmission.objects.get(applicant_name="City of Kragujevac")
    response = reviewer_client.post(f"/admin/applications/accept/{submission.pk}/")
    assert response.status_code == 302
    submission.refresh_from_db()
    return submission.participant_page.specific


def body_of(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


def publish(page, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def letter_links(page):
    html = BeautifulSoup(Client().get(page.url).content, "html.parser")
    return [link["href"] for link in html.select("a[href^='/documents/']")]


def test_an_accepted_letter_is_not_served_to_anonymous_visitors(participant):
    letter = participant.letter_of_accession

    response = Client().get(letter.url)

    # Wagtail's view sends visitors of a restricted collection to its login page.
    assert response.status_code == 302
    assert "/login/?next=" in response["Location"]
    assert LETTER_TEXT.encode() not in body_of(response)


def test_the_letter_is_kept_in_the_private_collection(participant):
    letter = participant.letter_of_accession

    assert letter.collection.name == PRIVATE_COLLECTION_NAME
    restrictions = list(letter.collection.get_view_restrictions())
    assert [restriction.restriction_type for restriction in restrictions] == ["groups"]
    readers = set(restrictions[0].groups.values_list("name", flat=True))
    assert {REVIEWERS_GROUP, "Editors", "Moderators"} <= readers
    # The stored file's name cannot be guessed from the applicant's file name.
    assert letter.filename != "letter.pdf"
    assert letter.filename.startswith("letter-of-accession-city-of-kragujevac-")


def test_staff_who_review_or_edit_open_the_letter(participant, reviewer_client, editor_client):
    letter = participant.letter_of_accession

    for client in (reviewer_client, editor_client):
        response = client.get(letter.url)
        assert response.status_code == 200
        assert LETTER_TEXT.encode() in body_of(response)


def test_a_translator_is_refused_the_letter(participant):
    _user, translator = logged_in("French translators", username="letter-translator")

    response = translator.get(participant.letter_of_accession.url)

    assert response.status_code in {302, 403}
    assert LETTER_TEXT.encode() not in body_of(response)


def test_publishing_the_page_alone_keeps_the_letter_private(participant):
    page = publish(participant)

    assert page.live
    assert letter_links(page) == []
    assert Client().get(page.letter_of_accession.url).status_code == 302


def test_showing_the_letter_makes_it_public_and_linked(participant):
    page = publish(participant, show_letter_of_accession=True)
    letter = page.letter_of_accession
    letter.refresh_from_db()

    assert letter.collection.name == PUBLIC_COLLECTION_NAME
    assert letter_links(page) == [letter.url]
    response = Client().get(letter.url)
    assert response.status_code == 200
    assert LETTER_TEXT.encode() in body_of(response)


def test_a_ticked_box_on_a_draft_shows_nothing_yet(participant):
    participant.show_letter_of_accession = True
    participant.save_revision()

    assert Client().get(participant.letter_of_accession.url).status_code == 302


@pytest.mark.parametrize("undo", ["untick", "unpublish", "delete"])
def test_hiding_unpublishing_or_deleting_makes_the_letter_private_again(participant, undo):
    page = publish(participant, show_letter_of_accession=True)
    letter = page.letter_of_accession
    assert Client().get(letter.url).status_code == 200

    if undo == "untick":
        publish(page, show_letter_of_accession=False)
    elif undo == "unpublish":
        page.unpublish()
    else:
        page.delete()

    letter.refresh_from_db()
    assert letter.collection.name == PRIVATE_COLLECTION_NAME
    assert Client().get(letter.url).status_code == 302


def test_a_letter_uploaded_into_a_public_collection_is_filed_privately(participant):
    """Whatever collection an editor uploads a letter to, it is private until shown."""
    letter = participant.letter_of_accession
    letter.collection = Collection.get_first_root_node()
    letter.save()

    page = publish(participant)

    page.letter_of_accession.refresh_from_db()
    assert page.letter_of_accession.collection.name == PRIVATE_COLLECTION_NAME
    assert Client().get(letter.url).status_code == 302


def test_translations_follow_the_english_decision(participant, locales):
    english = publish(participant)
    french = english.copy_for_translation(locales["fr"])
    french.save_revision().publish()
    french.refresh_from_db()
    assert not french.show_letter_of_accession

    publish(english, show_letter_of_accession=True)
    french.refresh_from_db()
    assert french.show_letter_of_accession
    assert letter_links(french) == [english.letter_of_accession.url]

    # A translation published with a stale copy of the decision cannot override it.
    publish(english, show_letter_of_accession=False)
    publish(french, show_letter_of_accession=True)
    assert not french.show_letter_of_accession
    assert Client().get(english.letter_of_accession.url).status_code == 302


def test_the_editor_explains_the_choice(participant, editor_client):
    response = editor_client.get(f"/admin/pages/{participant.pk}/edit/")

    html = response.content.decode()
    assert 'name="show_letter_of_accession"' in html
    assert "Letters of accession (staff only)" in html


def test_letters_filed_before_the_upgrade_become_private(participant):
    """Earlier versions left letters in the root collection; one command files them."""
    import io

    from django.core.management import call_command

    page = publish(participant)
    root = Collection.get_first_root_node()
    get_document_model().objects.filter(pk=page.letter_of_accession_id).update(collection=root)
    assert Client().get(page.letter_of_accession.url).status_code == 200

    output = io.StringIO()
    call_command("file_letters_of_accession", stdout=output)

    assert Client().get(page.letter_of_accession.url).status_code == 302
    assert "letter(s) of accession filed" in output.getvalue()
