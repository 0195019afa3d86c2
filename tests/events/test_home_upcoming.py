"""The home page's "Upcoming events" block and its "latest" list, which holds the past.

The block shows the next three events of the visitor's language (those not translated
yet included, marked as in every listing), a cancelled one after the others and never
first, and a link to the calendar. The "latest" list holds what has happened: news and
the events that are over, newest first.
"""

import datetime

import pytest
from bs4 import BeautifulSoup

from events.models import EventPage, EventStatus, site_today

pytestmark = pytest.mark.django_db

CANCELLED = {"fr": "Annulé", "rom": "Ačhavdo"}


def soup(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def upcoming(html):
    """(title, note) of each item of the block, in order."""
    block = html.select_one(".home__upcoming")
    assert block is not None, "the home page has no upcoming block"
    return [
        (
            item.select_one(".teaser__title").get_text(" ", strip=True),
            note.get_text(strip=True) if (note := item.select_one(".teaser__note")) else "",
        )
        for item in block.select(".latest-list__item")
    ]


def in_days(days):
    return site_today() + datetime.timedelta(days=days)


@pytest.mark.parametrize("language_code", ["fr", "rom"])
def test_a_cancelled_event_is_marked_and_goes_after_the_others(client, calendars, make_event, language_code):
    calendar = calendars[language_code]
    make_event("Cancelled tomorrow", calendar=calendar, start_date=in_days(1), status=EventStatus.CANCELLED)
    make_event("Meeting in two days", calendar=calendar, start_date=in_days(2))
    make_event("Workshop in three days", calendar=calendar, start_date=in_days(3))
    make_event("Conference in four days", calendar=calendar, start_date=in_days(4))

    items = upcoming(soup(client, f"/{language_code}/"))

    # The three soonest, the cancelled one last among them (not pushed out by a later one).
    assert items == [
        ("Meeting in two days", ""),
        ("Workshop in three days", ""),
        ("Cancelled tomorrow", CANCELLED[language_code]),
    ]


@pytest.mark.parametrize("language_code", ["fr", "rom"])
def test_when_all_three_are_cancelled_they_are_shown_marked_in_date_order(client, calendars, make_event, language_code):
    calendar = calendars[language_code]
    for days in (3, 1, 2):
        make_event(f"Cancelled in {days} days", calendar=calendar, start_date=in_days(days), status="cancelled")

    items = upcoming(soup(client, f"/{language_code}/"))

    note = CANCELLED[language_code]
    assert items == [(f"Cancelled in {days} days", note) for days in (1, 2, 3)]


def test_the_demo_cancelled_event_never_leads_the_home_page(client):
    cancelled = EventPage.objects.get(locale__language_code="fr", status=EventStatus.CANCELLED)
    assert cancelled.is_upcoming()
    html = soup(client, "/fr/")

    items = upcoming(html)
    assert items
    assert items[0][1] == ""
    latest_titles = [title.get_text(strip=True) for title in html.select(".home__latest .teaser__title")]
    assert cancelled.title not in latest_titles


@pytest.mark.parametrize(
    ("language_code", "empty_text", "link_text"),
    [
        ("fr", "Aucun événement n'est prévu pour le moment.", "Afficher tous les événements"),
        ("rom", "Akana nane planirime evenimentura.", "Sikav sa e evenimentura"),
    ],
)
def test_without_upcoming_events_the_block_says_so_and_links_the_calendar(
    client, calendars, language_code, empty_text, link_text
):
    for event in EventPage.objects.filter(locale__language_code=language_code, last_day__gte=site_today()):
        event.unpublish()

    block = soup(client, f"/{language_code}/").select_one(".home__upcoming")

    assert block.select(".latest-list__item") == []
    assert empty_text in block.get_text(" ", strip=True)
    link = block.select_one(".home__upcoming-more a")
    assert link.get_text(strip=True) == link_text
    assert link["href"] == calendars[language_code].url


def test_the_upcoming_block_lists_events_not_translated_yet_marked(client):
    html = soup(client, "/rom/")

    notes = html.select(".home__upcoming .teaser__title .language-note")
    assert notes, "the demo's coming events are not translated into Romani"
    assert {note.get_text(strip=True) for note in notes} == {"(Anglikani čhib)"}
    for link in html.select(".home__upcoming .read-more a"):
        assert link["href"].startswith("/rom/")


@pytest.mark.parametrize("language_code", ["fr", "rom"])
def test_latest_holds_what_has_happened_newest_first(client, calendars, make_event, language_code):
    make_event("Ended yesterday", calendar=calendars[language_code], start_date=in_days(-1))
    make_event("Under way", calendar=calendars[language_code], start_date=in_days(-1), end_date=in_days(1))
    html = soup(client, f"/{language_code}/")

    dates = [datetime.date.fromisoformat(time["datetime"]) for time in html.select(".home__latest time")]
    titles = [title.get_text(" ", strip=True) for title in html.select(".home__latest .teaser__title")]

    assert dates
    assert all(date < site_today() for date in dates)
    assert dates == sorted(dates, reverse=True)
    assert "Ended yesterday" in titles
    assert "Under way" not in titles
    assert "Under way" in [title for title, _note in upcoming(html)]
