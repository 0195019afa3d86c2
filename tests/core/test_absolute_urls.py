"""Absolute addresses use the host and port the visitor asked for, not the Site record's.

The demo Site says `testserver` (port 80); these requests come to another host and port,
as on a developer's machine that runs `make run PORT=8101`.
"""

import re
import subprocess

import pytest
from django.conf import settings as django_settings
from django.core import mail

from applications.models import FormPage
from events.models import EventIndexPage, EventPage
from news.models import NewsIndexPage
from participants.models import ParticipantIndexPage
from tests.applications.conftest import join_answers

HOST = "alliance.example.net:8214"
ORIGIN = f"http://{HOST}"
ABSOLUTE = re.compile(r"https?://[^\s\"'<>\\]+")


@pytest.fixture
def other_host(settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "alliance.example.net"]


def site_addresses(text):
    """The absolute addresses in `text` that point at this site (not at other sites)."""
    return [
        address
        for address in ABSOLUTE.findall(text)
        if "testserver" in address or "example.net" in address or ":8000" in address
    ]


def assert_addresses_use_the_request(text):
    addresses = site_addresses(text)
    assert addresses, "no absolute address of the site was found"
    wrong = [address for address in addresses if not address.startswith(ORIGIN + "/")]
    assert wrong == []


def get(client, url):
    response = client.get(url, HTTP_HOST=HOST)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.mark.django_db
def test_canonical_and_hreflang_links_use_the_requested_host(client, other_host, english_home):
    html = get(client, english_home.url)

    assert f'<link rel="canonical" href="{ORIGIN}/en/">' in html
    assert f'hreflang="fr" href="{ORIGIN}/fr/"' in html
    assert_addresses_use_the_request(html)


@pytest.mark.django_db
def test_sitemap_uses_the_requested_host(client, other_host):
    assert_addresses_use_the_request(get(client, "/sitemap.xml"))


@pytest.mark.django_db
def test_news_feeds_use_the_requested_host(client, other_host):
    index = NewsIndexPage.objects.live().get(locale__language_code="en")
    for route in ("rss", "atom"):
        assert_addresses_use_the_request(get(client, index.url + index.reverse_subpage(route)))


@pytest.mark.django_db
def test_calendars_and_event_data_use_the_requested_host(client, other_host):
    index = EventIndexPage.objects.live().get(locale__language_code="en")
    event = EventPage.objects.live().filter(locale__language_code="en").first()

    assert_addresses_use_the_request(get(client, index.url + index.reverse_subpage("feed")))
    assert_addresses_use_the_request(get(client, event.url + event.reverse_subpage("ics")))
    html = get(client, event.url)
    json_ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert_addresses_use_the_request(json_ld)


@pytest.mark.django_db
def test_open_data_uses_the_requested_host(client, other_host):
    index = ParticipantIndexPage.objects.live().get(locale__language_code="en")
    for route in ("data_csv", "data_json"):
        assert_addresses_use_the_request(get(client, index.url + index.reverse_subpage(route)))


@pytest.mark.django_db
def test_taskforce_email_links_to_the_review_page_on_the_requested_host(client, other_host):
    join = FormPage.objects.live().get(locale__language_code="en", slug="join")

    client.post(join.url, join_answers(join), HTTP_HOST=HOST, REMOTE_ADDR="192.0.2.44")

    notice = next(message for message in mail.outbox if message.to == ["alliance@coe.int"])
    assert re.search(rf"{re.escape(ORIGIN)}/admin/applications/\S+", notice.body)
    assert_addresses_use_the_request(notice.body)


@pytest.mark.django_db
def test_without_a_request_addresses_come_from_the_site(english_home):
    assert english_home.get_full_url() == "http://testserver/en/"


@pytest.mark.django_db
def test_the_demo_loader_gives_the_site_the_address_make_run_serves(settings):
    from demo.builder import DemoBuilder
    from demo.site import ensure_home_page

    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8101"

    builder = DemoBuilder()
    builder.ensure_locales()
    _home, site = ensure_home_page(builder)

    assert (site.hostname, site.port) == ("127.0.0.1", 8101)
    assert site.root_page.get_full_url() == "http://127.0.0.1:8101/en/"


MAKE_RUN_WITHOUT_SETUP = ["make", "-s", "-o", ".venv/bin/.installed", "-o", "translations", "run"]


def test_make_run_hands_its_host_and_port_to_the_demo_loader_and_the_admin_login():
    # Every manage.py command of the recipe is replaced by one that prints the address it
    # is given; the prerequisites (installation, catalogs) are taken as done.
    result = subprocess.run(
        [*MAKE_RUN_WITHOUT_SETUP, "HOST=localhost", "PORT=8101", "MANAGE=printenv WAGTAILADMIN_BASE_URL; true"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=django_settings.BASE_DIR,
    )

    lines = result.stdout.splitlines()
    # migrate, load_demo_content, ensure_demo_admin, runserver: all get the address.
    assert lines.count("http://localhost:8101") == 4, result.stdout + result.stderr
    assert "Site: http://localhost:8101/  (stop with Ctrl+C)" in lines
