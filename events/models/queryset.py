"""The events as the calendar asks for them: upcoming, past, in a year, between two days."""

from django.db.models import F
from django.db.models.functions import Coalesce
from wagtail.models import PageManager, PageQuerySet

from core.models.pictures import PagePicture


class EventPageQuerySet(PageQuerySet):
    def upcoming(self, today):
        """Events that end today or later (an event under way counts as upcoming), soonest first."""
        return self.filter(last_day__gte=today).order_by(
            "start_date", F("start_time").asc(nulls_first=True), "title", "pk"
        )

    def past(self, today):
        """Events that ended before today, the latest first."""
        return self.filter(last_day__lt=today).order_by(
            "-start_date", F("start_time").desc(nulls_last=True), "title", "pk"
        )

    def starting_in_year(self, year):
        return self.filter(start_date__year=year).order_by(
            "start_date", F("start_time").asc(nulls_first=True), "title", "pk"
        )

    def between(self, first_day, last_day):
        """Events taking place on at least one day from first_day to last_day (their own dates)."""
        return (
            self.annotate(local_last_day=Coalesce("end_date", "start_date"))
            .filter(start_date__lte=last_day, local_last_day__gte=first_day)
            .order_by("start_date", F("start_time").asc(nulls_first=True), "title", "pk")
        )

    def for_listing(self):
        """What a list of events shows, in a fixed number of queries: no bodies, and each
        picture with its renditions."""
        return PagePicture.with_pictures(self.defer_streamfields())


EventPageManager = PageManager.from_queryset(EventPageQuerySet)
