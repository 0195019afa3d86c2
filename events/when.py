"""An event's dates and times in words: "13–15 February 2014", "14:00–17:30 (Central European Time)".

A one-day event shows one date (never "from 13/02/2014 to 13/02/2014"); times are given
in the event's own time zone, with the zone named. The words come from core.i18n.dates.
"""

from dataclasses import dataclass

from django.utils import translation
from django.utils.translation import gettext

from core.i18n.dates import (
    EN_DASH,
    active_language,
    format_date,
    format_date_range,
    format_day_month,
    format_time,
    time_zone_name,
)


@dataclass(frozen=True)
class EventWhen:
    """An event's dates and times in words, ready to print."""

    dates: str
    times: str = ""  # empty for an all-day event

    def __str__(self):
        return f"{self.dates}, {self.times}" if self.times else self.dates


def describe_when(start_date, end_date=None, start_time=None, end_time=None, zone="UTC", language=None):
    """The words for an event's dates and, when it has them, its times in its own zone."""
    language = active_language(language)
    if end_date is not None and end_date <= start_date:
        end_date = None
    dates = format_date_range(start_date, end_date, language)
    if start_time is None:
        return EventWhen(dates)
    zone_name = time_zone_name(zone, start_date, language)
    start = format_time(start_time, language)
    with translation.override(language):
        if end_date is None:
            times = f"{start}{EN_DASH}{format_time(end_time, language)}" if end_time else start
        else:
            same_year = start_date.year == end_date.year
            first_day = format_day_month(start_date, language) if same_year else format_date(start_date, language)
            last_day = format_day_month(end_date, language) if same_year else format_date(end_date, language)
            if end_time is None:
                times = gettext("starts %(start_date)s at %(start_time)s") % {
                    "start_date": first_day,
                    "start_time": start,
                }
            else:
                times = gettext("starts %(start_date)s at %(start_time)s, ends %(end_date)s at %(end_time)s") % {
                    "start_date": first_day,
                    "start_time": start,
                    "end_date": last_day,
                    "end_time": format_time(end_time, language),
                }
    return EventWhen(dates, f"{times} ({zone_name})")
