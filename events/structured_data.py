"""schema.org `Event` data (JSON-LD) for an event page, read by search engines."""

import json

from django.utils.safestring import mark_safe
from django.utils.translation import get_language

SCHEMA = "https://schema.org/"
EVENT_STATUS = {
    "scheduled": "EventScheduled",
    "cancelled": "EventCancelled",
    "postponed": "EventPostponed",
    "moved_online": "EventMovedOnline",
}
ATTENDANCE_MODE = {
    "in_person": "OfflineEventAttendanceMode",
    "online": "OnlineEventAttendanceMode",
    "mixed": "MixedEventAttendanceMode",
}
# Characters that could end the <script> element or open a comment inside it.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def _moment(day, moment):
    return moment.isoformat() if moment is not None else day.isoformat()


def event_data(event, request, image_url=None):
    """The event as a schema.org `Event` dictionary."""
    page_url = event.get_full_url(request)
    attendance = "online" if event.status == "moved_online" else event.attendance
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "url": page_url,
        "inLanguage": get_language(),
        "startDate": _moment(event.start_date, event.starts_at),
        "endDate": _moment(event.local_end_date, event.ends_at),
        "eventStatus": SCHEMA + EVENT_STATUS.get(event.status, "EventScheduled"),
        "eventAttendanceMode": SCHEMA + ATTENDANCE_MODE.get(attendance, "OfflineEventAttendanceMode"),
    }
    if event.introduction:
        data["description"] = event.introduction
    locations = []
    if event.takes_place_in_person:
        address = {"@type": "PostalAddress"}
        if event.city:
            address["addressLocality"] = event.city
        if event.country:
            address["addressCountry"] = event.country
        locations.append({"@type": "Place", "name": event.venue_name or event.city, "address": address})
    if event.takes_place_online:
        # Where to follow it: its link, or else the page that tells how to register.
        locations.append({"@type": "VirtualLocation", "url": event.online_url or event.registration_url or page_url})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    if event.organiser:
        organiser = {"@type": "Organization", "name": event.organiser}
        if event.organiser_url:
            organiser["url"] = event.organiser_url
        data["organizer"] = organiser
    if image_url:
        data["image"] = [request.build_absolute_uri(image_url)]
    return data


def event_json_ld(event, request, image_url=None):
    """The <script type="application/ld+json"> contents, safe to put in the page."""
    text = json.dumps(event_data(event, request, image_url), ensure_ascii=False, indent=None)
    return mark_safe(text.translate(_SCRIPT_ESCAPES))
