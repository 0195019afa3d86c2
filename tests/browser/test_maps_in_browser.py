"""The participants' maps and the register table in Chromium: keyboard, focus, phones.

Map tiles point at a closed local port in the test settings, so the maps show markers on
a plain background and the tests never reach the network.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.accessibility import assert_no_axe_violations

PHONE = {"viewport": {"width": 320, "height": 640}, "locale": "en-GB"}


def relative_luminance(rgb):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(value) for value in rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first, second):
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def rgb_of(css_colour):
    """An opaque colour's red, green and blue; a transparent outline shows nothing."""
    parts = [float(part) for part in re.findall(r"[\d.]+", css_colour)]
    assert len(parts) == 3 or parts[3] == 1, f"not opaque: {css_colour}"
    return tuple(int(part) for part in parts[:3])


def focus_indicator(page):
    """The focused element's outline: its colour and width."""
    return page.evaluate(
        """() => {
            const style = getComputedStyle(document.activeElement);
            return {colour: style.outlineColor, width: parseFloat(style.outlineWidth), style: style.outlineStyle};
        }"""
    )


def tab_until(page, selector, limit=80):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(selector) => document.activeElement.matches(selector)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_participant_page_shows_its_place_on_a_small_map(site, page):
    page.goto(f"{site.url}/en/participants/kragujevac/")

    expect(page.locator(".participant__place")).to_have_text("Kragujevac, Serbia")
    marker = page.locator(".place-map .leaflet-marker-icon")
    expect(marker).to_have_count(1)
    expect(marker).to_have_attribute("alt", "Kragujevac")
    text = page.locator("main").inner_text()
    assert "latitude" not in text.lower()
    assert "44.0128" not in text
    assert "44,0128" not in text
    # The map has its box before the script draws it: a fixed aspect ratio.
    box = page.locator(".place-map__canvas").bounding_box()
    assert box["height"] > 100
    assert abs(box["width"] / box["height"] - 1.5) < 0.05
    assert_no_axe_violations(page)

    # Reachable by keyboard, with a visible focus, and not a trap.
    tab_until(page, ".place-map .leaflet-container")
    indicator = focus_indicator(page)
    assert indicator["style"] == "solid"
    assert indicator["width"] >= 2
    assert contrast(rgb_of(indicator["colour"]), (255, 255, 255)) >= 3
    tab_until(page, ".place-map .leaflet-control-zoom-in")
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("!document.activeElement.closest('.place-map')"):
            break
    else:
        raise AssertionError("the focus stays in the map")


@pytest.mark.parametrize("browser_context_options", [{"java_script_enabled": False, "locale": "fr-FR"}])
def test_participant_page_names_its_place_without_javascript(site, page):
    page.goto(f"{site.url}/fr/participants/kragujevac/")

    expect(page.locator(".participant__place")).to_have_text("Kragujevac, Serbie")
    expect(page.locator(".place-map")).to_be_hidden()
    assert "latitude" not in page.locator("main").inner_text().lower()
    # The demo's credit line is in the page's language.
    expect(page.locator(".participant__emblem .picture__credit")).to_have_text(
        "Photo : Dessiné pour le site de démonstration"
    )


@pytest.mark.parametrize("browser_context_options", [PHONE])
def test_register_table_fits_a_320_pixel_screen(site, page):
    page.goto(f"{site.url}/en/participants/?view=table&sort=number")

    table = page.locator(".directory-table")
    expect(table).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    # The caption is whole: on screen and not clipped.
    caption = page.locator(".directory-table caption")
    caption_box = caption.bounding_box()
    assert caption_box["x"] >= 0
    assert caption_box["x"] + caption_box["width"] <= 320
    assert caption.evaluate("(element) => element.scrollWidth <= element.clientWidth + 1")
    # Every row's date is on screen, labelled with its column's name.
    first_row = table.locator("tbody tr").first
    date_cell = first_row.locator("td").last
    assert date_cell.get_attribute("data-label") == "Date of accession"
    assert date_cell.evaluate("(element) => getComputedStyle(element, '::before').content") not in ("none", "normal")
    date_box = first_row.locator("time").bounding_box()
    assert date_box["x"] >= 0
    assert date_box["x"] + date_box["width"] <= 320
    scroller = page.locator(".directory-table__scroller")
    assert scroller.evaluate("(element) => element.scrollWidth <= element.clientWidth + 1")
    assert_no_axe_violations(page)


def test_map_zoom_buttons_come_before_the_markers_and_popups_take_the_focus(site, page):
    page.goto(f"{site.url}/en/participants/?country=RS")
    expect(page.locator("#directory-map .leaflet-marker-icon")).to_have_count(2)

    order = []
    tab_until(page, "#directory-map")
    for _ in range(8):
        page.keyboard.press("Tab")
        order.append(
            page.evaluate(
                """() => {
                    const element = document.activeElement;
                    if (element.matches('.leaflet-control-zoom-in')) return 'zoom in';
                    if (element.matches('.leaflet-control-zoom-out')) return 'zoom out';
                    if (element.matches('.leaflet-marker-icon')) return 'marker';
                    return element.closest('#directory-map') ? 'other' : 'outside';
                }"""
            )
        )
    assert "marker" in order
    assert order.index("zoom in") < order.index("zoom out") < order.index("marker")

    tab_until(page, ".leaflet-marker-icon[alt='Kragujevac']")
    page.keyboard.press("Enter")
    popup_link = page.locator(".leaflet-popup").get_by_role("link", name="Kragujevac")
    expect(popup_link).to_be_focused()
    expect(page.locator(".leaflet-popup")).to_have_css("opacity", "1")
    assert_no_axe_violations(page)

    page.keyboard.press("Escape")
    expect(page.locator(".leaflet-popup")).to_have_count(0)
    expect(page.locator(".leaflet-marker-icon[alt='Kragujevac']")).to_be_focused()


def test_map_focus_is_visible_on_its_buttons_and_markers(site, page):
    page.goto(f"{site.url}/en/participants/?country=RS")
    expect(page.locator("#directory-map .leaflet-marker-icon")).to_have_count(2)

    for selector in ["#directory-map", ".leaflet-control-zoom-in", ".leaflet-marker-icon[alt='Niš']"]:
        tab_until(page, selector)
        indicator = focus_indicator(page)
        assert indicator["style"] == "solid", selector
        assert indicator["width"] >= 2, selector
        # Against the white page and the white buttons: at least 3:1.
        assert contrast(rgb_of(indicator["colour"]), (255, 255, 255)) >= 3, (selector, indicator)
    # A focused marker is drawn above its neighbours.
    z_index = page.evaluate("getComputedStyle(document.activeElement).zIndex")
    others = page.evaluate(
        """() => [...document.querySelectorAll('#directory-map .leaflet-marker-icon')]
            .filter((element) => element !== document.activeElement)
            .map((element) => parseInt(getComputedStyle(element).zIndex, 10))"""
    )
    assert all(int(z_index) > other for other in others)


def test_nearby_markers_are_grouped_into_targets_that_do_not_overlap(site, page):
    page.goto(f"{site.url}/en/participants/")
    expect(page.locator("#directory-map .map-cluster").first).to_be_visible()

    boxes = page.evaluate(
        """() => [...document.querySelectorAll('#directory-map .leaflet-marker-icon')].map((element) => {
            const box = element.getBoundingClientRect();
            return [box.left, box.top, box.right, box.bottom];
        })"""
    )
    assert len(boxes) < 30  # some of the thirty are grouped
    for index, first in enumerate(boxes):
        assert first[2] - first[0] >= 24
        assert first[3] - first[1] >= 24
        for second in boxes[index + 1 :]:
            overlap = min(first[2], second[2]) > max(first[0], second[0]) and min(first[3], second[3]) > max(
                first[1], second[1]
            )
            assert not overlap, (first, second)
    cluster = page.locator("#directory-map .map-cluster").first
    expect(cluster).to_have_attribute("role", "button")
    assert re.search(r"Participants here: \d+\. Choose to zoom in on them\.$", cluster.text_content())
    assert_no_axe_violations(page)

    # Chosen from the keyboard, a group opens and the focus stays on the map.
    tab_until(page, "#directory-map .map-cluster")
    page.evaluate("window.chosenGroup = document.activeElement")
    page.keyboard.press("Enter")
    page.wait_for_function(
        "document.activeElement !== window.chosenGroup"
        " && document.activeElement.matches('#directory-map .leaflet-marker-icon')"
        " && !document.activeElement.closest('.leaflet-zoom-anim')"
    )
    page.wait_for_function("!document.body.contains(window.chosenGroup)")  # the map zoomed in
    page.wait_for_function("!document.querySelector('#directory-map .leaflet-zoom-anim')")
    assert page.evaluate("document.activeElement.matches('#directory-map .leaflet-marker-icon')")


def test_directory_does_not_move_when_its_map_appears(site, page):
    page.goto(f"{site.url}/en/participants/")
    expect(page.locator("#directory-map .leaflet-marker-icon").first).to_be_visible()

    shift = page.evaluate(
        """() => new Promise((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
                for (const entry of list.getEntries()) {
                    if (!entry.hadRecentInput) total += entry.value;
                }
            }).observe({type: "layout-shift", buffered: true});
            setTimeout(() => resolve(total), 500);
        })"""
    )
    assert shift < 0.01
