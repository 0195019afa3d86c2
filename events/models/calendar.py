"""The month view of the calendar, and what the navigation of every view knows."""

import datetime
from dataclasses import dataclass

from django.utils.functional import cached_property
from django.utils.translation import get_language

from core.i18n.collation import collation_key
from core.i18n.countries import COUNCIL_OF_EUROPE_MEMBER_STATES, country_name
from core.i18n.dates import format_month, month_weeks, weekday_names
from events.models.choices import FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR, site_today


@dataclass(frozen=True)
class CalendarFacts:
    """What the calendar's navigation knows of its events (`EventIndexPage.calendar_facts`):
    their countries and years, the first and last days they cover, and how many events
    the current view shows."""

    countries: frozenset
    years: list  # newest first
    first_day: datetime.date | None
    last_day: datetime.date | None
    shown: int

    @classmethod
    def from_rows(cls, rows):
        """From rows of events grouped by country and year (`first_day`, `last_day_here`,
        `shown`)."""
        return cls(
            countries=frozenset(row["country"] for row in rows if row["country"]),
            years=sorted({row["year"] for row in rows}, reverse=True),
            first_day=min((row["first_day"] for row in rows), default=None),
            last_day=max((row["last_day_here"] for row in rows), default=None),
            shown=sum(row["shown"] for row in rows),
        )

    def country_options(self):
        """(code, name) of the countries with events, in the order of their names."""
        return sorted(
            ((code, country_name(code)) for code in self.countries if code in COUNCIL_OF_EUROPE_MEMBER_STATES),
            key=lambda item: collation_key(item[1]),
        )


class MonthCalendar:
    """The month view: a grid of weeks with each day's events, and the month's list."""

    # What `context()` returns.
    CONTEXT_KEYS = (
        "month",
        "month_name",
        "month_in_words",
        "weekdays",
        "weeks",
        "month_events",
        "previous_month",
        "previous_month_name",
        "previous_month_url",
        "next_month",
        "next_month_name",
        "next_month_url",
        "noindex",
    )

    def __init__(self, first_day, events, facts, index_page):
        self.first_day = first_day
        self.events = events
        self.facts = facts
        self.index_page = index_page
        self.language = get_language()

    @cached_property
    def last_day(self):
        next_month = (self.first_day + datetime.timedelta(days=32)).replace(day=1)
        return next_month - datetime.timedelta(days=1)

    def navigable_months(self):
        """The months the previous/next links may lead to: from the first event (or this
        month) to the last event (or a year from now), so crawlers never walk on forever."""
        today = site_today()
        earliest = min(filter(None, [self.facts.first_day, today.replace(day=1)]))
        in_a_year = datetime.date(today.year + 1, today.month, 1)
        latest = max(filter(None, [self.facts.last_day, in_a_year]))
        return earliest.replace(day=1), latest.replace(day=1)

    def neighbour(self, step):
        year, month = self.first_day.year, self.first_day.month + step
        if month == 0:
            year, month = year - 1, 12
        elif month == 13:
            year, month = year + 1, 1
        if not FIRST_CALENDAR_YEAR <= year <= LAST_CALENDAR_YEAR:
            return None
        return datetime.date(year, month, 1)

    def context(self):
        month_events = list(self.events.between(self.first_day, self.last_day).for_listing())
        today = site_today()
        earliest, latest = self.navigable_months()
        previous_month, next_month = self.neighbour(-1), self.neighbour(1)
        if previous_month is not None and previous_month < earliest:
            previous_month = None
        if next_month is not None and next_month > latest:
            next_month = None
        weeks = []
        for week in month_weeks(self.first_day.year, self.first_day.month, self.language):
            days = []
            for day in week:
                in_month = day.month == self.first_day.month
                starting, continuing = [], []
                if in_month:
                    for event in month_events:
                        if event.start_date <= day <= event.local_last_day:
                            # An event is linked on its first day in this month; the
                            # days it continues on name it without another link.
                            if day == event.start_date or day == self.first_day:
                                starting.append(event)
                            else:
                                continuing.append(event)
                days.append(
                    {
                        "date": day,
                        "in_month": in_month,
                        "is_today": day == today,
                        "starting": starting,
                        "continuing": continuing,
                    }
                )
            weeks.append(days)
        return {
            "month": self.first_day,
            "month_name": format_month(self.first_day.year, self.first_day.month, self.language),
            "month_in_words": format_month(self.first_day.year, self.first_day.month, self.language, heading=False),
            "weekdays": weekday_names(self.language),
            "weeks": weeks,
            "month_events": month_events,
            "previous_month": previous_month,
            "previous_month_name": previous_month
            and format_month(previous_month.year, previous_month.month, self.language, heading=False),
            "previous_month_url": previous_month
            and self.index_page.month_url(previous_month.year, previous_month.month),
            "next_month": next_month,
            "next_month_name": next_month
            and format_month(next_month.year, next_month.month, self.language, heading=False),
            "next_month_url": next_month and self.index_page.month_url(next_month.year, next_month.month),
            # Months without events are not worth a search engine's attention.
            "noindex": not month_events,
        }
