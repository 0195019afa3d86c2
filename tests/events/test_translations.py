"""Dates, times, status and place stay the same in every language; words are translated."""

import datetime

import pytest
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import OverridableSegment, TranslationSource

from events.models import EventPage, EventStatus

pytestmark = pytest.mark.django_db

FACTS = [
    "start_date",
    "end_date",
    "start_time",
    "end_time",
    "time_zone",
    "status",
    "attendance",
    "country",
    "online_url",
]
WORDS = ["title", "introduction", "venue_name", "city", "organiser", "picture_alt_text", "body"]


def test_facts_are_synchronised_and_words_translated():
    fields = {field.field_name: field for field in get_translatable_fields(EventPage)}
    event = EventPage(title="x", start_date=datetime.date(2030, 1, 1), venue_name="Hall", city="Paris")

    for name in FACTS:
        assert fields[name].is_synchronized(event), name
        assert not fields[name].is_translated(event), name
        assert not fields[name].is_overridable(event), name
    for name in WORDS:
        assert fields[name].is_translated(event), name
    # A translation may link to a registration page or a picture in its own language.
    assert fields["registration_url"].is_overridable(event)
    assert fields["picture"].is_overridable(event)


def test_a_translation_follows_its_source_after_an_edit_and_a_sync(make_event, builder):
    event = make_event(
        "Workshop in Lyon",
        publish=True,
        city="Lyon",
        venue_name="City hall",
        start_time=datetime.time(10),
        end_time=datetime.time(12),
        registration_url="https://example.org/register",
    )
    french = builder.translate(
        event, "fr", {"Workshop in Lyon": "Atelier à Lyon", "Lyon": "Lyon", "City hall": "Hôtel de ville"}
    )
    assert french.start_date == event.start_date

    # The editor moves the event, changes its times and its status, then syncs.
    event.start_date = datetime.date(2030, 9, 1)
    event.end_date = datetime.date(2030, 9, 2)
    event.start_time = datetime.time(9)
    event.end_time = datetime.time(17)
    event.time_zone = "Europe/Rome"
    event.status = EventStatus.POSTPONED
    event.country = "IT"
    event.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(event)
    source.update_from_db()
    for translation in source.translations.filter(enabled=True):
        translation.save_target(publish=True)

    french = EventPage.objects.get(pk=french.pk)
    assert french.title == "Atelier à Lyon"
    assert french.venue_name == "Hôtel de ville"
    assert (french.start_date, french.end_date) == (datetime.date(2030, 9, 1), datetime.date(2030, 9, 2))
    assert (french.start_time, french.end_time) == (datetime.time(9), datetime.time(17))
    assert french.time_zone == "Europe/Rome"
    assert french.status == EventStatus.POSTPONED
    assert french.country == "IT"
    assert french.last_day == datetime.date(2030, 9, 2)
    assert french.translation_key == event.translation_key


def test_translators_cannot_override_the_facts(make_event, builder):
    event = make_event(
        "Online meeting",
        publish=True,
        attendance="online",
        city="",
        country="",
        online_url="https://meet.example.org/a",
        registration_url="https://example.org/register",
    )
    builder.translate(event, "fr", {"Online meeting": "Réunion en ligne"})

    source = TranslationSource.objects.get_for_instance(event)
    overridable = set(OverridableSegment.objects.filter(source=source).values_list("context__path", flat=True))
    assert "registration_url" in overridable
    assert "online_url" not in overridable
