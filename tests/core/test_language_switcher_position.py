"""The language switcher keeps where the visitor is: the sub-route and the query string."""

import pytest
from bs4 import BeautifulSoup

from events.models import EventIndexPage
from news.models import NewsIndexPage
from participants.models import ParticipantIndexPage


def switcher_links(response):
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    return {a["lang"]: a["href"] for a in html.select("nav.language-switcher a")}, html


def index_urls(model):
    return {page.locale.language_code: page.url for page in model.objects.live().select_related("locale")}


@pytest.mark.django_db
def test_from_a_month_of_the_calendar_every_language_opens_that_month(client):
    urls = index_urls(EventIndexPage)

    links, html = switcher_links(client.get(f"{urls['fr']}2014/02/"))

    assert links["fr"] == f"{urls['fr']}2014/02/"
    for code in ("en", "de", "rom"):
        assert links[code] == f"{urls[code]}2014/02/"
    # A month is a page of its own for search engines: its canonical address and its
    # alternates name that month, in each language's words.
    assert html.select_one('link[rel="canonical"]')["href"].endswith(f"{urls['fr']}2014/02/")
    alternates = {link["hreflang"]: link["href"] for link in html.select('link[rel="alternate"][hreflang]')}
    assert alternates["en"].endswith(f"{urls['en']}2014/02/")
    assert alternates["x-default"].endswith(f"{urls['en']}2014/02/")


@pytest.mark.django_db
def test_from_a_year_of_the_calendar_every_language_opens_that_year(client):
    urls = index_urls(EventIndexPage)

    links, _html = switcher_links(client.get(f"{urls['fr']}2014/"))

    assert links["en"] == f"{urls['en']}2014/"


@pytest.mark.django_db
def test_the_news_year_filter_is_kept_in_every_language(client):
    urls = index_urls(NewsIndexPage)

    links, html = switcher_links(client.get(f"{urls['fr']}?year=2014"))

    assert links["en"] == f"{urls['en']}?year=2014"
    assert links["de"] == f"{urls['de']}?year=2014"
    canonical = html.select_one('link[rel="canonical"]')["href"]
    assert canonical.endswith(urls["fr"])
    assert all("?" not in link["href"] for link in html.select('link[rel="alternate"][hreflang]'))


@pytest.mark.django_db
def test_the_participants_view_and_search_are_kept_in_every_language(client):
    urls = index_urls(ParticipantIndexPage)

    links, _html = switcher_links(client.get(f"{urls['fr']}?view=table&q=par"))

    for code in urls:
        assert links[code] == f"{urls[code]}?view=table&q=par"


@pytest.mark.django_db
def test_a_language_without_the_page_opens_its_home_page_without_the_query(client, home_pages):
    NewsIndexPage.objects.get(locale__language_code="de").unpublish()
    urls = index_urls(NewsIndexPage)

    links, _html = switcher_links(client.get(f"{urls['fr']}?year=2014"))

    assert links["de"] == home_pages["de"].url
    assert links["en"] == f"{urls['en']}?year=2014"
