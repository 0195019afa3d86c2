"""Whatever a visitor (or a robot) sends, the form answers without a server error."""

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from applications.models import ApplicationSubmission, FormPage

from .conftest import form_token

pytestmark = pytest.mark.django_db

FIELD_NAMES = [
    "name_of_the_authority",
    "kind_of_authority",
    "country",
    "contact_person",
    "role_of_the_contact_person",
    "e_mail_address",
    "telephone",
    "website",
    "message",
    "consent",
    "letter_of_accession",
    "form_token",
    "extra_reference_code",
    "unexpected_field",
]
# Any text a browser can send: every character except lone surrogates, which HTTP
# cannot carry as UTF-8.
any_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=300)
any_value = st.one_of(any_text, st.lists(any_text, max_size=3), st.binary(max_size=200))


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(answers=st.dictionaries(st.sampled_from(FIELD_NAMES), any_value), keep_token=st.booleans())
def test_arbitrary_answers_never_cause_a_server_error(answers, keep_token):
    page = FormPage.objects.get(slug="adherer")
    data = {}
    for name, value in answers.items():
        if isinstance(value, bytes):
            from django.core.files.uploadedfile import SimpleUploadedFile

            value = SimpleUploadedFile(f"{name}.pdf", value)
        data[name] = value
    if keep_token:
        data["form_token"] = form_token(page)
    before = ApplicationSubmission.objects.count()

    response = Client(REMOTE_ADDR="192.0.2.99").post(page.url, data)

    assert response.status_code in {200, 302, 400, 429}
    if response.status_code != 302:
        assert ApplicationSubmission.objects.count() == before
