"""The frame in Chromium: addresses on a second host and port, the language switcher on a
sub-route, and the language list at 200 % zoom."""

import re

import pytest
from playwright.sync_api import expect
from pytest_django.live_server_helper import LiveServer

from events.models import EventIndexPage, EventPage
from news.models import NewsIndexPage
from participants.models import ParticipantIndexPage
from tests.browser.accessibility import assert_no_axe_violations
from tests.browser.request_gate import LIVE_REQUESTS

# Another host name than the main server's, on a port the system gives (two test runs
# may share the machine).
SECOND_HOST = "127.0.0.1"
ABSOLUTE = re.compile(r"https?://[^\s\"'<>\\]+")


@pytest.fixture(scope="module")
def second_server(demo_server, django_db_blocker):
    """The same site on another host and port than the session's server and the Site record."""
    with django_db_blocker.unblock():
        server = LIVE_REQUESTS.watch(LiveServer(SECOND_HOST))
        yield server
        server.stop()


def own_addresses(text):
    """Absolute addresses that point at this site in any of its guises (not at other sites)."""
    return [
        address
        for address in ABSOLUTE.findall(text)
        if re.match(r"https?://(testserver|localhost|127\.0\.0\.1|\[::1\])([:/]|$)", address)
    ]


def test_a_second_port_and_host_gets_its_own_addresses_everywhere(site, second_server, page):
    origin = second_server.url
    assert origin.startswith(f"http://{SECOND_HOST}:")
    assert second_server.thread.port != site.thread.port
    news = NewsIndexPage.objects.live().get(locale__language_code="fr")
    events = EventIndexPage.objects.live().get(locale__language_code="fr")
    event = EventPage.objects.live().filter(locale__language_code="en").first()
    participants = ParticipantIndexPage.objects.live().get(locale__language_code="en")

    page.goto(f"{origin}/fr/")
    assert_no_axe_violations(page)
    texts = {"/fr/": page.content()}
    page.goto(f"{origin}{event.url}")
    texts[event.url] = page.content()
    for address in [
        "/sitemap.xml",
        "/robots.txt",
        news.url + news.reverse_subpage("rss"),
        news.url + news.reverse_subpage("atom"),
        events.url + events.reverse_subpage("feed"),
        event.url + event.reverse_subpage("ics"),
        participants.url + participants.reverse_subpage("data_json"),
        participants.url + participants.reverse_subpage("data_csv"),
    ]:
        response = page.request.get(origin + address)
        assert response.status == 200, address
        text = response.text()
        if address.endswith("ics/"):
            text = re.sub(r"\r\n[ \t]", "", text)  # iCalendar folds long lines (RFC 5545, 3.1)
        texts[address] = text

    for address, text in texts.items():
        found = own_addresses(text)
        assert found, f"no absolute address in {address}"
        assert [url for url in found if not url.startswith(origin + "/")] == [], address
        assert ":8000" not in text, address


def test_the_switcher_on_a_month_of_the_calendar_opens_that_month_in_the_other_language(site, page):
    urls = {index.locale.language_code: index.url for index in EventIndexPage.objects.live().select_related("locale")}
    page.goto(f"{site.url}{urls['fr']}2014/02/")
    expect(page.locator("h1")).to_contain_text("2014")

    page.locator(".language-switcher summary").click()
    assert_no_axe_violations(page)
    page.locator('.language-switcher a[lang="de"]').click()

    page.wait_for_url(f"{site.url}{urls['de']}2014/02/")
    expect(page.locator("h1")).to_have_text("Februar 2014")
    assert page.locator("html").get_attribute("lang") == "de"


def open_language_list(page, url):
    page.goto(url)
    summary = page.locator(".language-switcher summary")
    summary.click()
    details = page.locator(".language-switcher details")
    expect(details).to_have_attribute("open", "")
    return summary, details


@pytest.mark.parametrize("width", [640, 700, 850])
def test_the_open_language_list_is_wholly_on_screen_at_200_percent_zoom(site, page, width):
    page.set_viewport_size({"width": width, "height": 900})
    open_language_list(page, f"{site.url}/fr/")

    viewport_width = page.evaluate("document.documentElement.clientWidth")
    box = page.locator(".language-switcher__list").bounding_box()
    assert box["x"] >= 0
    assert box["x"] + box["width"] <= viewport_width
    for link in page.locator(".language-switcher__list a").all():
        link_box = link.bounding_box()
        assert link_box["x"] >= 0, link.inner_text()
        assert link_box["x"] + link_box["width"] <= viewport_width, link.inner_text()
    # No sideways scrolling either (WCAG 1.4.10).
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport_width
    assert_no_axe_violations(page)


def test_escape_closes_the_language_list_and_gives_the_focus_back_to_its_button(site, page):
    page.set_viewport_size({"width": 700, "height": 900})
    summary, details = open_language_list(page, f"{site.url}/fr/")
    page.locator('.language-switcher a[lang="de"]').focus()

    page.keyboard.press("Escape")

    expect(details).not_to_have_attribute("open", "")
    expect(summary).to_be_focused()


def test_tabbing_out_of_the_language_list_closes_it(site, page):
    _summary, details = open_language_list(page, f"{site.url}/fr/")
    page.locator(".language-switcher__list a").last.focus()

    page.keyboard.press("Tab")

    expect(details).not_to_have_attribute("open", "")
    assert not page.evaluate("document.querySelector('.language-switcher').contains(document.activeElement)")
