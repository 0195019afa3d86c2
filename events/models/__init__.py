from .choices import (
    FEED_MAX_EVENTS,
    FEED_PAST_DAYS,
    FIRST_CALENDAR_YEAR,
    LAST_CALENDAR_YEAR,
    Attendance,
    EventStatus,
    site_today,
)
from .pages import EventIndexPage, EventPage, EventPageParticipant
from .queryset import EventPageManager, EventPageQuerySet

__all__ = [
    "FEED_MAX_EVENTS",
    "FEED_PAST_DAYS",
    "FIRST_CALENDAR_YEAR",
    "LAST_CALENDAR_YEAR",
    "Attendance",
    "EventIndexPage",
    "EventPage",
    "EventPageManager",
    "EventPageParticipant",
    "EventPageQuerySet",
    "EventStatus",
    "site_today",
]
