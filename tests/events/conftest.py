"""Fixtures of the event calendar's tests: the calendars of the demo site and a way to
add events to them."""

import datetime
import itertools

import pytest

from demo.builder import DemoBuilder
from events.models import EventIndexPage, EventPage

_slug_numbers = itertools.count(1)


@pytest.fixture
def calendars(db):
    """The live event calendar of every language, by language code."""
    return {page.locale.language_code: page for page in EventIndexPage.objects.live().select_related("locale")}


@pytest.fixture
def english_calendar(calendars):
    return calendars["en"]


@pytest.fixture
def make_event(english_calendar):
    """Add a live event (by default in Strasbourg, on 10 May 2030) to a calendar.

    With publish=True it is published through a revision, as an editor would, which
    translations need."""

    def make(title="A meeting of participants", calendar=None, publish=False, **fields):
        fields.setdefault("start_date", datetime.date(2030, 5, 10))
        fields.setdefault("city", "Strasbourg")
        fields.setdefault("country", "FR")
        slug = fields.pop("slug", f"event-{next(_slug_numbers)}")
        event = EventPage(title=title, slug=slug, **fields)
        (calendar or english_calendar).add_child(instance=event)
        if publish:
            event.save_revision().publish()
            event.refresh_from_db()
        return event

    return make


@pytest.fixture
def builder(db):
    """The demo builder, to translate pages through wagtail-localize as a translator would."""
    builder = DemoBuilder()
    builder.ensure_locales()
    return builder
