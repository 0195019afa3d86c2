"""Exchange with agencies: pending strings out as PO files, translations back in (round trip)."""

import io
import zipfile

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation

from localization.exchange import TRANSLATION_ID_HEADER
from localization.operations import pending_string_count
from tests.localization.conftest import page_in

pytestmark = pytest.mark.django_db


def french_join_translation():
    page = page_in("fr", "join")
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=page.locale)


@pytest.fixture
def pending_french_strings():
    """The French 'Join' page loses two of its translated strings: they are pending again."""
    translation = french_join_translation()
    StringTranslation.objects.filter(
        context__object_id=translation.source.object_id,
        locale=translation.target_locale,
        context__path__in=["introduction", "title"],
    ).delete()
    assert pending_string_count(translation) == 2
    return translation


def read_zip(data):
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: polib.pofile(archive.read(name).decode()) for name in archive.namelist()}


def make_zip(files):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, po in files.items():
            archive.writestr(name, str(po))
    return buffer.getvalue()


def test_round_trip_through_po_files(translator_client, pending_french_strings):
    translation = pending_french_strings
    response = translator_client.get(reverse("translation:export_pending", args=["fr"]))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert 'filename="translations-fr-' in response["Content-Disposition"]
    files = read_zip(response.content)
    assert len(files) == 1  # only the page with something left to translate
    ((name, po),) = files.items()
    assert po.metadata[TRANSLATION_ID_HEADER] == str(translation.uuid)
    assert po.metadata["Language"] == "fr"
    assert {entry.msgctxt for entry in po} == {"title", "introduction"}
    assert all(entry.msgstr == "" for entry in po)

    # The agency translates.
    agency = {"title": "Adhérer à l'Alliance", "introduction": "Comment une ville ou une région devient participante."}
    for entry in po:
        entry.msgstr = agency[entry.msgctxt]
    upload = SimpleUploadedFile("from-the-agency.zip", make_zip({name: po}), content_type="application/zip")
    response = translator_client.post(reverse("translation:exchange"), {"file": upload})

    assert response.status_code == 302
    assert pending_string_count(translation) == 0
    received = dict(
        StringTranslation.objects.filter(
            context__object_id=translation.source.object_id, locale=translation.target_locale
        ).values_list("context__path", "data")
    )
    assert received["title"] == agency["title"]
    assert received["introduction"] == agency["introduction"]
    # Nothing is left to export for French.
    assert translator_client.get(reverse("translation:export_pending", args=["fr"])).status_code == 302


def test_import_can_submit_the_translations_for_approval(translator_client, pending_french_strings):
    files = read_zip(translator_client.get(reverse("translation:export_pending", args=["fr"])).content)
    ((name, po),) = files.items()
    for entry in po:
        entry.msgstr = f"Traduit : {entry.msgid}"

    translator_client.post(
        reverse("translation:exchange"),
        {"file": SimpleUploadedFile(name, str(po).encode()), "submit_for_approval": "on"},
    )

    french = page_in("fr", "join")
    assert french.current_workflow_state is not None
    assert french.get_latest_revision_as_object().title.startswith("Traduit : ")
    assert not french.title.startswith("Traduit : ")  # not live before approval


def test_files_for_another_language_are_refused(translator_client):
    german = page_in("de", "about")
    translation = Translation.objects.get(source__object_id=german.translation_key, target_locale=german.locale)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = "Piratentext"

    response = translator_client.post(
        reverse("translation:exchange"), {"file": SimpleUploadedFile("de.po", str(po).encode())}, follow=True
    )

    assert response.status_code == 200
    assert not StringTranslation.objects.filter(data="Piratentext").exists()
    assert "you do not work in its language" in response.content.decode()


@pytest.mark.parametrize(
    ("name", "content"),
    [("notes.txt", b"hello"), ("broken.zip", b"not a zip"), ("broken.po", b"\xff\xfe nonsense")],
)
def test_bad_files_get_a_clear_answer(translator_client, name, content):
    response = translator_client.post(
        reverse("translation:exchange"), {"file": SimpleUploadedFile(name, content)}, follow=True
    )

    assert response.status_code == 200
    page = response.content.decode()
    assert "Upload a .po file or a .zip of .po files." in page or "not a readable PO file" in page


def test_round_trip_with_the_command(tmp_path, pending_french_strings, superuser):
    archive = tmp_path / "pending-fr.zip"
    call_command("translation_po", "export", "fr", str(archive), verbosity=0)
    files = read_zip(archive.read_bytes())
    ((name, po),) = files.items()
    for entry in po:
        entry.msgstr = f"FR {entry.msgid}"
    returned = tmp_path / "back.zip"
    returned.write_bytes(make_zip({name: po}))

    call_command("translation_po", "import", str(returned), verbosity=0)

    assert pending_string_count(pending_french_strings) == 0
    assert StringTranslation.objects.filter(
        locale=Locale.objects.get(language_code="fr"), data="FR Join the Alliance"
    ).exists()
