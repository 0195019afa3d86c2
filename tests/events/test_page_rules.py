"""Where event pages may go, and the mistakes the editor is told about."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from core.models import HomePage, StandardPage
from events.models import EventIndexPage, EventPage
from participants.models import ParticipantPage


def event_form_data(participant_ids=()):
    """What the editor posts for a new event, as the admin's form names it."""
    return nested_form_data(
        {
            "title": "Study visit in Graz",
            "slug": "study-visit-graz",
            "introduction": "Participants visit Graz.",
            "start_date": "2030-03-04",
            "end_date": "2030-03-05",
            "start_time": "",
            "end_time": "",
            "time_zone": "Europe/Vienna",
            "status": "scheduled",
            "attendance": "in_person",
            "venue_name": "",
            "city": "Graz",
            "country": "AT",
            "online_url": "",
            "organiser": "",
            "organiser_url": "",
            "registration_url": "",
            "picture": "",
            "picture_alt_text": "",
            "body": streamfield([("paragraph", rich_text("<p>A programme of visits.</p>"))]),
            "participant_links": inline_formset([{"participant": pk} for pk in participant_ids]),
        }
    )


class EventPageTreeRulesTests(WagtailPageTestCase):
    def test_the_calendar_sits_below_a_home_page(self):
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})

    def test_events_sit_in_a_calendar_and_hold_nothing(self):
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(EventPage, set())
        self.assertCanNotCreateAt(HomePage, EventPage)
        self.assertCanNotCreateAt(StandardPage, EventPage)

    def test_one_calendar_per_language(self):
        english_home = HomePage.objects.get(locale__language_code="en")
        # The demo calendar is there already.
        self.assertFalse(EventIndexPage.can_create_at(english_home))

    def test_calendar_and_events_can_be_previewed(self):
        self.login()
        # (English pages: translations are edited in wagtail-localize's own editor.)
        self.assertPageIsPreviewable(EventIndexPage.objects.get(locale__language_code="en"))
        # The body's blocks are built by JavaScript in the editor: the form data is given.
        self.assertPageIsPreviewable(
            EventPage.objects.get(slug="first-national-workshop-france", locale__language_code="en"),
            post_data=event_form_data(),
        )

    def test_an_event_can_be_created_through_the_admin(self):
        self.login()
        calendar = EventIndexPage.objects.get(locale__language_code="en")
        paris = ParticipantPage.objects.get(slug="paris", locale__language_code="en")
        self.assertCanCreate(calendar, EventPage, event_form_data(participant_ids=[paris.pk]))
        event = EventPage.objects.get(slug="study-visit-graz", locale__language_code="en")
        self.assertEqual(event.last_day, datetime.date(2030, 3, 5))
        self.assertEqual([link.participant for link in event.participant_links.all()], [paris])


def valid_event(**fields):
    values = {
        "title": "Meeting",
        "slug": "meeting",
        "start_date": datetime.date(2030, 5, 10),
        "city": "Strasbourg",
        "country": "FR",
    }
    values.update(fields)
    return EventPage(**values)


def errors_of(event):
    with pytest.raises(ValidationError) as caught:
        event.clean()
    return caught.value.message_dict


def test_a_valid_event_passes():
    valid_event().clean()


@pytest.mark.parametrize(
    ("fields", "field_in_error"),
    [
        ({"end_date": datetime.date(2030, 5, 9)}, "end_date"),
        ({"end_time": datetime.time(12)}, "start_time"),
        ({"start_time": datetime.time(14), "end_time": datetime.time(9)}, "end_time"),
        ({"start_time": datetime.time(14), "end_time": datetime.time(14)}, "end_time"),
        ({"city": ""}, "city"),
        ({"country": ""}, "country"),
        ({"attendance": "mixed", "city": ""}, "city"),
        ({"status": "moved_online"}, "attendance"),
        ({"start_date": datetime.date(214, 5, 10)}, "start_date"),
        ({"slug": "2014"}, "slug"),
        ({"slug": "ics"}, "slug"),
    ],
)
def test_mistakes_are_explained_on_their_field(fields, field_in_error):
    assert field_in_error in errors_of(valid_event(**fields))


def test_an_event_past_midnight_gives_its_end_date():
    valid_event(
        start_time=datetime.time(22),
        end_time=datetime.time(2),
        end_date=datetime.date(2030, 5, 11),
    ).clean()


def test_an_online_event_needs_no_place():
    valid_event(attendance="online", city="", country="").clean()
    valid_event(attendance="online", status="moved_online", city="", country="").clean()
