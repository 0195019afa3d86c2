"""The calendar in Chromium: keyboard use, the month view, the .ics download, axe."""

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from tests.browser.accessibility import assert_no_axe_violations


def tab_to(page, locator, limit=80):
    """Press Tab until `locator` has the focus, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if locator.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"Tab never reached {locator}")


def test_a_visitor_browses_the_calendar_with_the_keyboard_and_downloads_an_event(site, page):
    page.goto(f"{site.url}/en/events/2014/03/")
    expect(page.locator("h1")).to_have_text("March 2014")

    previous_month = page.get_by_role("link", name="Previous month: February 2014")
    tab_to(page, previous_month)
    expect(previous_month).to_be_focused()
    page.keyboard.press("Enter")

    page.wait_for_url(f"{site.url}/en/events/2014/02/")
    expect(page.locator("h1")).to_have_text("February 2014")
    grid_link = page.locator("table").get_by_role("link", name="First national workshop of the French participants")
    tab_to(page, grid_link)
    page.keyboard.press("Enter")

    page.wait_for_url(f"{site.url}/en/events/first-national-workshop-france/")
    expect(page.locator("h1")).to_have_text("First national workshop of the French participants")
    expect(page.locator(".event-facts")).to_contain_text("13 February 2014")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Add to my calendar (.ics)").click()
    download = download_info.value
    assert download.suggested_filename == "first-national-workshop-france.ics"
    with open(download.path(), "rb") as file:
        calendar = Calendar.from_ical(file.read())
    [event] = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "First national workshop of the French participants"
    assert event["STATUS"] == "CONFIRMED"


CALENDAR_AND_EVENT_PAGES = [
    "/en/events/",
    "/en/events/2014/02/",
    "/fr/evenements/2014/02/",
    "/rom/evenimentura/2014/02/",
    "/en/events/2014/",
    "/en/events/first-national-workshop-france/",
    "/fr/evenements/seminaire-balkans-occidentaux/",
    "/en/events/exchange-on-roma-inclusion-in-schools/",
    "/en/events/paris-joins-the-alliance/",  # with the participant taking part
    "/fr/evenements/conference-lancement-romact-romed2/",  # with the news about it
]


def test_calendar_and_event_pages_have_no_accessibility_violations(site, page):
    # One test for all the pages: each live-server test builds the demo site again.
    for path in CALENDAR_AND_EVENT_PAGES:
        response = page.goto(f"{site.url}{path}")
        assert response.status == 200, path
        assert_no_axe_violations(page)


def test_the_filters_work_with_the_keyboard(site, page):
    page.goto(f"{site.url}/en/events/")

    country = page.get_by_label("Country")
    tab_to(page, country)
    page.keyboard.press("ArrowDown")  # changes the value of a focused <select> in Chromium
    chosen = country.input_value()
    assert chosen
    tab_to(page, page.get_by_role("button", name="Show events"))
    page.keyboard.press("Enter")

    page.wait_for_url(f"**/en/events/?country={chosen}&attendance=")
    expect(page.get_by_label("Country")).to_have_value(chosen)
    assert_no_axe_violations(page)


@pytest.mark.parametrize("browser_context_options", [{"viewport": {"width": 360, "height": 740}, "locale": "fr-FR"}])
def test_the_month_view_fits_a_phone_screen(site, page):
    page.goto(f"{site.url}/fr/evenements/2014/02/")

    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    expect(page.locator("table caption")).to_be_visible()
    # The grid marks the busy day; the list below tells what happens.
    expect(page.locator("section.events__list").get_by_role("link", name="Premier atelier national")).to_be_visible()
    assert_no_axe_violations(page)
