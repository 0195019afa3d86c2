"""iCalendar downloads and feeds: valid RFC 5545 that calendar programs read."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from wagtail.models import Site

from events.models import EventPage, EventStatus

pytestmark = pytest.mark.django_db


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def vevents(calendar):
    return list(calendar.walk("VEVENT"))


def test_every_event_downloads_as_a_valid_calendar(client):
    for event in EventPage.objects.live():
        response = client.get(event.url + "ics/")
        calendar = parse(response)

        assert response["Content-Disposition"].startswith("attachment; filename")
        assert str(calendar["VERSION"]) == "2.0"
        assert calendar["PRODID"]
        [component] = vevents(calendar)
        assert str(component["SUMMARY"]).endswith(event.title)
        assert component["DTSTAMP"]
        assert component["URL"] == event.full_url


def test_the_download_has_a_file_name(client):
    response = client.get("/en/events/first-national-workshop-france/ics/")

    assert response["Content-Disposition"] == 'attachment; filename="first-national-workshop-france.ics"'


def test_every_translation_of_an_event_has_the_same_uid(client):
    english = client.get("/en/events/first-national-workshop-france/ics/")
    french = client.get("/fr/evenements/premier-atelier-national-france/ics/")

    [english_event], [french_event] = vevents(parse(english)), vevents(parse(french))
    assert english_event["UID"] == french_event["UID"]
    event = EventPage.objects.get(slug="first-national-workshop-france", locale__language_code="en")
    host = Site.objects.get(is_default_site=True).hostname
    assert english_event["UID"] == f"{event.translation_key}@{host}"
    assert str(french_event["SUMMARY"]) == "Premier atelier national des participants français"


def test_the_uid_stays_the_same_when_the_event_is_edited(client, make_event):
    event = make_event("Before", publish=True)
    before = vevents(parse(client.get(event.url + "ics/")))[0]["UID"]

    event.title = "After"
    event.start_date = datetime.date(2030, 6, 1)
    event.save_revision().publish()
    after = vevents(parse(client.get(event.url + "ics/")))[0]

    assert after["UID"] == before
    assert str(after["SUMMARY"]) == "After"


def test_all_day_events_are_dates_with_an_exclusive_end(client, make_event):
    one_day = make_event(start_date=datetime.date(2030, 5, 10))
    three_days = make_event(start_date=datetime.date(2030, 5, 10), end_date=datetime.date(2030, 5, 12))

    [single] = vevents(parse(client.get(one_day.url + "ics/")))
    [longer] = vevents(parse(client.get(three_days.url + "ics/")))

    assert single["DTSTART"].dt == datetime.date(2030, 5, 10)
    assert single["DTSTART"].params["VALUE"] == "DATE"
    assert single["DTEND"].dt == datetime.date(2030, 5, 11)
    assert longer["DTEND"].dt == datetime.date(2030, 5, 13)
    assert b"DTSTART;VALUE=DATE:20300510" in client.get(one_day.url + "ics/").content


def test_timed_events_carry_their_time_zone(client, make_event):
    event = make_event(
        start_date=datetime.date(2030, 7, 1),
        start_time=datetime.time(9, 30),
        end_time=datetime.time(17),
        time_zone="Europe/Bucharest",
        city="Bucharest",
        country="RO",
    )

    calendar = parse(client.get(event.url + "ics/"))
    [component] = vevents(calendar)

    assert component["DTSTART"].params["TZID"] == "Europe/Bucharest"
    assert component["DTSTART"].dt == datetime.datetime(2030, 7, 1, 9, 30, tzinfo=ZoneInfo("Europe/Bucharest"))
    assert component["DTEND"].dt.hour == 17
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/Bucharest"]


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (EventStatus.SCHEDULED, "CONFIRMED"),
        (EventStatus.CANCELLED, "CANCELLED"),
        (EventStatus.POSTPONED, "TENTATIVE"),
        (EventStatus.MOVED_ONLINE, "CONFIRMED"),
    ],
)
def test_the_status_is_given(client, make_event, status, expected):
    event = make_event(status=status, attendance="online" if status == EventStatus.MOVED_ONLINE else "in_person")

    [component] = vevents(parse(client.get(event.url + "ics/")))

    assert component["STATUS"] == expected


def test_a_cancelled_demo_event_is_marked_cancelled_in_the_feed(client):
    calendar = parse(client.get("/en/events/ics/"))

    cancelled = [event for event in vevents(calendar) if event["STATUS"] == "CANCELLED"]
    assert [str(event["SUMMARY"]) for event in cancelled] == [
        "Cancelled: Seminar of the Alliance's participants in the Western Balkans"
    ]


def test_the_feed_holds_the_coming_events_of_its_language(client):
    response = client.get("/fr/evenements/ics/")
    calendar = parse(response)

    summaries = {str(event["SUMMARY"]) for event in vevents(calendar)}
    assert "Réunion des points de contact nationaux de l'Alliance" in summaries
    assert "Meeting of the Alliance's national contact points" not in summaries
    # Events of 2014 are long over: a subscribed calendar does not need them.
    assert "Premier atelier national des participants français" not in summaries
    assert str(calendar["X-WR-CALNAME"]) == "Événements"
    assert response["Content-Disposition"].startswith("inline")
    # Each time zone used is defined once.
    zones = [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")]
    assert sorted(zones) == sorted(set(zones))
    assert "Europe/Paris" in zones


def test_online_events_give_their_link_as_location(client, make_event):
    event = make_event(attendance="online", city="", country="", online_url="https://meet.example.org/alliance")

    [component] = vevents(parse(client.get(event.url + "ics/")))

    assert str(component["LOCATION"]) == "https://meet.example.org/alliance"
    assert str(component["CONFERENCE"]) == "https://meet.example.org/alliance"


def test_in_person_events_give_their_place_as_location(client):
    [component] = vevents(parse(client.get("/fr/evenements/premier-atelier-national-france/ics/")))

    assert str(component["LOCATION"]) == "Bureau du Conseil de l'Europe à Paris, Paris, France"
