"""Listings in Chromium: a Romani visitor's news list, the home page's upcoming events, axe."""

import datetime
import uuid

import pytest
from playwright.sync_api import expect

from events.models import EventIndexPage, EventPage, EventStatus, site_today
from tests.browser.accessibility import assert_no_axe_violations


def test_a_romani_visitor_sees_the_english_posts_marked_and_stays_in_romani(site, page):
    page.goto(f"{site.url}/rom/nevimata/")

    first = page.locator(".news-list__item").first
    title = first.locator(".news-teaser__title")
    expect(title.locator('span[lang="en"]')).to_have_count(1)
    expect(title.locator(".language-note")).to_have_text("(Anglikani čhib)")
    expect(first.locator(".news-teaser__teaser")).to_have_attribute("lang", "en")
    read_more = first.locator(".read-more a")
    expect(read_more).to_have_attribute("hreflang", "en")
    english_title = title.locator('span[lang="en"]').inner_text()

    read_more.focus()
    page.keyboard.press("Enter")

    # The post opens in the Romani tree (menu and frame in Romani), with the notice.
    page.wait_for_url(f"{site.url}/rom/nevimata/**")
    expect(page.locator("html")).to_have_attribute("lang", "rom")
    expect(page.locator("h1")).to_have_text(english_title)
    expect(page.locator(".translation-notice")).to_be_visible()


@pytest.mark.parametrize("url", ["/rom/nevimata/", "/rom/", "/rom/resursura/", "/fr/ressources/"])
def test_listings_have_no_accessibility_violations(site, page, url):
    page.goto(f"{site.url}{url}")

    assert_no_axe_violations(page)


@pytest.fixture
def cancelled_event_tomorrow(site):
    """A cancelled event in the French calendar, sooner than every other (gone with the
    rest of the test's changes when the demo database is put back)."""
    calendar = EventIndexPage.objects.get(locale__language_code="fr")
    event = EventPage(
        title=f"Réunion annulée {uuid.uuid4().hex[:8]}",
        slug=f"reunion-annulee-{uuid.uuid4().hex[:8]}",
        start_date=site_today() + datetime.timedelta(days=1),
        status=EventStatus.CANCELLED,
        city="Strasbourg",
        country="FR",
    )
    calendar.add_child(instance=event)
    return event


def test_a_cancelled_event_does_not_lead_the_home_page(site, page, cancelled_event_tomorrow):
    page.goto(f"{site.url}/fr/")

    block = page.locator(".home__upcoming")
    expect(block.locator("h2")).to_have_text("Événements à venir")
    items = block.locator(".latest-list__item")
    expect(items).to_have_count(3)
    expect(items.last.locator(".teaser__title")).to_have_text(cancelled_event_tomorrow.title)
    expect(items.last.locator(".teaser__note")).to_have_text("Annulé")
    expect(items.first.locator(".teaser__note")).to_have_count(0)
    # The latest list holds what has happened: the cancelled event is not in it.
    expect(page.locator(".home__latest").get_by_text(cancelled_event_tomorrow.title)).to_have_count(0)
    assert_no_axe_violations(page)

    calendar_link = block.get_by_role("link", name="Afficher tous les événements")
    calendar_link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site.url}/fr/evenements/")
    expect(page.get_by_role("link", name=cancelled_event_tomorrow.title)).to_be_visible()
