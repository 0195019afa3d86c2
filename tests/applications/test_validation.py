"""Bad input gets a clear error in the visitor's language, and nothing is stored."""

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile

from applications.models import ApplicationSubmission

from .conftest import join_answers, make_pdf, pdf_upload

pytestmark = pytest.mark.django_db


def errors_of(response):
    html = BeautifulSoup(response.content, "html.parser")
    summary = {link["href"].lstrip("#"): link.get_text(" ", strip=True) for link in html.select("#error-summary li a")}
    return html, summary


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name_of_the_authority": ""}, "name_of_the_authority", "Remplissez ce champ."),
        ({"name_of_the_authority": "x" * 256}, "name_of_the_authority", "255 caractères"),
        ({"message": "x" * 5001}, "message", "5000 caractères"),
        ({"e_mail_address": "mayor-at-kragujevac"}, "e_mail_address", "adresse électronique"),
        ({"website": "javascript:alert(1)"}, "website", "adresse web"),
        ({"country": "Atlantis"}, "country", "Choisissez une des réponses proposées."),
        ({"kind_of_authority": None}, "kind_of_authority_0", "Choisissez une réponse."),
        ({"consent": None}, "consent", "consentement"),
        ({"letter_of_accession": None}, "letter_of_accession", "Choisissez le fichier PDF"),
        ({"name_of_the_authority": "Kragujevac\x00"}, "name_of_the_authority", "caractères de contrôle"),
    ],
)
def test_each_bad_answer_gets_a_field_error_and_stores_nothing(client, join_fr, changes, field, message):
    response = client.post(join_fr.url, join_answers(join_fr, **changes))

    assert response.status_code == 200
    assert not ApplicationSubmission.objects.exists()
    html, summary = errors_of(response)
    assert message in summary[f"id_{field}"]
    # The field itself says so, and is marked invalid for assistive technology.
    widget = html.select_one(f"#id_{field}")
    assert widget["aria-invalid"] == "true"
    error_id = f"id_{field.removesuffix('_0')}_error"
    assert message in html.select_one(f"#{error_id}").get_text()


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("letter.exe", make_pdf()), "n'est pas un document PDF"),
        (SimpleUploadedFile("letter.pdf", b"<html><body>Not a PDF</body></html>"), "n'est pas un document PDF"),
        (SimpleUploadedFile("letter.pdf", b"%PDF-1.4 but cut off"), "n'est pas un document PDF"),
        (SimpleUploadedFile("letter.pdf", b""), "Le fichier est vide"),
    ],
    ids=["pdf-renamed-exe", "html-renamed-pdf", "truncated-pdf", "empty"],
)
def test_files_that_are_not_pdf_documents_are_refused(client, join_fr, upload, message):
    response = client.post(join_fr.url, join_answers(join_fr, letter_of_accession=upload))

    assert not ApplicationSubmission.objects.exists()
    _html, summary = errors_of(response)
    assert message in summary["id_letter_of_accession"]


def test_an_oversized_file_is_refused(client, join_en, settings):
    settings.APPLICATION_UPLOAD_MAX_BYTES = 1024
    big = make_pdf("x" * 2000)

    response = client.post(join_en.url, join_answers(join_en, letter_of_accession=pdf_upload(content=big)))

    assert not ApplicationSubmission.objects.exists()
    _html, summary = errors_of(response)
    assert "too large" in summary["id_letter_of_accession"]


def test_the_error_summary_links_to_each_field_and_the_page_title_says_error(client, join_fr):
    response = client.post(join_fr.url, join_answers(join_fr, name_of_the_authority="", e_mail_address="nope"))

    html, summary = errors_of(response)
    assert list(summary) == ["id_name_of_the_authority", "id_e_mail_address"]
    assert html.select_one("#error-summary")["tabindex"] == "-1"
    assert html.title.get_text().startswith("Erreur")
    for field_id in summary:
        assert html.select_one(f"#{field_id}") is not None


def test_the_error_summary_is_a_region_named_by_its_title(client, join_fr):
    # aria-labelledby names only elements with a role that can be named: on a bare div
    # the Nu checker reports an error and screen readers announce no name on focus.
    response = client.post(join_fr.url, join_answers(join_fr, name_of_the_authority=""))

    html = BeautifulSoup(response.content, "html.parser")
    summary = html.select_one("#error-summary")
    assert summary["role"] == "region"
    title = html.select_one(f"#{summary['aria-labelledby']}")
    assert title.get_text(strip=True) == "Il y a un problème"
    assert summary["tabindex"] == "-1"


def test_every_field_has_a_real_label_and_required_fields_say_so_in_words(client, join_fr):
    html = BeautifulSoup(client.get(join_fr.url).content, "html.parser")

    for widget in html.select("form.form input:not([type=hidden]), form.form select, form.form textarea"):
        if widget.find_parent(class_="form__trap"):
            continue
        assert html.select_one(f"label[for={widget['id']}]") is not None, widget["id"]
    legend = html.select_one("fieldset legend").get_text(" ", strip=True)
    assert legend == "Type de collectivité (obligatoire)"
    assert "(obligatoire)" not in html.select_one("label[for=id_telephone]").get_text()
    assert html.select_one("#id_e_mail_address")["aria-describedby"] == "id_e_mail_address_helptext"


def test_markup_in_answers_is_stored_as_typed_and_shown_as_text(client, join_en, admin_client):
    client.post(join_en.url, join_answers(join_en, message="<script>alert('x')</script><b>bold</b>"))

    submission = ApplicationSubmission.objects.get()
    assert submission.form_data["message"] == "<script>alert('x')</script><b>bold</b>"
    page = admin_client.get(f"/admin/applications/edit/{submission.pk}/").content.decode()
    assert "<script>alert(&#x27;x&#x27;)</script>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;" in page
