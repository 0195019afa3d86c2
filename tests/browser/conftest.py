"""Browser tests: Playwright driving Debian's Chromium against a live test server.

Playwright never downloads a browser here. Chromium comes from the system
(`apt-get install chromium`) or from CHROMIUM_PATH. Outside CI a missing Chromium
skips these tests with a message saying so; in CI (CI=true) it fails them.
"""

import os
import shutil

import pytest
from django.db import connection
from pytest_django.live_server_helper import LiveServer

from tests.browser.request_gate import LIVE_REQUESTS

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


def find_chromium():
    candidates = [os.environ.get("CHROMIUM_PATH"), shutil.which("chromium"), shutil.which("chromium-browser")]
    return next((path for path in candidates if path and os.path.exists(path)), None)


@pytest.fixture(scope="session")
def chromium_path():
    path = find_chromium()
    if path is None:
        message = (
            "Chromium was not found, so the browser tests cannot run. Install Debian's package "
            "(sudo apt-get install chromium) or set CHROMIUM_PATH."
        )
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def browser(chromium_path):
    # Playwright's synchronous API runs an event loop in this thread; the test code
    # around it still talks to the database synchronously, which is safe here.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, headless=True, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def browser_context_options():
    return {"locale": "en-GB", "viewport": {"width": 1280, "height": 900}}


@pytest.fixture
def page(browser, browser_context_options, site):
    # Needs `site` so that the page is closed (no request still running) before the demo
    # database is put back.
    context = browser.new_context(**browser_context_options)
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    context.close()
    # Requests the page started may still be running; the test's own fixtures may write
    # to the database as they finish.
    LIVE_REQUESTS.wait_until_idle()


@pytest.fixture(scope="session")
def demo_server(demo_database, django_db_blocker):
    """One live server for all browser tests, on the run's demo database.

    pytest-django's `live_server` would empty the database after every test (it needs
    transactional tests). The server cannot see a test's transaction on PostgreSQL, so
    browser tests commit what they make, and `site` puts the demo back as it was built
    after each of them: they leave nothing for the next test, browser or not.
    Browser tests must not ask for `db` or `transactional_db`.
    """
    # The database stays open for the server's lifetime: a request the browser makes as
    # a test ends (a late image, a prefetch) must not fail for want of access.
    with django_db_blocker.unblock():
        server = LIVE_REQUESTS.watch(LiveServer("localhost"))
        yield server
        server.stop()
        end_sessions_left_open()


def end_sessions_left_open():
    """On PostgreSQL, end the database sessions of requests that were still running when
    the server stopped (its request threads are daemons), so that the test database can
    be dropped at the end of the run."""
    if connection.vendor != "postgresql":
        return
    # A session ended when the demo database was put back (tests/demo_database.py)
    # cannot be used again: start from a new one.
    connection.close()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
    connection.close()


@pytest.fixture
def site(demo_server, demo_database, django_db_blocker):
    """The live demo site, with database access for the test's own setup and checks.

    Whatever the test committed is undone afterwards: the demo database is copied back
    from the one kept for this run (tests/demo_database.py).
    """
    with django_db_blocker.unblock():
        yield demo_server
        with LIVE_REQUESTS.paused():
            demo_database.restore()
