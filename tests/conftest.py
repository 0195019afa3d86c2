"""Fixtures shared by the whole suite.

The demo site is built once per test session, in the test database, and every test
runs inside a transaction that is rolled back, so tests see the same demo content and
may change it freely. Fixtures used by one area only belong in that area's folder
(tests/<area>/conftest.py). Browser tests share one live server on the committed demo
data and what they add stays; they run last (see pytest_collection_modifyitems) so that
the other tests see the demo content as it was built.
"""

import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connection
from django.test import Client
from django.test.utils import setup_databases, teardown_databases
from wagtail.models import Locale

from core.models import HomePage, StandardPage


def pytest_report_header(config):
    database = settings.DATABASES["default"]
    return f"database: {database['ENGINE'].rsplit('.', 1)[-1]} {database.get('NAME', '')}"


def pytest_collection_modifyitems(config, items):
    # Browser tests commit what they do (see tests/browser/conftest.py); run them after
    # the tests that rely on the session's demo content as it was built.
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


# The database settings as configured, before pytest-django points them at a test database.
CONFIGURED_DATABASE_NAME = settings.DATABASES["default"]["NAME"]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    created = None
    with django_db_blocker.unblock():
        # pytest-django creates the test database only when a selected test asks for
        # `db` or `transactional_db`; browser tests share a live server instead. Never
        # let the demo content land in the configured (developer's) database.
        if connection.settings_dict["NAME"] == CONFIGURED_DATABASE_NAME:
            created = setup_databases(verbosity=0, interactive=False, aliases={DEFAULT_DB_ALIAS})
        call_command("load_demo_content")
    yield
    if created is not None:
        with django_db_blocker.unblock():
            teardown_databases(created, verbosity=0)


@pytest.fixture(autouse=True)
def empty_caches():
    """Every test starts with empty caches.

    The database is rolled back after each test, the cache is not: a test's cached
    renditions, pages or lookups would otherwise outlive the rows they describe and
    change what the next test sees (and the queries it counts).
    """
    for cache in caches.all(initialized_only=True):
        cache.clear()


@pytest.fixture
def client():
    return Client()


@pytest.fixture
def home_pages(db):
    """The live home page of every language, by language code."""
    return {page.locale.language_code: page for page in HomePage.objects.live().select_related("locale")}


@pytest.fixture
def english_home(home_pages):
    return home_pages[settings.LANGUAGE_CODE]


@pytest.fixture
def about_page(db):
    return StandardPage.objects.get(slug="about", locale__language_code="en")


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}
