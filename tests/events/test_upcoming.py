"""Upcoming and past events, split around today in the site's time zone (Europe/Paris).

"Today" is passed to the queries explicitly, so these tests need no clock control.
"""

import datetime

import pytest

from events.models import EventPage

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2030, 5, 10)


def titles(queryset):
    return [event.title for event in queryset]


def split(calendar, today=TODAY):
    events = calendar.events()
    return titles(calendar.upcoming_events(today, events)), titles(calendar.past_events(today, events))


def test_events_are_split_around_today(english_calendar, make_event):
    make_event("Yesterday", start_date=TODAY - datetime.timedelta(days=1))
    make_event("Today", start_date=TODAY)
    make_event("Tomorrow", start_date=TODAY + datetime.timedelta(days=1))

    upcoming, past = split(english_calendar)

    assert upcoming == ["Today", "Tomorrow"]
    assert "Yesterday" in past
    assert "Today" not in past


def test_an_event_that_ends_today_is_still_upcoming(english_calendar, make_event):
    make_event("Three days ending today", start_date=TODAY - datetime.timedelta(days=2), end_date=TODAY)
    make_event("Ended yesterday", start_date=TODAY - datetime.timedelta(days=3), end_date=TODAY - datetime.timedelta(1))
    make_event("Long ago", start_date=TODAY - datetime.timedelta(days=300))

    upcoming, past = split(english_calendar)

    assert "Three days ending today" in upcoming
    assert "Ended yesterday" in past
    # Past events come latest first.
    assert past.index("Ended yesterday") < past.index("Long ago")


def test_an_evening_event_in_new_york_is_upcoming_in_paris_after_midnight(english_calendar, make_event):
    # 20:00–23:30 in New York on 9 May is 02:00–05:30 on 10 May in Paris.
    event = make_event(
        "Evening in New York",
        start_date=TODAY - datetime.timedelta(days=1),
        start_time=datetime.time(20),
        end_time=datetime.time(23, 30),
        time_zone="America/New_York",
        attendance="online",
        city="",
        country="",
    )

    assert event.last_day == TODAY
    assert "Evening in New York" in split(english_calendar)[0]
    assert "Evening in New York" in split(english_calendar, TODAY + datetime.timedelta(days=1))[1]


def test_a_morning_event_in_tokyo_is_past_in_paris_on_its_own_date(english_calendar, make_event):
    # 01:00–03:00 in Tokyo on 10 May is 18:00–20:00 on 9 May in Paris: over by the 10th.
    event = make_event(
        "Morning in Tokyo",
        start_date=TODAY,
        start_time=datetime.time(1),
        end_time=datetime.time(3),
        time_zone="Asia/Tokyo",
        attendance="online",
        city="",
        country="",
    )

    assert event.last_day == TODAY - datetime.timedelta(days=1)
    upcoming, past = split(english_calendar)
    assert "Morning in Tokyo" in past
    assert "Morning in Tokyo" not in upcoming


def test_a_multi_day_timed_event_without_end_time_lasts_to_the_end_of_its_last_day(make_event):
    event = make_event(
        "Two days", start_date=TODAY, end_date=TODAY + datetime.timedelta(days=1), start_time=datetime.time(9)
    )

    assert event.last_day == TODAY + datetime.timedelta(days=1)
    assert event.ends_at == datetime.datetime.combine(TODAY + datetime.timedelta(days=2), datetime.time(), event.zone)


def test_the_last_day_follows_edits(make_event):
    event = make_event("Moved", start_date=TODAY)
    event.start_date = TODAY + datetime.timedelta(days=30)
    event.save()

    assert EventPage.objects.get(pk=event.pk).last_day == TODAY + datetime.timedelta(days=30)


def test_upcoming_events_come_in_the_order_they_start(english_calendar, make_event):
    make_event("Afternoon", start_date=TODAY + datetime.timedelta(days=5), start_time=datetime.time(14))
    make_event("All day", start_date=TODAY + datetime.timedelta(days=5))
    make_event("Morning", start_date=TODAY + datetime.timedelta(days=5), start_time=datetime.time(9))
    make_event("Earlier day", start_date=TODAY + datetime.timedelta(days=4))

    upcoming = split(english_calendar)[0]
    mine = [title for title in upcoming if title in {"Afternoon", "All day", "Morning", "Earlier day"}]

    assert mine == ["Earlier day", "All day", "Morning", "Afternoon"]


def test_unpublished_and_private_events_are_not_listed(english_calendar, make_event):
    from wagtail.models import PageViewRestriction

    draft = make_event("Draft", start_date=TODAY)
    draft.unpublish()
    private = make_event("Private", start_date=TODAY)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    upcoming = split(english_calendar)[0]

    assert "Draft" not in upcoming
    assert "Private" not in upcoming


def test_the_calendar_lists_its_own_languages_events_only(calendars, make_event):
    make_event("English only", start_date=TODAY)

    assert "English only" not in split(calendars["fr"])[0]
