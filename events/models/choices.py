"""What an event is, in the same words in every language: its status, how it is attended, the years
the calendar covers."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# The calendar covers these years; other years in an address are "not found". Event
# dates are kept inside them too, which catches typing slips such as 0214 for 2014.
FIRST_CALENDAR_YEAR = 1900
LAST_CALENDAR_YEAR = 2199
EVENTS_PER_PAGE = 12
# A subscribed calendar holds the coming events and those of the past year.
FEED_PAST_DAYS = 365
FEED_MAX_EVENTS = 500


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    CANCELLED = "cancelled", _("Cancelled")
    POSTPONED = "postponed", _("Postponed")
    MOVED_ONLINE = "moved_online", _("Moved online")


class Attendance(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    MIXED = "mixed", _("In person and online")


def site_today():
    """Today in the site's time zone (settings.TIME_ZONE, Europe/Paris)."""
    return timezone.localdate()
