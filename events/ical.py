"""Events as iCalendar (RFC 5545): one event to download, or a calendar to subscribe to.

- UID: the event's wagtail-localize translation key and the site's host name
  ("<translation_key>@<host>"): the same for every translation of one event, and
  unchanged when the event is edited, so calendar programs update it rather than add it
  twice.
- All-day events are dates (DTSTART;VALUE=DATE) with an exclusive DTEND, the day after
  the last day. Timed events carry their time zone (TZID) and the calendar holds a
  VTIMEZONE for each zone used.
- STATUS: scheduled and moved online are CONFIRMED, cancelled is CANCELLED, postponed is
  TENTATIVE (the date no longer holds, but the event has not been called off).
"""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from icalendar import Calendar, Event
from wagtail.models import Site

from core.site_name import site_name

# The product that wrote the calendar (RFC 5545 PRODID): the site, by its name.
PRODUCT_ID = "-//{site_name}//Event calendar//{language}"
ICALENDAR_STATUS = {
    "scheduled": "CONFIRMED",
    "moved_online": "CONFIRMED",
    "cancelled": "CANCELLED",
    "postponed": "TENTATIVE",
}
# How often subscribed calendar programs are asked to fetch the feed again.
REFRESH_INTERVAL = datetime.timedelta(hours=12)


def event_uid(event, host):
    return f"{event.translation_key}@{host}"


def event_component(event, request, host, language):
    """The VEVENT of one event."""
    component = Event()
    url = event.get_full_url(request)
    words = {"LANGUAGE": language}
    component.add("uid", event_uid(event, host))
    stamp = event.last_published_at or timezone.now()
    component.add("dtstamp", stamp.astimezone(datetime.UTC))
    if event.last_published_at:
        component.add("last-modified", event.last_published_at.astimezone(datetime.UTC))
    if event.first_published_at:
        component.add("created", event.first_published_at.astimezone(datetime.UTC))

    summary = event.title
    if event.status in ("cancelled", "postponed"):
        # Many calendar programs do not show STATUS; the title says it too.
        summary = f"{event.get_status_display()}: {event.title}"
    component.add("summary", summary, parameters=words)
    description = "\n\n".join(part for part in [event.introduction, url] if part)
    component.add("description", description, parameters=words)
    component.add("url", url)

    if event.is_all_day:
        component.add("dtstart", event.start_date)
        component.add("dtend", event.local_end_date + datetime.timedelta(days=1))
    else:
        component.add("dtstart", event.starts_at)
        if event.ends_at != event.starts_at:
            component.add("dtend", event.ends_at)
    component.add("status", ICALENDAR_STATUS.get(event.status, "CONFIRMED"))
    component.add("class", "PUBLIC")

    if event.takes_place_in_person and event.place_text:
        component.add("location", event.place_text, parameters=words)
    elif event.takes_place_online:
        component.add("location", event.online_url or _("Online"), parameters=words)
    if event.takes_place_online and event.online_url:
        component.add("conference", event.online_url, parameters={"VALUE": "URI", "FEATURE": "VIDEO"})
    return component


def build_calendar(events, request, calendar_name):
    site = Site.find_for_request(request)
    host = site.hostname if site is not None else request.get_host().split(":")[0]
    language = get_language()
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID.format(site_name=site_name(language), language=language.upper()))
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", calendar_name)
    calendar.add("x-wr-calname", calendar_name)
    calendar.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT12H")
    for event in events:
        calendar.add_component(event_component(event, request, host, language))

    timed = [event for event in events if not event.is_all_day]
    if timed:
        # Time zone definitions that cover the events (with a margin), not decades of rules.
        first = min(event.start_date for event in timed) - datetime.timedelta(days=366)
        last = max(event.local_end_date for event in timed) + datetime.timedelta(days=366)
        calendar.add_missing_timezones(first_date=first, last_date=last)
    return calendar


def calendar_response(request, events, calendar_name, filename, as_attachment=True):
    calendar = build_calendar(events, request, calendar_name)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(as_attachment, filename)
    return response
