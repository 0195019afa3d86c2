"""The participant directory in Chromium: filters, the map and its popups, accessibility.

Map tiles point at a closed local port in the test settings: the map must work (markers,
popups) with no tile at all, and the tests never reach the network.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.accessibility import assert_no_axe_violations

SHOWN_COUNT = "#directory-results-count"


def test_visitor_filters_by_country_and_sees_the_count_change(site, page):
    page.goto(f"{site.url}/en/participants/")
    before = page.locator(SHOWN_COUNT).inner_text()
    assert re.fullmatch(r"Shown: \d+ cities and regions from \d+ countries", before)

    page.get_by_label("Country").select_option(label="Serbia")
    page.get_by_role("button", name="Show participants").click()

    expect(page.locator(SHOWN_COUNT)).to_have_text("Shown: 2 cities and regions from 1 country")
    assert page.url.endswith("country=RS&kind=&year=&status=active&sort=name") or "country=RS" in page.url
    expect(page.get_by_label("Country")).to_have_value("RS")
    names = page.locator(".participant-list__name a").all_inner_texts()
    assert names == ["Kragujevac", "Niš"]
    # The Alliance's own counter does not change with the filters.
    expect(page.locator(".directory__counter")).to_have_text(re.compile(r"^30 cities and regions from 18 countries$"))


def open_popup(page, marker_name):
    page.get_by_role("button", name=marker_name).click()
    popup = page.locator(".leaflet-popup")
    expect(popup).to_be_visible()
    expect(popup).to_have_css("opacity", "1")  # faded in: axe measures the final colours
    return popup


def test_visitor_opens_a_participant_from_a_map_marker_popup(site, page):
    page.goto(f"{site.url}/en/participants/?country=RS")

    expect(page.locator("[data-directory-map]")).to_be_visible()
    popup = open_popup(page, "Kragujevac")
    expect(popup).to_contain_text("Serbia · No. 122")
    assert_no_axe_violations(page)

    popup.get_by_role("link", name="Kragujevac").click()

    page.wait_for_url(f"{site.url}/en/participants/kragujevac/")
    expect(page.locator("h1")).to_have_text("Kragujevac")
    expect(page.locator(".participant__ordinal")).to_have_text("The Alliance's 122nd participant")
    assert_no_axe_violations(page)


def test_visitor_opens_a_participant_from_the_list_in_french(site, page):
    page.goto(f"{site.url}/fr/participants/?country=FR")

    popup = open_popup(page, "Paris")
    expect(popup).to_contain_text("France · N° 121")
    expect(page.locator(".leaflet-popup-close-button")).to_have_attribute("aria-label", "Fermer")
    expect(page.locator(".leaflet-control-zoom-in")).to_have_attribute("title", "Zoom avant")
    assert_no_axe_violations(page)

    page.locator(".participant-list").get_by_role("link", name="Paris", exact=True).click()

    page.wait_for_url(f"{site.url}/fr/participants/paris/")
    expect(page.locator("h1")).to_have_text("Paris")
    expect(page.locator(".participant__ordinal")).to_have_text("121e participant de l'Alliance")
    assert_no_axe_violations(page)


def test_directory_and_numbered_table_have_no_accessibility_violations(site, page):
    page.goto(f"{site.url}/en/participants/")
    expect(page.locator("[data-directory-map]")).to_be_visible()
    assert_no_axe_violations(page)

    page.get_by_role("link", name="Numbered table").click()

    expect(page.locator(".directory-table tbody tr").first.locator("td").first).to_have_text("2")
    last_row = page.locator(".directory-table tbody tr").last
    expect(last_row).to_contain_text("130")
    expect(last_row).to_contain_text("Reggio Calabria")
    assert_no_axe_violations(page)
    page.goto(f"{site.url}/sr/uchesnitsi/kragujevats/")
    expect(page.locator(".participant__ordinal")).to_have_text("122. учесник Алијансе")
    assert_no_axe_violations(page)


@pytest.mark.parametrize("browser_context_options", [{"java_script_enabled": False, "locale": "en-GB"}])
def test_directory_works_without_javascript(site, page):
    page.goto(f"{site.url}/en/participants/")

    expect(page.locator("[data-directory-map]")).to_be_hidden()
    page.get_by_label("Kind of authority").select_option("region")
    page.get_by_role("button", name="Show participants").click()

    expect(page.locator(SHOWN_COUNT)).to_have_text("Shown: 4 cities and regions from 4 countries")
    # (No axe run here: axe is a script, and scripts are off.)


@pytest.mark.parametrize("browser_context_options", [{"viewport": {"width": 360, "height": 740}, "locale": "de-DE"}])
def test_directory_fits_a_phone_screen(site, page):
    for url in ["/de/teilnehmer/", "/de/teilnehmer/?view=table"]:
        page.goto(f"{site.url}{url}")
        expect(page.locator("[data-directory-map]")).to_be_visible()

        assert page.evaluate("document.documentElement.scrollWidth") <= 360
