"""Dated listings show a language's own pages only (`home.models.mixins.exclude_untranslated`).

The news, the calendar, their feeds and the home page's "latest" list of a language leave
out the pages that still show the English text: aliases, and translations started but not
published yet. Those pages stay at their address, with the notice, for the language
switcher; they join the listings when their translation is published.
"""

import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from icalendar import Calendar

from home.models import SourceContentPage
from tests.translation.conftest import page_in

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def titles(html, selector):
    return [element.get_text(strip=True) for element in html.select(selector)]


def latest_titles(client, language_code):
    return titles(soup(client.get(f"/{language_code}/")), ".latest-list__item h3")


def news_titles(client, language_code):
    index = page_in(language_code, "news")
    listed = titles(soup(client.get(index.url)), ".news-teaser__title")
    rss = ET.fromstring(client.get(index.url + "rss/").content)
    assert [item.findtext("title") for item in rss.iter("item")] == listed
    return listed


def calendar_titles(client, language_code):
    calendar = page_in(language_code, "events")
    listed = titles(soup(client.get(calendar.url)), ".event-teaser__title")
    feed = Calendar.from_ical(client.get(calendar.url + "ics/").content)
    return listed, [str(event["SUMMARY"]) for event in feed.walk("VEVENT")]


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


def test_a_post_not_translated_yet_is_served_but_not_listed(client, superuser_client):
    title = page_in("en", "kragujevac-becomes-the-122nd-participant").title
    assert title in news_titles(client, "en")
    alias = page_in("it", "kragujevac-becomes-the-122nd-participant")

    # The alias: served with the notice, listed nowhere in Italian.
    assert soup(client.get(alias.url)).select_one(".translation-notice")
    assert title not in news_titles(client, "it")
    assert title not in latest_titles(client, "it")

    # A translation started (still the English text): the same.
    italian = start_italian_translation(superuser_client, "kragujevac-becomes-the-122nd-participant")
    assert soup(client.get(italian.url)).select_one(".translation-notice")
    assert news_titles(client, "it") == []
    assert title not in latest_titles(client, "it")

    # Published: Italy's own post, in its news, feeds and home page.
    italian.title = "Kragujevac diventa il 122° partecipante dell'Alleanza"
    italian.save_revision().publish()
    assert news_titles(client, "it") == [italian.title]
    assert italian.title in latest_titles(client, "it")


def test_an_event_not_translated_yet_is_served_but_not_in_the_calendar(client, superuser_client):
    title = page_in("en", "online-seminar-how-to-join").title
    assert all(title in listed for listed in calendar_titles(client, "en"))
    alias = page_in("it", "online-seminar-how-to-join")

    assert soup(client.get(alias.url)).select_one(".translation-notice")
    assert calendar_titles(client, "it") == ([], [])
    assert title not in latest_titles(client, "it")

    italian = start_italian_translation(superuser_client, "online-seminar-how-to-join")
    assert calendar_titles(client, "it") == ([], [])

    italian.title = "Seminario online: come aderire all'Alleanza"
    italian.save_revision().publish()
    assert calendar_titles(client, "it") == ([italian.title], [italian.title])
    assert italian.title in latest_titles(client, "it")
