"""A private post or event is never listed: not in the news, the calendar, the feeds, the
home page nor on the pages it links, whatever the kind of restriction (login, password,
groups) and whether it sits on the page itself or on a section above it.

The lists leave private sections out inside their own queries
(`core.privacy.exclude_private`); these tests hold them to what Wagtail's `public()`
keeps.
"""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils.text import slugify
from wagtail.models import PageViewRestriction

from events.models import EventIndexPage, EventPage, EventPageParticipant, site_today
from news.models import NewsIndexPage, NewsPageEvent, NewsPageParticipant, Topic
from participants.models import ParticipantPage
from tests.news.conftest import add_post, small_picture

pytestmark = pytest.mark.django_db

RESTRICTIONS = [PageViewRestriction.LOGIN, PageViewRestriction.PASSWORD, PageViewRestriction.GROUPS]


def restrict(page, restriction_type):
    restriction = PageViewRestriction.objects.create(
        page=page,
        restriction_type=restriction_type,
        password="members-only" if restriction_type == PageViewRestriction.PASSWORD else "",
    )
    if restriction_type == PageViewRestriction.GROUPS:
        restriction.groups.add(Group.objects.create(name=f"Members of page {page.pk}"))
    return restriction


def body_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.fixture
def kragujevac():
    return ParticipantPage.objects.get(slug="kragujevac", locale__language_code="en")


@pytest.fixture
def english_news():
    return NewsIndexPage.objects.get(locale__language_code="en")


@pytest.fixture
def english_calendar():
    return EventIndexPage.objects.get(locale__language_code="en")


def make_event(calendar, participant, title, start_date):
    event = EventPage(title=title, slug=slugify(title), start_date=start_date, city="Strasbourg", country="FR")
    calendar.add_child(instance=event)
    EventPageParticipant.objects.create(page=event, participant=participant)
    return event


@pytest.fixture
def public_event(english_calendar, kragujevac):
    """A coming event that the private post is about: its page lists the posts about it."""
    return make_event(english_calendar, kragujevac, "Public gathering", datetime.date(2031, 3, 3))


@pytest.fixture
def private_post(english_news, kragujevac, public_event):
    """The newest post of all, with a topic, a picture, a participant and an event."""
    post = add_post(
        english_news,
        title="Members only post",
        date="2031-01-01",
        topics=[Topic.objects.get(slug="congress", locale__language_code="en")],
        picture=small_picture(),
        publish=False,
    )
    NewsPageParticipant.objects.create(page=post, participant=kragujevac)
    NewsPageEvent.objects.create(page=post, event=public_event)
    return post


@pytest.fixture
def private_events(english_calendar, kragujevac):
    """Tomorrow's event (the first of the home page's coming ones) and the day before
    yesterday's (the newest of its latest), both with Kragujevac taking part."""
    today = site_today()
    coming = make_event(english_calendar, kragujevac, "Members only gathering", today + datetime.timedelta(days=1))
    past = make_event(english_calendar, kragujevac, "Members only meeting", today - datetime.timedelta(days=2))
    return [coming, past]


NEWS_LISTS = ["/en/news/", "/en/news/?topic=congress", "/en/news/rss/", "/en/news/atom/", "/en/"]


@pytest.mark.parametrize("restriction_type", RESTRICTIONS)
def test_a_private_post_is_in_no_list_nor_feed(client, private_post, public_event, kragujevac, restriction_type):
    lists = [*NEWS_LISTS, kragujevac.url, public_event.url]
    for url in lists:
        assert private_post.title in body_of(client, url), url
    restrict(private_post, restriction_type)

    for url in lists:
        assert private_post.title not in body_of(client, url), url
    # Its year is offered by no filter and counted nowhere.
    assert client.get("/en/news/?year=2031").status_code == 404
    assert private_post.teaser not in client.get(private_post.url).content.decode()


@pytest.mark.parametrize("restriction_type", RESTRICTIONS)
def test_the_posts_of_a_private_news_section_are_listed_nowhere_else(
    client, english_news, private_post, kragujevac, public_event, restriction_type
):
    restrict(english_news, restriction_type)

    for url in ["/en/", kragujevac.url, public_event.url]:
        assert private_post.title not in body_of(client, url), url


def calendar_lists(events):
    """Every list and feed of the calendar that shows these events when they are public."""
    urls = ["/en/events/", "/en/events/?country=FR", "/en/events/ics/", "/en/"]
    for event in events:
        urls += [f"/en/events/{event.start_date:%Y}/", f"/en/events/{event.start_date:%Y/%m}/"]
    return urls


@pytest.mark.parametrize("restriction_type", RESTRICTIONS)
def test_a_private_event_is_in_no_list_nor_feed(client, private_events, kragujevac, restriction_type):
    titles = [event.title for event in private_events]
    lists = [*calendar_lists(private_events), kragujevac.url]
    for url in lists:
        body = body_of(client, url)
        assert any(title in body for title in titles), url
    for event in private_events:
        restrict(event, restriction_type)

    for url in lists:
        body = body_of(client, url)
        assert not any(title in body for title in titles), url


@pytest.mark.parametrize("restriction_type", RESTRICTIONS)
def test_the_events_of_a_private_calendar_are_listed_nowhere_else(
    client, english_calendar, private_events, kragujevac, restriction_type
):
    restrict(english_calendar, restriction_type)

    for url in ["/en/", kragujevac.url]:
        body = body_of(client, url)
        assert not any(event.title in body for event in private_events), url
