"""Dates and times in words: the site's one source for them is the Unicode CLDR, through Babel.

Every date a visitor reads goes through this module: the `date` template filter (see
core.templatetags.long_dates), news dates, event dates and times, the calendar's month
headings and weekday names. The CLDR gives the patterns (how a language arranges day,
month and year, alone and in a range) and the names (months as written inside a date:
the genitive in Czech and Slovak, lower case where the language writes them so).

The few places where the site departs from the CLDR are the overrides below, each with
its reason. Romani has no CLDR locale: see `ROMANI`.
"""

import calendar
import datetime
import re
from functools import lru_cache
from zoneinfo import ZoneInfo

from babel import Locale, UnknownLocaleError
from babel.dates import DateTimeFormat, get_day_names, get_month_names, get_timezone_name, match_skeleton, parse_pattern
from django.utils import dateformat, translation
from django.utils.formats import get_format
from django.utils.text import capfirst

EN_DASH = "–"

# The CLDR locale of a site language, where its code alone would pick another variant.
CLDR_LOCALE_NAMES = {
    "en": "en_GB",  # English as written in Europe: 13 February 2014, 14:00
    "sr": "sr_Cyrl",  # the site's Serbian is Cyrillic
}

# --- Overrides of the CLDR, each with its reason ---------------------------------------

# French writes the first day of a month as an ordinal, "1er décembre 2013"; the CLDR's
# patterns have no field for it and write "1 décembre 2013".
FIRST_DAY_OF_MONTH = {"fr": "1er"}

# The CLDR (since version 42) spaces the dash between two days in English and Bulgarian
# ("13 – 15 February 2014"). Between two bare numbers both languages close it up, as the
# site has always printed it (and as the EU's Interinstitutional Style Guide writes ranges):
# "13–15 February 2014", "13–15 февруари 2014 г." (and Romani, written with the English patterns).
CLOSED_UP_DAY_RANGES = {"en", "bg"}

# The CLDR puts thin spaces (U+2009) around the dash between two dates of different months
# or years; the site prints ordinary spaces there, as it always has, in every language.
THIN_SPACE = "\u2009"


class Romani:
    """Romani dates: the CLDR has no Romani locale (no "rom", and none of its varieties), so
    Babel has neither patterns nor names for it. Romani on the site is written in the Latin
    alphabet, day before month, with no particle: the British English patterns ("13 Februaro
    2014", "13–15 Februaro 2014") with the Romani names below. Time zones are named by their
    abbreviation ("CET"), the week starts on Monday, times use the 24-hour clock.

    The names are the project's first draft, to be reviewed by a native speaker."""

    PATTERN_LOCALE = "en_GB"
    MONTHS = (
        "Januaro",
        "Februaro",
        "Marto",
        "Aprilo",
        "Majo",
        "Junio",
        "Julio",
        "Avgusto",
        "Septembro",
        "Oktobro",
        "Novembro",
        "Decembro",
    )
    # Monday first, as Python's calendar numbers the days: (abbreviation, full name).
    WEEKDAYS = (
        ("Luj", "Luj"),
        ("Mar", "Marci"),
        ("Tet", "Tetradži"),
        ("Žoj", "Žoja"),
        ("Par", "Paraštuj"),
        ("Sav", "Savato"),
        ("Kur", "Kurko"),
    )


ROMANI = {"rom": Romani}

# --- Locales ---------------------------------------------------------------------------


def active_language(language=None):
    return (language or translation.get_language() or "en").split("-")[0]


@lru_cache(maxsize=32)
def cldr_locale(language):
    """The CLDR locale of a site language, or None when the CLDR does not have it."""
    try:
        return Locale.parse(CLDR_LOCALE_NAMES.get(language, language))
    except (UnknownLocaleError, ValueError):
        return None


def pattern_locale(language):
    """The CLDR locale whose patterns a language's dates follow."""
    if language in ROMANI:
        return Locale.parse(ROMANI[language].PATTERN_LOCALE)
    return cldr_locale(language) or Locale.parse(CLDR_LOCALE_NAMES["en"])


def month_name(month, language=None, context="format"):
    """The month's full name, as written inside a date ("format": "13 února") or on its own
    ("stand-alone": "únor")."""
    language = active_language(language)
    if language in ROMANI:
        return ROMANI[language].MONTHS[month - 1]
    return get_month_names("wide", context, pattern_locale(language))[month]


# --- Writing a CLDR pattern ---------------------------------------------------------------

# A quoted literal ('' is an apostrophe), a run of one pattern letter, or other text.
_PATTERN_TOKENS = re.compile(r"'(?:[^']|'')*'|([A-Za-z])\1*|[^'A-Za-z]+")


def write_pattern(pattern, value, language):
    """Write `value` with a CLDR date pattern, as a date in words.

    Every month field is written as the month's full name and every day as a bare number:
    the TR35 rule for a pattern matched to a requested skeleton ("yMMMMd") is to adjust
    its fields to the requested widths, which Babel's `format_interval` leaves undone (it
    would print "13–15 févr. 2014" and, in Czech, "13.–15. 2. 2014"). A numeric month
    ("d. M. y") loses the ordinal dot that followed its number: "13. února 2014"."""
    locale = pattern_locale(language)
    first_day = FIRST_DAY_OF_MONTH.get(language)
    parts = []
    after_numeric_month = False
    for match in _PATTERN_TOKENS.finditer(pattern):
        token = match.group(0)
        if after_numeric_month and token.startswith("."):
            token = token[1:]
        after_numeric_month = token in ("M", "MM")
        if not token:
            continue
        if token.startswith("'"):
            parts.append(token[1:-1].replace("''", "'") or "'")
        elif token[0] == "d":
            parts.append(first_day if first_day and value.day == 1 else str(value.day))
        elif token[0] == "M":
            parts.append(month_name(value.month, language))
        elif token[0] == "L":
            parts.append(month_name(value.month, language, "stand-alone"))
        elif token[0] == "y":
            parts.append(str(value.year))
        elif token[0].isalpha():
            parts.append(DateTimeFormat(value, locale=locale)[token])
        else:
            parts.append(token.replace(THIN_SPACE, " "))
    return "".join(parts)


def skeleton_pattern(skeleton, language):
    locale = pattern_locale(language)
    return locale.datetime_skeletons[match_skeleton(skeleton, locale.datetime_skeletons)].pattern


# --- Dates --------------------------------------------------------------------------------


def format_date(value, language=None):
    """One date in words: "13 February 2014", "13. února 2014", "2014. február 13."."""
    language = active_language(language)
    return write_pattern(pattern_locale(language).date_formats["long"].pattern, value, language)


def format_day_month(value, language=None):
    """A date without its year: "13 February", "13. Februar", "február 13."."""
    language = active_language(language)
    return write_pattern(skeleton_pattern("MMMMd", language), value, language)


def format_month(year, month, language=None, heading=True):
    """A month and its year: as a heading "Février 2014", inside a sentence "février 2014"."""
    language = active_language(language)
    words = write_pattern(skeleton_pattern("yMMMM", language), datetime.date(year, month, 1), language)
    return capfirst(words) if heading else words


def format_date_range(start, end=None, language=None):
    """Dates in words, one date when they are one day, else the CLDR's interval format for
    the skeleton yMMMMd: "13–15 February 2014", "13 February – 2 March 2014",
    "30 December 2013 – 2 January 2014"."""
    language = active_language(language)
    if end is None or end <= start:
        return format_date(start, language)
    interval_formats = pattern_locale(language).interval_formats
    patterns = interval_formats[match_skeleton("yMMMMd", interval_formats)]
    if start.year != end.year:
        greatest_difference = "y"
    elif start.month != end.month:
        greatest_difference = "M"
    else:
        greatest_difference = "d"
    start_pattern, end_pattern = patterns[greatest_difference]
    first = write_pattern(start_pattern, start, language)
    if greatest_difference == "d" and pattern_locale(language).language in CLOSED_UP_DAY_RANGES:
        first = first.rstrip().removesuffix(EN_DASH).rstrip() + EN_DASH
    return first + write_pattern(end_pattern, end, language)


# --- Times ----------------------------------------------------------------------------------


def format_time(value, language=None):
    """A time of day as the language writes it: "14:00", "9:30"."""
    language = active_language(language)
    locale = pattern_locale(language)
    return parse_pattern(locale.time_formats["short"].pattern).apply(value, locale)


def format_datetime(value, language=None):
    """A date and time: "1 December 2013, 09:30"."""
    language = active_language(language)
    glue = pattern_locale(language).datetime_formats["long"]
    return glue.replace("{1}", format_date(value, language)).replace("{0}", format_time(value, language))


def time_zone_name(zone, on_date, language=None):
    """The time zone named for people: "Central European Time", "heure d’Europe centrale".

    Without CLDR names for the language, the zone's abbreviation on that date ("CET").
    """
    if zone == "UTC":
        return "UTC"
    language = active_language(language)
    locale = cldr_locale(language)
    if locale is not None and language not in ROMANI:
        return get_timezone_name(ZoneInfo(zone), "long", locale=locale)
    abbreviation = datetime.datetime.combine(on_date, datetime.time(12), ZoneInfo(zone)).tzname() or zone
    return f"UTC{abbreviation}" if abbreviation[0] in "+-" else abbreviation


# --- Weeks ----------------------------------------------------------------------------------


def first_weekday(language=None):
    """The first day of the week as Python's calendar counts (0 is Monday)."""
    return pattern_locale(active_language(language)).first_week_day


def weekday_names(language=None):
    """(abbreviation, full name) of each day of the week, in the week's order."""
    language = active_language(language)
    order = [(first_weekday(language) + offset) % 7 for offset in range(7)]
    if language in ROMANI:
        return [ROMANI[language].WEEKDAYS[day] for day in order]
    locale = pattern_locale(language)
    short = get_day_names("abbreviated", "stand-alone", locale)
    wide = get_day_names("wide", "stand-alone", locale)
    return [(capfirst(short[day]), capfirst(wide[day])) for day in order]


def month_weeks(year, month, language=None):
    """The weeks of a month, each a list of seven dates, starting on the language's first weekday."""
    return calendar.Calendar(first_weekday(language)).monthdatescalendar(year, month)


# --- Django's named formats ---------------------------------------------------------------

# Django's named formats that write words, and how this module writes them.
WORD_FORMATS = {
    "DATE_FORMAT": format_date,
    "DATETIME_FORMAT": format_datetime,
    "TIME_FORMAT": format_time,
    "MONTH_DAY_FORMAT": format_day_month,
    "YEAR_MONTH_FORMAT": lambda value, language: format_month(value.year, value.month, language, heading=False),
}


def date_format(value, format_name=None):
    """`django.utils.formats.date_format` with the CLDR: the named formats that write words
    come from this module; numeric ones ("SHORT_DATE_FORMAT") and explicit format strings
    ("Y-m-d", "c") are Django's, which need no names."""
    format_name = format_name or "DATE_FORMAT"
    if format_name in WORD_FORMATS:
        if format_name != "TIME_FORMAT" and not isinstance(value, datetime.date):
            raise AttributeError(f"{value!r} is not a date")
        return WORD_FORMATS[format_name](value, active_language())
    return dateformat.format(value, get_format(format_name))
