"""schema.org Event data (JSON-LD) on event pages."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def json_ld(client, url):
    response = client.get(url)
    assert response.status_code == 200
    scripts = BeautifulSoup(response.content, "html.parser").select('script[type="application/ld+json"]')
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


def test_event_page_describes_the_event(client):
    data = json_ld(client, "/en/events/first-national-workshop-france/")

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Event"
    assert data["name"] == "First national workshop of the French participants"
    assert data["startDate"] == "2014-02-13"
    assert data["endDate"] == "2014-02-13"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"] == {
        "@type": "Place",
        "name": "Council of Europe Office in Paris",
        "address": {"@type": "PostalAddress", "addressLocality": "Paris", "addressCountry": "FR"},
    }
    assert data["organizer"]["name"] == "Congress of Local and Regional Authorities"
    assert data["image"][0].startswith("http://testserver/")
    assert data["image"][0].endswith(".jpg")


def test_structured_data_is_in_the_pages_language(client):
    data = json_ld(client, "/fr/evenements/premier-atelier-national-france/")

    assert data["inLanguage"] == "fr"
    assert data["name"] == "Premier atelier national des participants français"
    assert data["location"]["name"] == "Bureau du Conseil de l'Europe à Paris"


def test_cancelled_event(client):
    data = json_ld(client, "/en/events/seminar-western-balkans/")

    assert data["eventStatus"] == "https://schema.org/EventCancelled"


def test_online_event_has_a_virtual_location(client):
    data = json_ld(client, "/en/events/online-seminar-how-to-join/")

    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://www.coe.int/en/web/congress"}
    assert data["startDate"].endswith(("+01:00", "+02:00"))  # 11:00 in Paris, with its offset


def test_mixed_event_has_both_locations(client):
    data = json_ld(client, "/en/events/exchange-on-roma-inclusion-in-schools/")

    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert [location["@type"] for location in data["location"]] == ["Place", "VirtualLocation"]


@pytest.mark.parametrize(
    ("status", "mode", "expected_status", "expected_mode"),
    [
        ("postponed", "in_person", "EventPostponed", "OfflineEventAttendanceMode"),
        ("moved_online", "online", "EventMovedOnline", "OnlineEventAttendanceMode"),
        ("moved_online", "mixed", "EventMovedOnline", "OnlineEventAttendanceMode"),
    ],
)
def test_status_and_attendance_mode(client, make_event, status, mode, expected_status, expected_mode):
    event = make_event(status=status, attendance=mode, online_url="https://meet.example.org/x")

    data = json_ld(client, event.url)

    assert data["eventStatus"] == f"https://schema.org/{expected_status}"
    assert data["eventAttendanceMode"] == f"https://schema.org/{expected_mode}"
    if status == "moved_online":
        assert data["location"] == {"@type": "VirtualLocation", "url": "https://meet.example.org/x"}


def test_timed_event_dates_carry_the_offset_of_their_zone(client, make_event):
    event = make_event(
        start_date=datetime.date(2030, 1, 15),
        start_time=datetime.time(10),
        end_time=datetime.time(12),
        time_zone="Europe/Helsinki",
        city="Helsinki",
        country="FI",
    )

    data = json_ld(client, event.url)

    assert data["startDate"] == "2030-01-15T10:00:00+02:00"
    assert data["endDate"] == "2030-01-15T12:00:00+02:00"


def test_a_title_cannot_break_out_of_the_script_element(client, make_event):
    event = make_event(title="</script><script>alert(1)</script> & more")

    response = client.get(event.url)
    data = json_ld(client, event.url)

    assert b"</script><script>alert(1)" not in response.content
    assert data["name"] == "</script><script>alert(1)</script> & more"
