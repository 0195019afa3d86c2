"""Event dates and times in words, the way each language writes them.

"13 February 2014" for a one-day event (never "from 13/02/2014 to 13/02/2014"),
"13–15 February 2014" inside one month, "30 January – 2 February 2014" across months,
"30 December 2013 – 2 January 2014" across years; times in the event's own time zone
with the zone named: "14:00–17:30 (Central European Time)".

Month, weekday and time-zone names come from the Unicode CLDR (through Babel) for the
languages it has: its month names are the ones used inside a date (the genitive in
Czech and Slovak, lower case where the language writes them so). Languages the CLDR
lacks (Romani) use the names Django gets from the site's catalogs
(alliance/locale_calendar) and the zone's abbreviation. How each language arranges a
date and a range is described by a `DateStyle`; a language without one writes dates
like British English, which reads sanely in any Latin or Cyrillic script.
"""

import calendar
import datetime
import re
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo

from babel import Locale, UnknownLocaleError
from babel.dates import format_skeleton, get_day_names, get_month_names, get_timezone_name
from django.utils import dates as django_dates
from django.utils import translation
from django.utils.formats import date_format, get_format, time_format
from django.utils.text import capfirst
from django.utils.translation import gettext

from core.i18n.dates import FIRST_DAY_OF_MONTH

EN_DASH = "–"

# The CLDR locale of a site language, where its code alone would pick another variant.
CLDR_LOCALE_NAMES = {
    "en": "en_GB",  # English as written in Europe: 13 February 2014, 14:00
    "sr": "sr_Cyrl",  # the site's Serbian is Cyrillic
}


@dataclass(frozen=True)
class DateStyle:
    """How a language writes one date and a range of dates, in CLDR pattern letters:
    d the day, MMMM the month's name, y the year, 'text' literal text."""

    full: str = "d MMMM y"  # one date: 13 February 2014
    day_month: str = "d MMMM"  # a date without its year: 13 February
    # A range inside one month: start and end parts and what stands between them.
    month_start: str = "d"
    month_end: str | None = None  # default: `full`
    month_separator: str = EN_DASH
    # A range across months of one year.
    year_start: str | None = None  # default: `day_month`
    year_end: str | None = None  # default: `full`
    # Between two dates of different months or years.
    separator: str = f" {EN_DASH} "
    # How the first day of a month is written where it is not the bare number ("1er").
    first_day: str | None = None


DEFAULT_DATE_STYLE = DateStyle()  # English, Italian, Romanian, Romani
DATE_STYLES = {
    "fr": DateStyle(first_day=FIRST_DAY_OF_MONTH["fr"]),
    "de": DateStyle(full="d. MMMM y", day_month="d. MMMM", month_start="d."),
    "cs": DateStyle(full="d. MMMM y", day_month="d. MMMM", month_start="d."),
    # Slovak spaces the dash between days written with their ordinal dot.
    "sk": DateStyle(full="d. MMMM y", day_month="d. MMMM", month_start="d.", month_separator=f" {EN_DASH} "),
    "es": DateStyle(full="d 'de' MMMM 'de' y", day_month="d 'de' MMMM"),
    "bg": DateStyle(full="d MMMM y 'г'."),
    "sr": DateStyle(full="d. MMMM y.", day_month="d. MMMM", month_start="d."),
    # Hungarian puts the year first: 2014. február 13–15.; 2014. február 13. – március 2.
    "hu": DateStyle(
        full="y. MMMM d.",
        day_month="MMMM d.",
        month_start="y. MMMM d",
        month_end="d.",
        year_start="y. MMMM d.",
        year_end="MMMM d.",
    ),
}

_PATTERN_TOKENS = re.compile(r"'[^']*'|d+|M+|y+|[^'dMy]+")


@lru_cache(maxsize=32)
def cldr_locale(language):
    """The CLDR locale of a site language, or None when the CLDR does not have it."""
    try:
        return Locale.parse(CLDR_LOCALE_NAMES.get(language, language))
    except (UnknownLocaleError, ValueError):
        return None


def active_language(language=None):
    return language or translation.get_language() or "en"


def month_name(month, language=None):
    """The month's name as written inside a date ("13 února"), in `language`."""
    language = active_language(language)
    locale = cldr_locale(language)
    if locale is not None:
        return get_month_names("wide", "format", locale)[month]
    with translation.override(language):
        return str(django_dates.MONTHS[month])


def format_pattern(pattern, value, language=None, style=None):
    """Write `value` (a date) with a `DateStyle` pattern."""
    language = active_language(language)
    style = style or DATE_STYLES.get(language, DEFAULT_DATE_STYLE)
    parts = []
    for token in _PATTERN_TOKENS.findall(pattern):
        if token.startswith("'"):
            parts.append(token[1:-1] or "'")
        elif token[0] == "d":
            parts.append(style.first_day if value.day == 1 and style.first_day else str(value.day))
        elif token[0] == "M":
            parts.append(month_name(value.month, language))
        elif token[0] == "y":
            parts.append(str(value.year))
        else:
            parts.append(token)
    return "".join(parts)


def format_date(value, language=None):
    """One date in words: "13 February 2014", "13. Februar 2014", "2014. február 13."."""
    language = active_language(language)
    return format_pattern(DATE_STYLES.get(language, DEFAULT_DATE_STYLE).full, value, language)


def format_day_month(value, language=None):
    language = active_language(language)
    return format_pattern(DATE_STYLES.get(language, DEFAULT_DATE_STYLE).day_month, value, language)


def format_date_range(start, end=None, language=None):
    """An event's dates in words: one date when it lasts one day, else a natural range."""
    language = active_language(language)
    style = DATE_STYLES.get(language, DEFAULT_DATE_STYLE)
    if end is None or end <= start:
        return format_pattern(style.full, start, language, style)
    if (start.year, start.month) == (end.year, end.month):
        first = format_pattern(style.month_start, start, language, style)
        last = format_pattern(style.month_end or style.full, end, language, style)
        return f"{first}{style.month_separator}{last}"
    if start.year == end.year:
        first = format_pattern(style.year_start or style.day_month, start, language, style)
        last = format_pattern(style.year_end or style.full, end, language, style)
        return f"{first}{style.separator}{last}"
    first = format_pattern(style.full, start, language, style)
    last = format_pattern(style.full, end, language, style)
    return f"{first}{style.separator}{last}"


def format_month(year, month, language=None, heading=True):
    """A month and its year: as a heading "Février 2014", inside a sentence "février 2014"."""
    language = active_language(language)
    first_day = datetime.date(year, month, 1)
    locale = cldr_locale(language)
    if locale is not None:
        words = format_skeleton("yMMMM", first_day, locale=locale)
    else:
        with translation.override(language):
            words = date_format(first_day, "YEAR_MONTH_FORMAT")
    return capfirst(words) if heading else words


def first_weekday(language=None):
    """The first day of the week as Python's calendar counts (0 is Monday)."""
    language = active_language(language)
    locale = cldr_locale(language)
    if locale is not None:
        return locale.first_week_day
    with translation.override(language):
        return (int(get_format("FIRST_DAY_OF_WEEK")) - 1) % 7  # Django counts from Sunday


def weekday_names(language=None):
    """(abbreviation, full name) of each day of the week, in the week's order."""
    language = active_language(language)
    locale = cldr_locale(language)
    order = [(first_weekday(language) + offset) % 7 for offset in range(7)]
    if locale is not None:
        short = get_day_names("abbreviated", "stand-alone", locale)
        wide = get_day_names("wide", "stand-alone", locale)
        return [(capfirst(short[day]), capfirst(wide[day])) for day in order]
    with translation.override(language):
        return [
            (capfirst(str(django_dates.WEEKDAYS_ABBR[day])), capfirst(str(django_dates.WEEKDAYS[day]))) for day in order
        ]


def month_weeks(year, month, language=None):
    """The weeks of a month, each a list of seven dates, starting on the language's first weekday."""
    return calendar.Calendar(first_weekday(language)).monthdatescalendar(year, month)


def time_zone_name(zone, on_date, language=None):
    """The time zone named for people: "Central European Time", "heure d’Europe centrale".

    Without CLDR names for the language, the zone's abbreviation on that date ("CET").
    """
    if zone == "UTC":
        return "UTC"
    language = active_language(language)
    locale = cldr_locale(language)
    if locale is not None:
        return get_timezone_name(ZoneInfo(zone), "long", locale=locale)
    abbreviation = datetime.datetime.combine(on_date, datetime.time(12), ZoneInfo(zone)).tzname() or zone
    return f"UTC{abbreviation}" if abbreviation[0] in "+-" else abbreviation


def format_time(value, language=None):
    with translation.override(active_language(language)):
        return time_format(value, "TIME_FORMAT")


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
