"""Fixtures of the translation workflow: people per language, and a network that is off."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import Locale, Page

from core.models import FooterText, StandardPage
from localization.workflows import approvers_group_name, translators_group_name

PASSWORD = "a-long-test-password-9"


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Tests never reach a translation service: any HTTP request fails the test."""
    import requests

    def refuse(*args, **kwargs):
        raise AssertionError(f"A test tried to use the network: {args} {kwargs}")

    monkeypatch.setattr(requests.Session, "request", refuse)
    monkeypatch.setattr(requests, "post", refuse)
    monkeypatch.setattr(requests, "get", refuse)


def make_user(username, *groups, **extra):
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.org", password=PASSWORD, **extra
    )
    user.groups.set(groups)
    return user


@pytest.fixture
def make_member(db):
    def make(username, language_code, role="translators"):
        name = translators_group_name(language_code) if role == "translators" else approvers_group_name(language_code)
        return make_user(username, Group.objects.get(name=name))

    return make


@pytest.fixture
def french_translator(make_member):
    return make_member("translator-fr", "fr")


@pytest.fixture
def french_approver(make_member):
    return make_member("approver-fr", "fr", role="approvers")


@pytest.fixture
def superuser(db):
    return make_user("root", is_superuser=True, is_staff=True)


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def translator_client(french_translator):
    return client_for(french_translator)


@pytest.fixture
def approver_client(french_approver):
    return client_for(french_approver)


@pytest.fixture
def superuser_client(superuser):
    return client_for(superuser)


def page_in(language_code, english_slug):
    """The page of `language_code` that translates (or mirrors) the English page `english_slug`."""
    english = Page.objects.get(slug=english_slug, locale__language_code="en")
    return Page.objects.get(translation_key=english.translation_key, locale__language_code=language_code).specific


@pytest.fixture
def english_about(db):
    return StandardPage.objects.get(slug="about", locale__language_code="en")


@pytest.fixture
def footer_texts(db):
    return {text.locale.language_code: text for text in FooterText.objects.select_related("locale")}


@pytest.fixture
def locale_of():
    def get(code):
        return Locale.objects.get(language_code=code)

    return get
