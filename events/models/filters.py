"""The visitor's filters of the calendar."""

from urllib.parse import urlencode

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.i18n.countries import COUNCIL_OF_EUROPE_MEMBER_STATES
from events.models.choices import Attendance


class EventFilters:
    """The visitor's choice of country and way of attending, read from the query string.

    Values the site does not know are ignored (the list shows every event, as without
    the filter), so a mistyped or outdated address never fails.
    """

    ATTENDANCE_FILTERS = {
        Attendance.IN_PERSON: [Attendance.IN_PERSON, Attendance.MIXED],
        Attendance.ONLINE: [Attendance.ONLINE, Attendance.MIXED],
        Attendance.MIXED: [Attendance.MIXED],
    }
    ATTENDANCE_LABELS = {
        Attendance.IN_PERSON: _("Can be attended in person"),
        Attendance.ONLINE: _("Can be followed online"),
        Attendance.MIXED: _("Both in person and online"),
    }

    def __init__(self, query):
        country = query.get("country", "")
        attendance = query.get("attendance", "")
        self.country = country if country in COUNCIL_OF_EUROPE_MEMBER_STATES else ""
        self.attendance = attendance if attendance in self.ATTENDANCE_FILTERS else ""

    @property
    def active(self):
        return bool(self.country or self.attendance)

    def condition(self):
        """The events the filters keep, as a condition (an empty one keeps them all)."""
        condition = Q()
        if self.country:
            condition &= Q(country=self.country)
        if self.attendance:
            condition &= Q(attendance__in=self.ATTENDANCE_FILTERS[self.attendance])
        return condition

    def apply(self, events):
        return events.filter(self.condition())

    def query_string(self):
        """The filters as "?country=FR&attendance=online", or "" without any: for links
        that keep them (previous and next month, other pages of a list)."""
        params = {key: value for key, value in [("country", self.country), ("attendance", self.attendance)] if value}
        return f"?{urlencode(params)}" if params else ""

    def page_prefix(self):
        """The start of a link to another page of the list: "?country=FR&" or "?"."""
        query = self.query_string()
        return f"{query}&" if query else "?"

    def attendance_options(self):
        return [(value, label) for value, label in self.ATTENDANCE_LABELS.items()]
