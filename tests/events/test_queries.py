"""The calendar and event pages cost a fixed number of queries, whatever the number of events."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.models import SiteImage
from events.models import EventPageParticipant
from news.models import NewsIndexPage, NewsPageEvent
from participants.models import ParticipantPage
from tests.news.conftest import add_post, small_picture

pytestmark = pytest.mark.django_db

# Each bound is the sum of its parts, so that a change in one part (serving, the frame)
# shows in its own line. Any language costs the same.
#
# Serving (core.serving), the site, its root page's translations and the locales coming
# from the cache: every page the address names, with the home page, read at once (1),
# then the page found with its own fields, its view restrictions and its ancestors'
# checked inside that query (1): 2. An event page, one level deeper, costs the same:
# the address is read in one query whatever its depth, and so are the calendar's own
# sub-routes (a year, a month, the feed).
SERVING_CALENDAR = 2
SERVING_EVENT = 2
# The frame: the page's translations (1); its home pages, menu, feed links, footer text
# and site settings from the cache.
FRAME = 1
# The calendar: what its navigation needs (countries, years, first and last days, and
# how many events the view shows: 1 query), the events with their pictures (1) and the
# pictures' renditions (1). Private sections are left out inside these queries.
UPCOMING_QUERIES = SERVING_CALENDAR + FRAME + 3
YEAR_QUERIES = SERVING_CALENDAR + FRAME + 3
# The month view: the same; its navigation's facts also bound the previous/next links.
MONTH_QUERIES = SERVING_CALENDAR + FRAME + 3
# The page: its picture and the body's pictures, each joined to its renditions (1), no
# query for its calendar (the "back" link: the routing has read the event's parent
# already), the participants taking part in its language, the link rows read in the
# same query (1), the news about it with their pictures (1; one more for the posts'
# renditions when they have pictures,
# `test_an_event_page_costs_the_same_with_one_participant_and_post_as_with_ten`).
EVENT_PAGE_QUERIES = SERVING_EVENT + FRAME + 3
# Neither a picture of its own nor one in its body: no picture query.
EVENT_PAGE_WITHOUT_PICTURE_QUERIES = SERVING_EVENT + FRAME + 2
# The feeds: the calendar's feed asks for its events (1), an event's own feed for
# nothing more than its serving. No frame; the site's name comes from the cache
# (core.site_name).
FEED_QUERIES = SERVING_CALENDAR + 1
EVENT_FEED_QUERIES = SERVING_EVENT
# A list in which no event has a picture asks for no renditions (1 fewer; the pictures are
# joined to the events).
WITHOUT_PICTURES = -1
# With an empty cache, each page costs 10 more: the site, its root page's translations and
# the locales (3), Wagtail's site root paths and their translations (2), the frame's home
# pages, menu, feed links, footer text and site settings (5); a feed 6 more: the same 3
# and 2, and the site's name (1).


def count_queries(client, url):
    client.get(url)  # warm the per-process caches and make the pictures' renditions
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries), "\n".join(query["sql"] for query in queries.captured_queries)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/en/events/", UPCOMING_QUERIES),
        ("/fr/evenements/", UPCOMING_QUERIES),
        ("/fr/evenements/?country=FR&attendance=in_person", UPCOMING_QUERIES + WITHOUT_PICTURES),
        ("/en/events/2014/", YEAR_QUERIES),
        ("/en/events/2014/02/", MONTH_QUERIES),
        ("/en/events/first-national-workshop-france/", EVENT_PAGE_QUERIES),
        ("/fr/evenements/premier-atelier-national-france/", EVENT_PAGE_QUERIES),
        ("/en/events/meeting-of-national-contact-points/", EVENT_PAGE_WITHOUT_PICTURE_QUERIES),
        ("/en/events/ics/", FEED_QUERIES),
        ("/en/events/first-national-workshop-france/ics/", EVENT_FEED_QUERIES),
    ],
)
def test_query_counts_stay_within_their_bounds(client, url, expected):
    count, statements = count_queries(client, url)

    assert count <= expected, statements


def add_events(make_event, number, first_number=0):
    """`number` events in May 2031, one in three with a picture (of three pictures)."""
    pictures = list(SiteImage.objects.order_by("pk")[:3])
    for index in range(first_number, first_number + number):
        make_event(
            f"Event {index}",
            start_date=datetime.date(2031, 5, 1 + index % 28),
            end_date=datetime.date(2031, 5, 1 + index % 28) + datetime.timedelta(days=index % 3),
            country=["FR", "IT", "RO"][index % 3],
            picture=pictures[index % 3] if index % 3 == 0 else None,
        )


def test_the_calendar_costs_the_same_with_10_and_with_100_events(client, make_event):
    urls = ["/en/events/", "/en/events/2031/", "/en/events/2031/05/", "/en/events/2031/05/?country=FR"]
    add_events(make_event, 10)
    with_10 = {url: count_queries(client, url)[0] for url in urls}

    add_events(make_event, 90, first_number=10)
    with_100 = {url: count_queries(client, url) for url in urls}

    for url in urls:
        assert with_100[url][0] == with_10[url], f"{url}\n{with_100[url][1]}"
    # And the month really shows them all.
    assert client.get("/en/events/2031/05/").content.count(b'<article class="event-teaser') == 100


def test_an_event_page_costs_the_same_with_one_participant_and_post_as_with_ten(client, make_event):
    """The participants taking part and the posts about the event (with their pictures)
    cost no query each."""
    event = make_event("A gathering", start_date=datetime.date(2031, 6, 1), picture=SiteImage.objects.first())
    participants = list(ParticipantPage.objects.filter(locale__language_code="en").order_by("pk")[:10])
    news = NewsIndexPage.objects.get(locale__language_code="en")

    def add(first, count):
        for number in range(first, first + count):
            EventPageParticipant.objects.create(page=event, participant=participants[number])
            post = add_post(news, title=f"About it {number}", date="2031-05-01", picture=small_picture(), publish=False)
            NewsPageEvent.objects.create(page=post, event=event)
        return count_queries(client, event.url)

    with_one = add(0, 1)
    with_ten = add(1, 9)

    assert with_ten[0] == with_one[0], with_ten[1]
    page = client.get(event.url).content.decode()
    assert page.count('class="latest-list__item"') == 10
    assert all(participant.title in page for participant in participants)
