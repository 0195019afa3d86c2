"""The news costs a fixed number of queries, whatever the number of posts."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.news.conftest import add_post, small_picture

pytestmark = pytest.mark.django_db

# Counted with an empty cache (see count_queries), so that nothing hides a query that a
# cache would only sometimes answer. Each bound is the sum of its parts, so that a change
# in one part (Wagtail's serving, the frame) shows in its own line.
#
# Serving (core and Wagtail): site, locale, home page, index by slug, specific index,
# privacy check (ancestors, their restrictions): 7; 9 for a post, one level deeper. One
# more in other languages than English, where Wagtail looks up the translation of the
# site's root page. Page links: site root paths and their translations: 2.
SERVING_INDEX = 7
SERVING_POST = 9
PAGE_LINKS = 2
# The frame: home pages and translations, feed sources of every app (1), menu and its
# view restrictions (2), site settings, footer text: 6.
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
# language: 3. No frame, so the site's name is read from the site texts (1; cached,
# core.site_name).
NEWS_FEED_QUERIES = SERVING_INDEX + PAGE_LINKS + 1 + 3


def count_queries(client, url):
    client.get(url)  # warm up: renditions are made once
    # Renditions are also kept in the cache; with an empty cache, a page that forgot to
    # prefetch them would ask the database once per picture.
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), "\n".join(query["sql"] for query in queries.captured_queries)


OTHER_LANGUAGE = 1


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/en/news/", NEWS_INDEX_QUERIES),
        ("/fr/actualites/", NEWS_INDEX_QUERIES + OTHER_LANGUAGE),
        ("/fr/actualites/?topic=congress&year=2014", NEWS_INDEX_QUERIES + OTHER_LANGUAGE),
        ("/fr/actualites/?page=1&year=2013", NEWS_INDEX_QUERIES + OTHER_LANGUAGE),
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
        ("/fr/actualites/kragujevac-devient-le-122e-participant/", NEWS_POST_QUERIES + OTHER_LANGUAGE),
    ],
)
def test_news_post_query_count_stays_within_its_bound(client, url, expected):
    count, statements = count_queries(client, url)

    assert count <= expected, statements


@pytest.mark.parametrize(
    ("url", "expected"),
    [("/en/news/rss/", NEWS_FEED_QUERIES), ("/fr/actualites/atom/", NEWS_FEED_QUERIES + OTHER_LANGUAGE)],
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
