"""The demo calendar: the events of early 2014 and coming ones, in English and French."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from events.models import EventIndexPage, EventPage, EventStatus

pytestmark = pytest.mark.django_db


def test_every_language_has_a_calendar_in_its_menu(calendars):
    from django.conf import settings

    assert set(calendars) == {code for code, _name in settings.LANGUAGES}
    assert all(calendar.show_in_menus for calendar in calendars.values())
    assert calendars["fr"].url == "/fr/evenements/"


def test_the_events_of_early_2014_are_there_in_english_and_french():
    for language in ["en", "fr"]:
        dates = set(
            EventPage.objects.filter(locale__language_code=language, start_date__year__lte=2014).values_list(
                "start_date", flat=True
            )
        )
        assert dates == {datetime.date(2013, 12, 18), datetime.date(2014, 1, 18), datetime.date(2014, 2, 13)}

    milan = EventPage.objects.get(slug="romact-romed2-launch-conference", locale__language_code="en")
    assert (milan.city, milan.country, milan.is_one_day) == ("Milan", "IT", True)


def test_coming_events_are_dated_from_the_day_the_demo_is_loaded():
    today = timezone.localdate()
    coming = EventPage.objects.filter(locale__language_code="en").upcoming(today)

    assert coming.count() >= 3
    assert coming.filter(status=EventStatus.CANCELLED).exists()
    assert coming.filter(attendance="online").exists()
    assert any(not event.is_one_day for event in coming)
    assert all(event.start_date <= today + datetime.timedelta(days=90) for event in coming)


def test_every_demo_event_with_a_picture_has_a_credit_and_alt_text():
    for event in EventPage.objects.exclude(picture=None).select_related("picture"):
        assert event.picture.credit
        assert event.credited_picture.alt_text


def test_loading_the_demo_again_adds_nothing():
    before = (EventIndexPage.objects.count(), EventPage.objects.count())

    call_command("load_demo_content")

    assert (EventIndexPage.objects.count(), EventPage.objects.count()) == before
