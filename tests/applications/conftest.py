"""Fixtures of the application forms' tests: the demo forms, a PDF, valid answers."""

import time

import pytest
from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile

from applications.models import FormPage
from applications.protection import TOKEN_SALT
from demo.pdf import simple_pdf


def make_pdf(text="Letter of accession"):
    """A small, well-formed PDF document with one page of text (the demo's PDF writer)."""
    return simple_pdf(text, [], "en")


def pdf_upload(name="letter.pdf", content=None):
    return SimpleUploadedFile(name, make_pdf() if content is None else content, content_type="application/pdf")


def form_token(page, seconds_ago=60):
    """The token a visitor's form carries, as if it was shown `seconds_ago` ago."""
    return signing.dumps({"page": str(page.translation_key), "started": time.time() - seconds_ago}, salt=TOKEN_SALT)


@pytest.fixture
def join_pages(db):
    return {page.locale.language_code: page for page in FormPage.objects.filter(slug__in=["join", "adherer"])}


@pytest.fixture
def join_en(join_pages):
    return join_pages["en"]


@pytest.fixture
def join_fr(join_pages):
    return join_pages["fr"]


@pytest.fixture
def cooperate_en(db):
    return FormPage.objects.get(slug="cooperate", locale__language_code="en")


def join_answers(page, **changes):
    """Valid answers to the Join form (codes for the country and the kind of authority,
    English words for the other choices)."""
    data = {
        "name_of_the_authority": "City of Kragujevac",
        "kind_of_authority": "city",
        "country": "RS",
        "contact_person": "Veroljub Stevanovic",
        "role_of_the_contact_person": "Mayor",
        "e_mail_address": "mayor@kragujevac.example.org",
        "telephone": "+381 34 306 000",
        "website": "https://www.kragujevac.example.org",
        "message": "We would like to join.",
        "letter_of_accession": pdf_upload(),
        "consent": "on",
        "form_token": form_token(page),
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def cooperate_answers(page, **changes):
    data = {
        "name_of_the_organisation": "Roma Education Network",
        "country": "RO",
        "fields_of_work": ["Education", "Youth"],
        "contact_person": "Ana Lăcătuș",
        "e_mail_address": "ana@network.example.org",
        "website": "",
        "proposal": "Homework clubs in three towns.",
        "consent": "on",
        "form_token": form_token(page),
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def post_join(client):
    def post(page, **changes):
        return client.post(page.url, join_answers(page, **changes), REMOTE_ADDR="192.0.2.10")

    return post


@pytest.fixture(autouse=True)
def empty_cache():
    """The rate limit counts in the cache: each test starts with none counted."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
