"""Dates in words through Django's formats, with the first of the month as each language
writes it: French writes "1er décembre 2013", not "1 décembre 2013".

Django's format strings have no letter for that, so the day is written here and put
into the format as literal text. The `date` template filter of every template goes
through `date_format` (see core.templatetags.long_dates), and so do the event dates
(events.dates, through `FIRST_DAY_OF_MONTH`).
"""

import re

from django.utils import dateformat
from django.utils.formats import get_format
from django.utils.translation import get_language

# How a language writes the first day of a month in a date with the month's name.
FIRST_DAY_OF_MONTH = {"fr": "1er"}

_UNESCAPED = r"(?<!\\)(?:\\\\)*"
# "j": the day of the month without a leading zero.
_DAY = re.compile(rf"({_UNESCAPED})j")
# A month written in words (F, E: full name; M, N: abbreviated).
_MONTH_IN_WORDS = re.compile(rf"{_UNESCAPED}[FEMN]")


def first_day_format(format_string, value, language=None):
    """`format_string` with the first day of the month written in words, where the
    language does so and the format writes the month's name."""
    first_day = FIRST_DAY_OF_MONTH.get(language or get_language() or "")
    if not first_day or getattr(value, "day", None) != 1 or not _MONTH_IN_WORDS.search(format_string):
        return format_string
    literal = "".join(f"\\{character}" for character in first_day)
    return _DAY.sub(lambda match: match.group(1) + literal, format_string)


def date_format(value, format=None, use_l10n=None):
    """`django.utils.formats.date_format`, with the first of the month in words."""
    format_string = get_format(format or "DATE_FORMAT", use_l10n=use_l10n)
    return dateformat.format(value, first_day_format(format_string, value))
