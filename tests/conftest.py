"""Fixtures shared by the whole suite.

The demo site is built once per content hash and kept (tests/demo_database.py); each
test run starts from a copy of it, and every test runs inside a transaction that is
rolled back, so tests see the same demo content and may change it freely. Browser tests,
whose live server cannot see a test's transaction, put the demo back as it was built
after each of them (tests/browser/conftest.py), so tests pass in any order. Fixtures used
by one area only belong in that area's folder (tests/<area>/conftest.py).
"""

import time

import pytest
from django.conf import settings
from django.core.cache import caches
from django.test import Client
from wagtail import hooks
from wagtail.images.image_operations import FormatOperation
from wagtail.models import Locale

from core.models import HomePage, StandardPage
from tests.demo_database import DemoDatabase


def pytest_report_header(config):
    database = settings.DATABASES["default"]
    return f"database: {database['ENGINE'].rsplit('.', 1)[-1]} {database.get('NAME', '')}"


def pytest_addoption(parser):
    parser.addoption(
        "--rebuild-demo",
        action="store_true",
        help="Build the demo database again instead of copying the one kept for these inputs (var/test-demo/).",
    )


@pytest.fixture(scope="session")
def demo_database(request, django_test_environment, django_db_blocker, django_db_modify_db_settings):
    """The run's test database, a copy of the demo site as built (see tests/demo_database.py).

    Replaces pytest-django's database set-up: the test database is created here, never
    migrated or filled again when a copy for the same inputs is kept. Never the
    configured (developer's) database: the copy goes into Django's test database.
    """
    database = DemoDatabase()
    with django_db_blocker.unblock():
        started = time.perf_counter()
        how = database.set_up(rebuild=request.config.getoption("--rebuild-demo", default=False))
        request.config.stash[DEMO_SETUP] = f"demo database {how} in {time.perf_counter() - started:.1f} s"
    yield database
    with django_db_blocker.unblock():
        database.tear_down()


@pytest.fixture(scope="session")
def django_db_setup(demo_database):
    """pytest-django's name for the test database set-up, used by its `db` fixture."""
    return demo_database


DEMO_SETUP = pytest.StashKey[str]()


def pytest_terminal_summary(terminalreporter, config):
    if DEMO_SETUP in config.stash:
        terminalreporter.write_line(config.stash[DEMO_SETUP])


class FormatWithoutAvifEncoding(FormatOperation):
    """`format-avif` writes a WebP file in tests, unless a test asks for AVIF (`real_avif`).

    Encoding one picture as AVIF in three widths takes about a second here, against a
    tenth for WebP, and tests run in rolled-back transactions, so every test showing a
    picture makes its renditions again. The markup is unchanged (the picture tag still
    offers an image/avif source): only the encoder differs.
    """

    def run(self, willow, image, env):
        super().run(willow, image, env)
        if self.format == "avif" and not settings.TESTS_ENCODE_AVIF:
            env["output-format"] = "webp"


@hooks.register("register_image_operations", order=100)
def formats_without_avif_encoding():
    return [("format", FormatWithoutAvifEncoding)]


@pytest.fixture
def real_avif(settings):
    """Pictures asked for as AVIF are encoded as AVIF, as in production."""
    settings.TESTS_ENCODE_AVIF = True


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
