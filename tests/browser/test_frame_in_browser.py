"""What a person meets in Chromium: accessibility, keyboard use, the contact address."""

import pytest
from playwright.sync_api import expect

from tests.browser.accessibility import assert_no_axe_violations, axe_violations


@pytest.mark.parametrize("language", ["en", "fr", "rom"])
def test_home_page_has_no_accessibility_violations(site, page, language):
    page.goto(f"{site.url}/{language}/")

    assert page.locator("html").get_attribute("lang") == language
    assert_no_axe_violations(page)
    # The language list, once open, passes too.
    page.locator(".language-switcher summary").click()
    assert_no_axe_violations(page)


def test_accessibility_check_can_fail(site, page):
    """The check is real: a picture without alt text on the page is reported."""
    page.goto(f"{site.url}/en/")
    page.evaluate("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/static/missing.png\">')")

    assert "image-alt" in {violation["id"] for violation in axe_violations(page)}


def test_not_found_page_has_no_accessibility_violations(site, page):
    response = page.goto(f"{site.url}/fr/nulle-part/")

    assert response.status == 404
    assert_no_axe_violations(page)


def test_skip_link_is_the_first_stop_and_moves_focus_to_the_content(site, page):
    page.goto(f"{site.url}/en/")

    page.keyboard.press("Tab")
    skip_link = page.locator("a.skip-link")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()


def test_language_switcher_works_with_the_keyboard_alone(site, page):
    page.goto(f"{site.url}/en/about/")

    summary = page.locator(".language-switcher summary")
    summary.focus()
    page.keyboard.press("Enter")
    expect(page.locator(".language-switcher details")).to_have_attribute("open", "")
    # Tab to "English" (the first entry), then to "français".
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    expect(page.locator('.language-switcher a[lang="fr"]')).to_be_focused()
    page.keyboard.press("Enter")

    page.wait_for_url(f"{site.url}/fr/a-propos/")
    assert page.locator("html").get_attribute("lang") == "fr"


def test_focus_is_visible(site, page):
    page.goto(f"{site.url}/en/")
    page.keyboard.press("Tab")

    background = page.evaluate("getComputedStyle(document.activeElement).backgroundColor")
    assert background == "rgb(255, 221, 0)"


def test_contact_address_becomes_a_mail_link_with_javascript(site, page):
    page.goto(f"{site.url}/en/")

    link = page.locator("footer a.protected-email")
    expect(link).to_have_attribute("href", "mailto:alliance@coe.int")
    expect(link).to_have_text("alliance@coe.int")
    link.focus()
    expect(link).to_be_focused()


@pytest.mark.parametrize("browser_context_options", [{"java_script_enabled": False, "locale": "fr-FR"}])
def test_contact_address_is_readable_without_javascript(site, page):
    page.goto(f"{site.url}/fr/")

    address = page.locator("footer .protected-email")
    expect(address).to_be_visible()
    # CSS draws "@" and "." between the words.
    at_sign = page.evaluate("getComputedStyle(document.querySelector('.protected-email__at'), '::before').content")
    assert at_sign == '"@"'
    visible_words = address.evaluate(
        "element => [...element.children].filter(child => !child.classList.contains('visually-hidden'))"
        ".map(child => child.textContent + getComputedStyle(child, '::before').content.replaceAll('\"', '')"
        ".replace('none', '')).join('')"
    )
    assert visible_words == "alliance@coe.int"


@pytest.mark.parametrize("browser_context_options", [{"viewport": {"width": 360, "height": 740}, "locale": "de-DE"}])
def test_layout_fits_a_phone_screen(site, page):
    page.goto(f"{site.url}/de/")

    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    expect(page.locator(".language-switcher summary")).to_be_visible()
    expect(page.locator("h1")).to_be_visible()
