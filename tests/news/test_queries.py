"""The news costs a fixed number of queries, whatever the number of posts."""

import datetime
import json

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import EventPage
from news.models import NewsPageEvent, NewsPageParticipant, NewsPageTopic, Topic
from participants.models import ParticipantPage
from tests.news.conftest import add_post, small_picture

pytestmark = pytest.mark.django_db

# Counted with an empty cache (see count_queries), so that nothing hides a query that a
# cache would only sometimes answer. Each bound is the sum of its parts, so that a change
# in one part (serving, the frame) shows in its own line. Any language costs the same.
#
# Serving (core.serving): the site, its root page's translations and the locales' ids
# (3: from the cache once warm); every page the address names, with the home page, read
# at once (1); the page found with its own fields, its view restrictions and its
# ancestors' checked inside that query (1): 5, for a post as for the index, since the
# address is read in one query whatever its depth.
SERVING_INDEX = 5
SERVING_POST = 5
# Page links: Wagtail's site root paths and their translations (2: from the cache once
# warm).
PAGE_LINKS = 2
# The frame: the page's translations (1); its home pages, feed links of every app, menu
# (private sections left out inside that query), footer text and site settings (5: from
# the cache once warm): 6.
FRAME = 6
# The listing: the years with posts, counting those the filters keep (1), the page of
# posts with their pictures and locales (1), the pictures' renditions (1), the topics in
# use named in the index's language together with the listed posts' topic links (1, a
# union): 4. Private sections are left out inside these queries, never read on their own.
NEWS_INDEX_QUERIES = SERVING_INDEX + PAGE_LINKS + FRAME + 4
# The post: its picture and the body's pictures, each joined to its renditions (1), the
# call to action's page with its translation in the visitor's language (1), its topics
# named in its language (1), the participants and events it is about in its language,
# the link rows read in the same query (1): 4.
NEWS_POST_QUERIES = SERVING_POST + PAGE_LINKS + FRAME + 4
# The feed: posts with pictures and locales, renditions, topics named in the feed's
# language: 3. No frame, so the site's name is read from the site texts (1: from the
# cache once warm, core.site_name).
NEWS_FEED_QUERIES = SERVING_INDEX + PAGE_LINKS + 1 + 3
# With the cache warm, the index and a post cost 7 (serving 2, the page's own 4, the
# frame 1), the feed 5 (serving 2, its own 3).


def count_queries(client, url):
    client.get(url)  # warm up: renditions are made once
    # Renditions are also kept in the cache; with an empty cache, a page that forgot to
    # prefetch them would ask the database once per picture.
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), "\n".join(query["sql"] for query in queries.captured_queries)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/en/news/", NEWS_INDEX_QUERIES),
        ("/fr/actualites/", NEWS_INDEX_QUERIES),
        ("/fr/actualites/?topic=congress&year=2014", NEWS_INDEX_QUERIES),
        ("/fr/actualites/?page=1&year=2013", NEWS_INDEX_QUERIES),
    ],
)
def test_news_index_query_count_stays_within_its_bound(client, url, expected):
    count, statements = count_queries(client, url)

    assert count <= expected, statements


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/en/news/kragujevac-becomes-the-122nd-participant/", NEWS_POST_QUERIES),
        # The call to action chose the English "Join" form; its French translation comes
        # with it (core.blocks.TranslationFindingPageChooserBlock).
        ("/fr/actualites/kragujevac-devient-le-122e-participant/", NEWS_POST_QUERIES),
    ],
)
def test_news_post_query_count_stays_within_its_bound(client, url, expected):
    count, statements = count_queries(client, url)

    assert count <= expected, statements


@pytest.mark.parametrize(
    ("url", "expected"),
    [("/en/news/rss/", NEWS_FEED_QUERIES), ("/fr/actualites/atom/", NEWS_FEED_QUERIES)],
)
def test_feed_query_count_stays_within_its_bound(client, url, expected):
    count, statements = count_queries(client, url)

    assert count <= expected, statements


def fill_index(index, count, topics):
    """`count` posts, each with its own picture and two topics."""
    first_day = datetime.date(2010, 1, 1)
    for number in range(count):
        add_post(
            index,
            title=f"Post {number}",
            date=first_day + datetime.timedelta(days=number),
            publish=False,
            picture=small_picture(title=f"Picture {number}"),
            topics=[topics["congress"], topics["publications"] if number % 2 else topics["roma-youth"]],
        )


def listing_costs(client, index):
    """Queries of the index, of the index filtered by a topic, and of the RSS feed."""
    return {suffix: count_queries(client, index.url + suffix) for suffix in ["", "?topic=congress", "rss/"]}


def test_the_index_costs_the_same_with_10_posts_as_with_100(client, empty_news, topics):
    # Up to 100 posts on one page (and 20 in the feed), so that a query per post or per
    # picture would show: 10 posts are 10 teasers, 100 posts are 100.
    empty_news.posts_per_page = 100
    empty_news.save_revision().publish()

    fill_index(empty_news, 10, topics)
    with_ten = listing_costs(client, empty_news)
    fill_index(empty_news, 90, topics)
    with_a_hundred = listing_costs(client, empty_news)

    for suffix, (count, statements) in with_a_hundred.items():
        assert count == with_ten[suffix][0], f"{suffix or 'index'}:\n{statements}"
    page = client.get(empty_news.url).content.decode()
    assert page.count('class="news-list__item"') == 100
    assert page.count("<picture>") == 100
    assert client.get(empty_news.url + "rss/").content.count(b"<item>") == 20


def body_with_pictures(pictures, call_to_action_page):
    """A body with one picture block per picture and a call to action, as stored."""
    blocks = [
        {"type": "picture", "value": {"picture": {"image": picture.pk, "decorative": False, "alt_text": "A square"}}}
        for picture in pictures
    ]
    blocks.append(
        {
            "type": "call_to_action",
            "value": {"heading": "Join", "page": call_to_action_page.pk, "link_label": "Apply"},
        }
    )
    return json.dumps(blocks)


def test_a_post_costs_the_same_with_one_of_everything_as_with_many(client, french_news, topics):
    """Topics, pictures in the body, participants and events: none costs a query of its own."""
    participants = list(ParticipantPage.objects.filter(locale__language_code="en").order_by("pk")[:8])
    events = list(EventPage.objects.filter(locale__language_code="en").order_by("pk")[:5])
    french_topics = list(Topic.objects.filter(locale=french_news.locale))
    post = add_post(french_news, title="Un billet", date="2015-05-05", picture=small_picture(), publish=False)

    def fill(count):
        post.body = body_with_pictures([small_picture(title=f"In the body {n}") for n in range(count)], participants[0])
        post.save()
        NewsPageTopic.objects.filter(page=post).delete()
        NewsPageParticipant.objects.filter(page=post).delete()
        NewsPageEvent.objects.filter(page=post).delete()
        for topic in french_topics[:count]:
            NewsPageTopic.objects.create(page=post, topic=topic)
        for participant in participants[:count]:
            NewsPageParticipant.objects.create(page=post, participant=participant)
        for event in events[:count]:
            NewsPageEvent.objects.create(page=post, event=event)
        return count_queries(client, post.url)

    with_one = fill(1)
    with_many = fill(5)

    assert with_many[0] == with_one[0], with_many[1]
    page = client.get(post.url).content.decode()
    assert page.count("<picture>") == 1 + 5
    assert page.count('class="linked-pages__list"') == 2
