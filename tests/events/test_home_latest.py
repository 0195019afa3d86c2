"""Events in the home page's "latest" list, in true date order with the other dated pages.

The list holds what has happened: events that are over (the coming ones are in the home
page's "Upcoming events" block, tests/events/test_home_upcoming.py)."""

import datetime

import pytest
from bs4 import BeautifulSoup

from core.models.mixins import dated_page_models
from events.models import EventPage, EventStatus, site_today

pytestmark = pytest.mark.django_db


def latest(client, url):
    page = BeautifulSoup(client.get(url).content, "html.parser")
    return [
        (
            " ".join(item.select_one(".teaser__meta").get_text(" ", strip=True).split()),
            item.select_one(".teaser__title").get_text(strip=True),
        )
        for item in page.select(".home__latest .latest-list__item")
    ]


def test_events_take_part_in_latest():
    assert EventPage in dated_page_models()


def test_the_home_page_lists_events_in_date_order_with_their_dates_in_words(client):
    items = latest(client, "/en/")
    events = [item for item in items if item[0].startswith("Event")]

    assert ("Event · 13 February 2014", "First national workshop of the French participants") in events
    assert ("Event · 18 January 2014", "Launch conference of the ROMACT and ROMED2 programmes") in events
    # True date order: each event's date is on or before the one above it.
    dates = [EventPage.objects.get(title=title, locale__language_code="en").start_date for _meta, title in events]
    assert dates == sorted(dates, reverse=True)


def test_a_multi_day_event_shows_its_range_and_a_cancelled_one_says_so(client, make_event):
    last_week = site_today() - datetime.timedelta(days=7)
    exchange = make_event(
        "A past exchange over three days", start_date=last_week, end_date=last_week + datetime.timedelta(days=2)
    )
    make_event("A past seminar that was cancelled", start_date=last_week, status=EventStatus.CANCELLED)

    items = {title: meta for meta, title in latest(client, "/en/")}

    assert items[exchange.title] == f"Event · {exchange.when().dates}"
    assert "–" in exchange.when().dates
    assert items["A past seminar that was cancelled"].endswith("· Cancelled")


def test_latest_items_are_in_the_home_pages_language(client):
    titles = [title for _meta, title in latest(client, "/fr/")]

    assert "Premier atelier national des participants français" in titles
    assert "First national workshop of the French participants" not in titles


def test_latest_queryset_is_newest_first_and_holds_only_the_past(locales, make_event):
    yesterday = site_today() - datetime.timedelta(days=1)
    make_event("Far ahead", start_date=datetime.date(2099, 1, 1))
    make_event("Yesterday", start_date=yesterday)

    events = list(EventPage.latest_queryset(locales["en"].pk))

    assert events[0].title == "Yesterday"
    assert events[0].as_latest_item().date == yesterday
    assert "Far ahead" not in [event.title for event in events]
