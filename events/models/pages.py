"""The event calendar: one index page per language and the events below it.

Dates, times, time zone, status, attendance, country and links are the same in every
language: wagtail-localize copies them from the English event to its translations and
translators cannot change them (`override_translatable_fields`). The words (title,
introduction, venue, city, organiser, the picture's alt text, caption and credit, body) are
translated.
"""

import datetime
import re
from functools import partial
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, F, Max, Min, Q
from django.db.models.functions import Coalesce, ExtractYear
from django.http import Http404, HttpResponsePermanentRedirect
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BodyBlock
from core.i18n.countries import COUNCIL_OF_EUROPE_MEMBER_STATES, country_choices, country_name
from core.listings import CountedPaginator, with_text_language
from core.models import BasePage
from core.models.mixins import FeedLink, FeedSourceMixin, LatestItemMixin, UpcomingItemMixin, exclude_untranslated
from core.models.pictures import PagePicture
from core.privacy import exclude_private
from core.related import as_related_item, chosen_links, linked_pages, pages_linking_to, related_items
from core.render_cache import PREPARATION, RenderPreparation, lazy_entries, lazy_value
from events.models.calendar import CalendarFacts, MonthCalendar
from events.models.choices import (
    EVENTS_PER_PAGE,
    FEED_MAX_EVENTS,
    FEED_PAST_DAYS,
    FIRST_CALENDAR_YEAR,
    LAST_CALENDAR_YEAR,
    Attendance,
    EventStatus,
    site_today,
)
from events.models.filters import EventFilters
from events.models.queryset import EventPageManager
from events.time_zones import DEFAULT_TIME_ZONE, TIME_ZONE_CHOICES
from events.when import describe_when
from participants.models import ParticipantLink


class EventIndexPage(RoutablePageMixin, FeedSourceMixin, BasePage):
    """The calendar of one language: upcoming events, past events by year, a month view,
    and an iCalendar feed visitors can subscribe to. One per language, below its home page."""

    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("A sentence or two shown above the list of events.")
    )

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    parent_page_types = ["core.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1  # one calendar per language's home page

    class Meta:
        verbose_name = _("event calendar")

    # --- Queries ------------------------------------------------------------------------

    def events(self):
        """The live, public events of this calendar in its own language (events not
        translated yet, aliases of English events, are left out): what the iCalendar
        feed publishes. Private sections are left out by the query itself
        (`core.privacy.exclude_private`)."""
        return exclude_untranslated(exclude_private(EventPage.objects.child_of(self).live()))

    def listed_events(self):
        """Every live, public event of this calendar: what its views list. Events not
        translated yet are listed too, in their source language and marked so
        (`core.listings`)."""
        return with_text_language(exclude_private(EventPage.objects.child_of(self).live()))

    def upcoming_events(self, today=None, events=None):
        return (events if events is not None else self.events()).upcoming(today or site_today())

    def past_events(self, today=None, events=None):
        return (events if events is not None else self.events()).past(today or site_today())

    @staticmethod
    def calendar_facts(events, shown_condition):
        """What the calendar's navigation needs to know of `events`, and how many of them
        meet `shown_condition` (the view's events with the visitor's filters); one query."""
        rows = (
            events.order_by()
            .annotate(year=ExtractYear("start_date"))
            .values("country", "year")
            .annotate(
                first_day=Min("start_date"),
                last_day_here=Max(Coalesce("end_date", "start_date")),
                shown=Count("pk", filter=shown_condition) if shown_condition else Count("pk"),
            )
        )
        return CalendarFacts.from_rows(list(rows))

    # --- Addresses ----------------------------------------------------------------------

    def year_url(self, year):
        return self.url + self.reverse_subpage("year", kwargs={"year": f"{year:04d}"})

    def month_url(self, year, month):
        return self.url + self.reverse_subpage("month", kwargs={"year": f"{year:04d}", "month": f"{month:02d}"})

    def feed_url(self):
        return self.url + self.reverse_subpage("feed")

    def get_cached_paths(self):
        """The page, its feed, and every year and month view from its first event's year to
        its last one's (and this year's): any of them may list an event that changed."""
        span = EventPage.objects.child_of(self).aggregate(first=Min("start_date"), last=Max("last_day"))
        this_year = site_today().year
        first_year = min(span["first"].year if span["first"] else this_year, this_year)
        last_year = max(span["last"].year if span["last"] else this_year, this_year)
        paths = super().get_cached_paths()
        for year in range(first_year, last_year + 1):
            paths.append(self.reverse_subpage("year", kwargs={"year": f"{year:04d}"}))
            paths += [
                self.reverse_subpage("month", kwargs={"year": f"{year:04d}", "month": f"{month:02d}"})
                for month in range(1, 13)
            ]
        return paths

    def get_feed_links(self, request=None):
        calendar_url = self.get_url(request)  # None when the page is not in a site
        if not calendar_url:
            return []
        feed_url = calendar_url + self.reverse_subpage("feed")
        return [FeedLink(title=str(_("Events calendar (iCalendar)")), url=feed_url, content_type="text/calendar")]

    # --- Views --------------------------------------------------------------------------

    def _listing_context(self, request, events, facts):
        # A page number that is not one (or is out of range) shows the nearest page.
        def events_page():
            paginator = CountedPaginator(events.for_listing(), EVENTS_PER_PAGE, facts.shown)
            return paginator.get_page(request.GET.get("page"))

        return {"events_page": lazy_value(events_page)}

    def _common_context(self, facts, filters):
        today = site_today()
        return {
            "filters": filters,
            "country_options": lazy_value(lambda: facts.country_options()),
            "years": lazy_value(lambda: [(year, self.year_url(year)) for year in facts.years]),
            "this_month_url": self.month_url(today.year, today.month),
            "today": today,
        }

    @path("", name="upcoming")
    def upcoming_view(self, request):
        events = self.listed_events()
        filters = EventFilters(request.GET)
        today = site_today()
        # Read when a region of the page renders (core.render_cache).
        facts = lazy_value(lambda: self.calendar_facts(events, Q(last_day__gte=today) & filters.condition()))
        context = self._common_context(facts, filters)
        context.update(self._listing_context(request, filters.apply(self.upcoming_events(today, events)), facts))
        context["calendar_view"] = "upcoming"
        return self.render(request, context_overrides=context)

    @re_path(r"^(?P<year>\d{4})/$", name="year")
    def year_view(self, request, year):
        year = int(year)
        if not FIRST_CALENDAR_YEAR <= year <= LAST_CALENDAR_YEAR:
            raise Http404("No calendar for that year")
        events = self.listed_events()
        filters = EventFilters(request.GET)
        facts = lazy_value(lambda: self.calendar_facts(events, Q(start_date__year=year) & filters.condition()))
        context = self._common_context(facts, filters)
        context.update(self._listing_context(request, filters.apply(events.starting_in_year(year)), facts))
        context.update(calendar_view="year", year=year)
        return self.render(request, context_overrides=context, template="events/event_index_year.html")

    @re_path(r"^(?P<year>\d{4})/(?P<month>\d{1,2})/$", name="month")
    def month_view(self, request, year, month):
        try:
            first_day = datetime.date(int(year), int(month), 1)
        except ValueError as error:
            raise Http404("No such month") from error
        if not FIRST_CALENDAR_YEAR <= first_day.year <= LAST_CALENDAR_YEAR:
            raise Http404("No calendar for that year")
        if len(month) != 2:  # /2014/2/ is /2014/02/
            return HttpResponsePermanentRedirect(
                self.month_url(first_day.year, first_day.month) + (f"?{request.GET.urlencode()}" if request.GET else "")
            )
        events = self.listed_events()
        filters = EventFilters(request.GET)
        facts = lazy_value(lambda: self.calendar_facts(events, None))
        context = self._common_context(facts, filters)
        month = MonthCalendar(first_day, filters.apply(events), facts, self)
        context.update(lazy_entries(month.context, MonthCalendar.CONTEXT_KEYS))
        context["calendar_view"] = "month"
        return self.render(request, context_overrides=context, template="events/event_index_month.html")

    @path("ics/", name="feed")
    def feed_view(self, request):
        from events.ical import calendar_response

        today = site_today()
        events = (
            self.events()
            .filter(last_day__gte=today - datetime.timedelta(days=FEED_PAST_DAYS))
            .order_by("start_date", F("start_time").asc(nulls_first=True), "pk")
            .defer_streamfields()[:FEED_MAX_EVENTS]
        )
        # Served inline: calendar programs subscribe to this address.
        return calendar_response(
            request, list(events), calendar_name=self.title, filename=f"{self.slug}.ics", as_attachment=False
        )


class EventPage(RoutablePageMixin, LatestItemMixin, UpcomingItemMixin, BasePage, PagePicture):
    """One event: a meeting, conference, workshop or ceremony, in person or online.

    Give its start date, and an end date when it lasts several days; give times only
    when it does not last the whole day, in the time zone of the place where it happens.
    When it is cancelled, postponed or moved online, change its status rather than
    deleting it: visitors and subscribed calendars then learn about the change.
    """

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences shown in lists of events and in calendars."),
    )

    start_date = models.DateField(_("start date"))
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Leave empty for an event that lasts one day.")
    )
    start_time = models.TimeField(
        _("start time"), null=True, blank=True, help_text=_("Leave empty for an event that lasts the whole day.")
    )
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=TIME_ZONE_CHOICES,
        default=DEFAULT_TIME_ZONE,
        help_text=_("The time zone of the times above: that of the place where the event happens."),
    )
    status = models.CharField(_("status"), max_length=20, choices=EventStatus.choices, default=EventStatus.SCHEDULED)

    attendance = models.CharField(
        _("attendance"), max_length=20, choices=Attendance.choices, default=Attendance.IN_PERSON
    )
    venue_name = models.CharField(
        _("venue"), max_length=255, blank=True, help_text=_("For example: Council of Europe Office in Paris.")
    )
    city = models.CharField(_("city"), max_length=120, blank=True)
    country = models.CharField(_("country"), max_length=2, choices=country_choices, blank=True)
    online_url = models.URLField(
        _("online link"),
        blank=True,
        help_text=_("Where to follow the event online. Leave empty if the link is sent on registration."),
    )

    organiser = models.CharField(_("organiser"), max_length=255, blank=True)
    organiser_url = models.URLField(_("organiser's website"), blank=True)
    registration_url = models.URLField(_("registration link"), blank=True)

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    # The participants taking part: `participant_links` (EventPageParticipant below),
    # chosen on the source event and the same in every translation. The news posts about
    # an event link it from their side (news.NewsPageEvent).

    # The last day of the event in the site's time zone (settings.TIME_ZONE): the day
    # until which it is listed as upcoming. Computed on save from the fields above.
    last_day = models.DateField(editable=False, db_index=True)

    objects = EventPageManager()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
                FieldPanel("time_zone"),
                FieldPanel("status"),
            ],
            heading=_("Date, time and status"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("attendance"),
                FieldPanel("venue_name"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldPanel("online_url"),
            ],
            heading=_("Place"),
        ),
        MultiFieldPanel(
            [FieldPanel("organiser"), FieldPanel("organiser_url"), FieldPanel("registration_url")],
            heading=_("Organiser and registration"),
        ),
        PagePicture.picture_panel,
        FieldPanel("body"),
        InlinePanel(
            "participant_links",
            label=_("Participant"),
            heading=_("Participants taking part"),
            help_text=_("Their pages list this event in return."),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.SearchField("venue_name"),
        index.SearchField("city"),
        index.FilterField("start_date"),
        index.FilterField("last_day"),
    ]

    # Facts are the same in every language: translators see them but cannot change them.
    # The registration and organiser links may point to a page in the reader's language,
    # and a translation may use another picture (one with text in its language).
    override_translatable_fields = [
        SynchronizedField("start_date", overridable=False),
        SynchronizedField("end_date", overridable=False),
        SynchronizedField("start_time", overridable=False),
        SynchronizedField("end_time", overridable=False),
        SynchronizedField("time_zone", overridable=False),
        SynchronizedField("status", overridable=False),
        SynchronizedField("attendance", overridable=False),
        SynchronizedField("country", overridable=False),
        SynchronizedField("online_url", overridable=False),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    latest_kind_label = _("Event")
    upcoming_heading = _("Upcoming events")
    upcoming_empty_text = _("No event is planned at the moment.")
    upcoming_index_label = _("Show all events")

    class Meta:
        verbose_name = _("event")
        indexes = [models.Index(fields=["start_date"], name="events_start_date_idx")]

    # --- Dates --------------------------------------------------------------------------

    @property
    def zone(self):
        return ZoneInfo(self.time_zone or DEFAULT_TIME_ZONE)

    @property
    def is_all_day(self):
        return self.start_time is None

    @property
    def is_one_day(self):
        return self.end_date is None or self.end_date <= self.start_date

    @property
    def local_end_date(self):
        """The event's last day in its own time zone."""
        return self.start_date if self.is_one_day else self.end_date

    @property
    def starts_at(self):
        """The start as an aware datetime in the event's zone; None for an all-day event."""
        if self.start_time is None:
            return None
        return datetime.datetime.combine(self.start_date, self.start_time, tzinfo=self.zone)

    @property
    def ends_at(self):
        """The end as an aware datetime in the event's zone; None for an all-day event.

        Without an end time, a one-day event ends when it starts and a longer one at the
        end of its last day."""
        if self.start_time is None:
            return None
        if self.end_time is not None:
            return datetime.datetime.combine(self.local_end_date, self.end_time, tzinfo=self.zone)
        if self.is_one_day:
            return self.starts_at
        return datetime.datetime.combine(self.local_end_date + datetime.timedelta(days=1), datetime.time(), self.zone)

    def compute_last_day(self):
        if self.start_date is None:
            return None
        if self.start_time is None:
            return self.local_end_date
        # A timed event ends at a moment: the day of that moment in the site's zone, so an
        # evening event in New York is still "upcoming" in Paris after midnight.
        end = self.ends_at
        if self.end_time is None and not self.is_one_day:
            end -= datetime.timedelta(microseconds=1)
        return end.astimezone(ZoneInfo(settings.TIME_ZONE)).date()

    def when(self, language=None):
        """The event's dates and times in words, in the active language."""
        return describe_when(
            self.start_date,
            None if self.is_one_day else self.end_date,
            self.start_time,
            self.end_time,
            self.time_zone,
            language,
        )

    def is_upcoming(self, today=None):
        return self.compute_last_day() >= (today or site_today())

    # --- Words --------------------------------------------------------------------------

    @property
    def country_name(self):
        return country_name(self.country) if self.country in COUNCIL_OF_EUROPE_MEMBER_STATES else ""

    @property
    def takes_place_in_person(self):
        return self.attendance in (Attendance.IN_PERSON, Attendance.MIXED) and self.status != EventStatus.MOVED_ONLINE

    @property
    def takes_place_online(self):
        return self.attendance in (Attendance.ONLINE, Attendance.MIXED) or self.status == EventStatus.MOVED_ONLINE

    @property
    def place_text(self):
        """Where it happens in one line: "Council of Europe Office, Paris, France"."""
        return ", ".join(part for part in [self.venue_name, self.city, self.country_name] if part)

    @property
    def short_place_text(self):
        return ", ".join(part for part in [self.city, self.country_name] if part)

    # --- Home page "latest" -------------------------------------------------------------

    @classmethod
    def latest_queryset(cls, locale_id):
        """The events that are over (ended before today), the latest first: the coming
        ones have the home page's own block (`upcoming_queryset`)."""
        return (
            with_text_language(exclude_private(cls.objects.live().filter(locale_id=locale_id)))
            .filter(last_day__lt=site_today())
            .defer_streamfields()
            .order_by("-start_date", F("start_time").desc(nulls_last=True), "pk")
        )

    def latest_date(self):
        return self.start_date

    # --- Home page "Upcoming" -----------------------------------------------------------

    @classmethod
    def upcoming_queryset(cls, locale_id):
        events = with_text_language(exclude_private(cls.objects.live().filter(locale_id=locale_id)))
        return events.upcoming(site_today()).defer_streamfields()

    @classmethod
    def upcoming_index_page(cls, locale_id):
        return EventIndexPage.objects.live().filter(locale_id=locale_id).order_by("path").first()

    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED

    def latest_date_text(self):
        return self.when().dates

    def latest_note(self):
        return "" if self.status == EventStatus.SCHEDULED else str(self.get_status_display())

    # --- Links to and from participants and news ----------------------------------------

    def get_linked_participants(self):
        """The participants taking part, in this event's language; one query, which reads
        the link rows too (or takes them from memory in a preview)."""
        (participants,) = linked_pages(self.locale_id, chosen_links(self, "participant_links", "participant"))
        return participants

    @classmethod
    def related_to_participant(cls, participant, request=None):
        """The live events in `participant`'s language that it takes part in, as related
        items (registered in events.apps); one query, private events left out by a
        condition of it (core.privacy).
        Related items show no picture of an event, so none is fetched."""
        events = pages_linking_to(cls.objects.live(), EventPageParticipant, "participant", participant)
        return [as_related_item(event) for event in events.defer_streamfields()]

    # --- Validation and saving ----------------------------------------------------------

    def clean(self):
        super().clean()
        errors = {}
        if re.fullmatch(r"\d+|ics", self.slug or ""):
            errors["slug"] = _("This address is used by the calendar itself; add a word to it.")
        for name in ("start_date", "end_date"):
            value = getattr(self, name)
            if value is not None and not FIRST_CALENDAR_YEAR <= value.year <= LAST_CALENDAR_YEAR:
                errors[name] = _("Give a date between %(first)s and %(last)s.") % {
                    "first": FIRST_CALENDAR_YEAR,
                    "last": LAST_CALENDAR_YEAR,
                }
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The event cannot end before it starts.")
        errors.update(self.picture_errors())
        if self.end_time is not None and self.start_time is None:
            errors["start_time"] = _("Give the start time too, or leave the end time empty.")
        elif (
            self.start_time is not None
            and self.end_time is not None
            and self.start_date
            and self.is_one_day
            and self.end_time <= self.start_time
        ):
            errors["end_time"] = _(
                "The event ends before it starts. For an event that goes on past midnight, give its end date."
            )
        if self.attendance in (Attendance.IN_PERSON, Attendance.MIXED) and self.status != EventStatus.MOVED_ONLINE:
            if not self.city:
                errors["city"] = _("Give the city where the event takes place.")
            if not self.country:
                errors["country"] = _("Give the country where the event takes place.")
        if self.status == EventStatus.MOVED_ONLINE and self.attendance == Attendance.IN_PERSON:
            errors["attendance"] = _("An event moved online can be followed online: choose Online.")
        if errors:
            raise ValidationError(errors)
        self.last_day = self.compute_last_day()

    def save(self, *args, **kwargs):
        self.last_day = self.compute_last_day()
        return super().save(*args, **kwargs)

    # --- Views --------------------------------------------------------------------------

    def ics_url(self):
        return self.url + self.reverse_subpage("ics")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read when a region of the page renders, not when all of them come from the
        # render cache (core.render_cache). The picture and the body's pictures, with
        # their renditions, in one query; the page's <picture> element and its structured
        # data share them.
        context[PREPARATION] = RenderPreparation(partial(self.load_picture_with_body, self.body))
        context["when"] = self.when()
        context["is_upcoming"] = self.is_upcoming()
        context["calendar"] = self.get_parent_calendar()
        context["linked_participants"] = lazy_value(self.get_linked_participants)
        context["related_items"] = lazy_value(lambda: related_items(self, request))
        return context

    def get_parent_calendar(self):
        """The calendar this event belongs to, for the "back to the calendar" link."""
        # Event pages live only below a calendar (parent_page_types); its title and
        # address are on the generic page, so no specific query is needed. A served
        # event costs no query for it at all: the routing left the calendar it came
        # through on the event (`BasePage.route`).
        return self.get_parent()

    @path("ics/", name="ics")
    def ics_view(self, request):
        from events.ical import calendar_response

        return calendar_response(request, [self], calendar_name=self.title, filename=f"{self.slug}.ics")


class EventPageParticipant(ParticipantLink):
    """A participant taking part in an event; the participant's page lists the event."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="participant_links")
