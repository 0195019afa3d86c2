"""A visitor reading the news in Chromium: from the home page to a post, into French;
axe finds nothing to report on the news index and on a post."""

import pytest
from playwright.sync_api import expect

from tests.browser.accessibility import assert_no_axe_violations

KRAGUJEVAC_EN = "/en/news/kragujevac-becomes-the-122nd-participant/"
KRAGUJEVAC_FR = "/fr/actualites/kragujevac-devient-le-122e-participant/"


def test_a_visitor_reads_a_post_from_the_home_page_then_in_french(site, page):
    page.goto(f"{site.url}/en/")

    # The link's accessible name says which post it opens.
    read_more = page.get_by_role("link", name="Read more Kragujevac becomes the Alliance's 122nd participant")
    expect(read_more).to_be_visible()
    read_more.click()

    page.wait_for_url(f"{site.url}{KRAGUJEVAC_EN}")
    expect(page.locator("h1")).to_have_text("Kragujevac becomes the Alliance's 122nd participant")
    expect(page.locator(".news-post__meta time")).to_have_attribute("datetime", "2014-03-24")

    page.locator(".language-switcher summary").click()
    page.locator('.language-switcher a[lang="fr"]').click()

    page.wait_for_url(f"{site.url}{KRAGUJEVAC_FR}")
    assert page.locator("html").get_attribute("lang") == "fr"
    expect(page.locator("h1")).to_have_text("Kragujevac devient le 122e participant de l'Alliance")
    expect(page.locator(".news-post__meta time")).to_have_text("24 mars 2014")
    expect(page.locator(".news-post__picture .picture__credit")).to_contain_text(
        "Délégation de l'UE en République de Serbie"
    )


@pytest.mark.parametrize("url", ["/en/news/", "/fr/actualites/?topic=european-institutions"])
def test_the_news_index_has_no_accessibility_violations(site, page, url):
    page.goto(f"{site.url}{url}")

    expect(page.locator(".news-teaser").first).to_be_visible()
    assert_no_axe_violations(page)


@pytest.mark.parametrize("url", [KRAGUJEVAC_EN, KRAGUJEVAC_FR])
def test_a_news_post_has_no_accessibility_violations(site, page, url):
    page.goto(f"{site.url}{url}")

    expect(page.locator(".news-post__body figure.picture img")).to_be_visible()
    assert_no_axe_violations(page)


def test_the_filters_and_pages_work_with_the_keyboard(site, page):
    page.goto(f"{site.url}/en/news/")

    year = page.locator('nav[aria-labelledby="news-filter-year"] a', has_text="2013")
    year.focus()
    expect(year).to_be_focused()
    page.keyboard.press("Enter")

    page.wait_for_url(f"{site.url}/en/news/?year=2013")
    expect(page.locator(".news-teaser")).to_have_count(2)
    expect(page.locator('nav[aria-labelledby="news-filter-year"] a[aria-current="true"]')).to_have_text("2013")


def test_a_visitor_goes_from_the_post_to_the_participant_and_back(site, page):
    page.goto(f"{site.url}{KRAGUJEVAC_EN}")

    participant = page.locator("#news-post-participants + ul").get_by_role("link", name="Kragujevac")
    participant.focus()
    page.keyboard.press("Enter")

    page.wait_for_url(f"{site.url}/en/participants/kragujevac/")
    related = page.locator(".participant__related")
    expect(related.get_by_role("heading", name="News and events")).to_be_visible()
    related.get_by_role("link", name="Read more Kragujevac becomes the Alliance's 122nd participant").click()
    page.wait_for_url(f"{site.url}{KRAGUJEVAC_EN}")
