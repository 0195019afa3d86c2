"""Every listing of a language shows everything its tree holds (`core.listings`); the feeds
and the sitemap keep to real translations (`core.models.mixins.exclude_untranslated`).

A page not translated into a language yet (an alias, or a translation started but not
published) is listed there through its page in that language's tree, in its source
language and marked so: `lang` and `hreflang` of the source, and "(English)" in the
visitor's language. Once its translation is published it is listed as the language's own
page and joins the feeds and the sitemap.
"""

import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from icalendar import Calendar

from core.models import SourceContentPage
from tests.localization.conftest import page_in

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def listed(html, item_selector, title_selector, link_selector):
    """(title, title's lang, note, link address, link's hreflang) of each item."""
    items = []
    for item in html.select(item_selector):
        title = item.select_one(title_selector)
        marked = title.select_one("[lang]")
        note = title.select_one(".language-note")
        link = item.select_one(link_selector)
        items.append(
            (
                (marked or title).get_text(strip=True),
                marked.get("lang") if marked is not None else None,
                note.get_text(strip=True) if note is not None else None,
                link.get("href"),
                link.get("hreflang"),
            )
        )
    return items


def news_list(client, language_code):
    index = page_in(language_code, "news")
    html = soup(client.get(index.url))
    return listed(html, ".news-list__item", ".news-teaser__title", ".read-more a")


def news_feeds(client, language_code):
    index = page_in(language_code, "news")
    rss = ET.fromstring(client.get(index.url + "rss/").content)
    atom = ET.fromstring(client.get(index.url + "atom/").content)
    rss_titles = [item.findtext("title") for item in rss.iter("item")]
    atom_titles = [
        entry.findtext("{http://www.w3.org/2005/Atom}title")
        for entry in atom.iter("{http://www.w3.org/2005/Atom}entry")
    ]
    assert rss_titles == atom_titles
    return rss_titles


def latest_list(client, language_code):
    html = soup(client.get(f"/{language_code}/"))
    return listed(html, ".home__latest .latest-list__item", ".teaser__title", ".read-more a")


def upcoming_block(client, language_code):
    html = soup(client.get(f"/{language_code}/"))
    return listed(html, ".home__upcoming .latest-list__item", ".teaser__title", ".read-more a")


def calendar_list(client, url):
    return listed(soup(client.get(url)), ".event-list__item", ".event-teaser__title", ".event-teaser__title a")


def calendar_feed(client, language_code):
    calendar = page_in(language_code, "events")
    feed = Calendar.from_ical(client.get(calendar.url + "ics/").content)
    return [str(event["SUMMARY"]) for event in feed.walk("VEVENT")]


def sitemap_addresses(client):
    sitemap = ET.fromstring(client.get("/sitemap.xml").content)
    return {loc.text for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}


def entry_for(items, title):
    found = [item for item in items if item[0] == title]
    assert len(found) == 1, (title, items)
    return found[0]


def start_italian_translation(superuser_client, slug):
    """What a translator does: start translating the English page into Italian. The alias
    becomes a page of its own that shows the English text until it is published."""
    english, alias = page_in("en", slug), page_in("it", slug)
    assert alias.alias_of_id == english.pk
    superuser_client.post(reverse("translation:translate"), {"page": english.pk, "locales": [alias.locale_id]})
    italian = page_in("it", slug)
    assert italian.alias_of_id is None
    assert SourceContentPage.objects.filter(page=italian).exists()
    return italian


POST = "kragujevac-becomes-the-122nd-participant"
EVENT = "online-seminar-how-to-join"


def test_a_post_not_translated_yet_is_listed_marked_but_kept_out_of_feeds_and_sitemap(client, superuser_client):
    english = page_in("en", POST)
    assert entry_for(news_list(client, "en"), english.title)[1:] == (None, None, english.url, None)
    alias = page_in("it", POST)

    # The alias: listed in Italian through its Italian address, marked as English.
    assert soup(client.get(alias.url)).select_one(".translation-notice")
    marked = (english.title, "en", "(inglese)", alias.url, "en")
    assert entry_for(news_list(client, "it"), english.title) == marked
    assert entry_for(latest_list(client, "it"), english.title) == marked
    assert news_feeds(client, "it") == []
    assert "http://localhost" + alias.url not in sitemap_addresses(client)

    # A translation started (still the English text): the same.
    italian = start_italian_translation(superuser_client, POST)
    marked = (english.title, "en", "(inglese)", italian.url, "en")
    assert entry_for(news_list(client, "it"), english.title) == marked
    assert entry_for(latest_list(client, "it"), english.title) == marked
    assert news_feeds(client, "it") == []

    # Published: Italy's own post, unmarked, in its news, feeds, home page and sitemap.
    italian.title = "Kragujevac diventa il 122° partecipante dell'Alleanza"
    italian.save_revision().publish()
    own = (italian.title, None, None, italian.url, None)
    assert entry_for(news_list(client, "it"), italian.title) == own
    assert entry_for(latest_list(client, "it"), italian.title) == own
    assert news_feeds(client, "it") == [italian.title]
    assert italian.get_full_url() in sitemap_addresses(client)


def test_an_event_not_translated_yet_is_in_every_calendar_view_marked_but_not_in_the_feed(client, superuser_client):
    english = page_in("en", EVENT)
    calendar = page_in("it", "events")
    views = [
        calendar.url,
        calendar.year_url(english.start_date.year),
        calendar.month_url(english.start_date.year, english.start_date.month),
    ]
    alias = page_in("it", EVENT)

    marked = (english.title, "en", "(inglese)", alias.url, "en")
    for url in views:
        assert entry_for(calendar_list(client, url), english.title) == marked, url
    assert entry_for(upcoming_block(client, "it"), english.title) == marked
    assert calendar_feed(client, "it") == []
    # The month's grid links the alias too, marked.
    grid_link = soup(client.get(views[2])).select_one(f'.month-calendar a[href="{alias.url}"]')
    assert (grid_link.get("lang"), grid_link.get("hreflang")) == ("en", "en")

    italian = start_italian_translation(superuser_client, EVENT)
    assert entry_for(calendar_list(client, calendar.url), english.title)[1:] == ("en", "(inglese)", italian.url, "en")
    assert calendar_feed(client, "it") == []

    italian.title = "Seminario online: come aderire all'Alleanza"
    italian.save_revision().publish()
    own = (italian.title, None, None, italian.url, None)
    for url in views:
        assert entry_for(calendar_list(client, url), italian.title) == own, url
    assert entry_for(upcoming_block(client, "it"), italian.title) == own
    assert calendar_feed(client, "it") == [italian.title]


def test_the_directory_marks_a_participant_not_translated_yet_as_every_listing_does(client):
    directory = page_in("it", "participants")
    html = soup(client.get(directory.url))
    notes = html.select(".participant-list__name .language-note")

    assert notes, "the demo has participants not translated into Italian"
    assert {note.get_text(strip=True) for note in notes} == {"(inglese)"}
    for note in notes:
        link = note.find_previous_sibling("a")
        assert (link.get("lang"), link.get("hreflang")) == ("en", "en")
        assert link.get("href").startswith("/it/")
