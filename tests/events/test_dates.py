"""Event dates and times read naturally in every language (see core/i18n/dates.py and events/when.py)."""

import datetime

import pytest

from core.i18n.dates import format_date_range, format_month, weekday_names
from events.when import describe_when

FEB_13 = datetime.date(2014, 2, 13)
FEB_15 = datetime.date(2014, 2, 15)
MAR_2 = datetime.date(2014, 3, 2)
DEC_30_2013 = datetime.date(2013, 12, 30)
JAN_2 = datetime.date(2014, 1, 2)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "13 February 2014"),
        ("fr", "13 février 2014"),
        ("de", "13. Februar 2014"),
        ("hu", "2014. február 13."),
        ("rom", "13 Februaro 2014"),
    ],
)
def test_a_one_day_event_shows_one_date(language, expected):
    assert format_date_range(FEB_13, None, language) == expected
    # The old site printed "from 13/02/2014 to 13/02/2014" for an end equal to the start.
    assert format_date_range(FEB_13, FEB_13, language) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "13–15 February 2014"),
        ("fr", "13–15 février 2014"),
        ("de", "13.–15. Februar 2014"),
        ("es", "13–15 de febrero de 2014"),
        ("cs", "13.–15. února 2014"),
        ("sk", "13. – 15. februára 2014"),
        ("hu", "2014. február 13–15."),
        ("sr", "13.–15. фебруар 2014."),
        ("bg", "13–15 февруари 2014\u202fг."),  # no line break before "г." (CLDR)
        ("rom", "13–15 Februaro 2014"),
    ],
)
def test_a_range_inside_one_month_names_the_month_once(language, expected):
    assert format_date_range(FEB_13, FEB_15, language) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "13 February – 2 March 2014"),
        ("fr", "13 février – 2 mars 2014"),
        ("de", "13. Februar – 2. März 2014"),
        ("hu", "2014. február 13. – március 2."),
        ("rom", "13 Februaro – 2 Marto 2014"),
    ],
)
def test_a_range_across_months_shows_both_days_and_months_and_the_year_once(language, expected):
    assert format_date_range(FEB_13, MAR_2, language) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "30 December 2013 – 2 January 2014"),
        ("fr", "30 décembre 2013 – 2 janvier 2014"),
        ("de", "30. Dezember 2013 – 2. Januar 2014"),
    ],
)
def test_a_range_across_years_shows_both_dates_in_full(language, expected):
    assert format_date_range(DEC_30_2013, JAN_2, language) == expected


def test_french_writes_the_first_of_the_month_as_an_ordinal():
    assert format_date_range(datetime.date(2014, 3, 1), None, "fr") == "1er mars 2014"
    assert format_date_range(datetime.date(2014, 3, 1), datetime.date(2014, 3, 3), "fr") == "1er–3 mars 2014"


def test_the_active_language_is_used_by_default(settings):
    from django.utils import translation

    with translation.override("de"):
        assert format_date_range(FEB_13, FEB_15) == "13.–15. Februar 2014"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "14:00–17:30 (Central European Time)"),
        ("fr", "14:00–17:30 (heure d’Europe centrale)"),
        ("de", "14:00–17:30 (Mitteleuropäische Zeit)"),
        # The CLDR has no Romani names for time zones: the zone's abbreviation then.
        ("rom", "14:00–17:30 (CET)"),
    ],
)
def test_times_are_given_in_the_events_zone_and_name_it(language, expected):
    when = describe_when(FEB_13, None, datetime.time(14), datetime.time(17, 30), "Europe/Paris", language)

    assert when.times == expected
    assert when.dates == format_date_range(FEB_13, None, language)


def test_times_of_an_event_elsewhere_name_that_zone():
    when = describe_when(FEB_13, None, datetime.time(9), None, "Europe/Chisinau", "en")

    assert when.times == "09:00 (Eastern European Time)"
    # Without CLDR names, the abbreviation in use on that day; a bare offset is marked UTC.
    assert describe_when(FEB_13, None, datetime.time(9), None, "Europe/Istanbul", "rom").times == "09:00 (EET)"
    june_2020 = datetime.date(2020, 6, 1)
    assert describe_when(june_2020, None, datetime.time(9), None, "Europe/Istanbul", "rom").times == "09:00 (UTC+03)"


def test_times_of_a_multi_day_event_say_on_which_day_they_fall():
    when = describe_when(FEB_13, FEB_15, datetime.time(9), datetime.time(16), "Europe/Paris", "en")

    assert when.dates == "13–15 February 2014"
    assert when.times == "starts 13 February at 09:00, ends 15 February at 16:00 (Central European Time)"


def test_an_all_day_event_has_no_times():
    when = describe_when(FEB_13, FEB_15, None, None, "Europe/Paris", "fr")

    assert when.times == ""
    assert str(when) == "13–15 février 2014"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "February 2014"),
        ("fr", "Février 2014"),
        ("de", "Februar 2014"),
        ("hu", "2014. február"),
        ("rom", "Februaro 2014"),
    ],
)
def test_month_headings(language, expected):
    assert format_month(2014, 2, language) == expected


@pytest.mark.parametrize(("language", "monday"), [("en", "Monday"), ("fr", "Lundi"), ("de", "Montag"), ("rom", "Luj")])
def test_weeks_start_on_monday_with_localised_day_names(language, monday):
    names = weekday_names(language)

    assert len(names) == 7
    assert names[0][1] == monday
