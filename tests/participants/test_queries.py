"""The directory and participant pages cost a fixed number of queries.

The directory reads its participants in one query, whatever the filters and however
many participants there are; a test proves it with the demo's participants and with ten
times as many.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from participants.models import ParticipantPage

pytestmark = pytest.mark.django_db

# Serving (core.serving), the site, its root page's translations and the locales coming
# from the cache: every page the address names, with the home page, read at once (1),
# then the page found with its own fields, its view restrictions and its ancestors'
# checked inside that query (1): 2, in every language. A participant page, one step
# further down, costs the same: the address is read in one query whatever its depth.
SERVING = 2
# The frame: the page's translations (1); its home pages, menu, feed links, footer text
# and site settings from the cache.
FRAME = 1

# The directory's own: the participants in one query whatever their number, private ones
# (and aliases of private ones) left out by a condition of that same query (1). In
# French, the French participants and the others' aliases come in that query too.
DIRECTORY_QUERIES = {
    "/en/participants/": SERVING + 1 + FRAME,  # serving: 2, the page: 1, the frame: 1
    "/fr/participants/": SERVING + 1 + FRAME,  # serving: 2, the page: 1, the frame: 1
    "/de/teilnehmer/": SERVING + 1 + FRAME,  # aliases of the English participants, in the same query
    "/en/participants/?view=table": SERVING + 1 + FRAME,
    "/en/participants/?country=FR&kind=city&year=2013&q=par&sort=number": SERVING + 1 + FRAME,
    "/en/participants/?country=ZZ&year=x": SERVING + 1 + FRAME,
}
# The same without the frame: CSV, JSON and the map's markers are data, not pages.
OPEN_DATA_QUERIES = {
    "/en/participants/csv/": SERVING + 1,  # serving: 2, the page: 1
    "/fr/participants/json/?sort=number": SERVING + 1,  # serving: 2, the page: 1
    "/en/participants/map/?country=FR": SERVING + 1,  # serving: 2, the page: 1
}
# A participant page's own: its emblem and its letter of accession, read together (1;
# the emblem's renditions come from the cache); the news about it, private posts left out
# in the same query (1), and, when some of them have pictures, their renditions (1: for
# Kragujevac, not Paris); the events it takes part in (1). Whatever the number of posts
# and events (tests/test_links_between_pages.py).
PARTICIPANT_PAGE_QUERIES = {
    "/en/participants/kragujevac/": SERVING + 4 + FRAME,  # serving: 2, the page: 4, the frame: 1
    "/fr/participants/paris/": SERVING + 3 + FRAME,  # serving: 2, the page: 3, the frame: 1
}
# With an empty cache, a page costs 10 more: the site, its root page's translations and
# the locales (3), Wagtail's site root paths and their translations (2), the frame's home
# pages, menu, feed links, footer text and site settings (5); a participant page 1 more,
# its emblem's renditions; the open data 5 more (the first 3 and 2).


def count_queries(client, url):
    client.get(url)  # warm the per-process caches (site root paths, renditions) once
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), "\n".join(query["sql"] for query in queries.captured_queries)


@pytest.mark.parametrize(("url", "expected"), [*DIRECTORY_QUERIES.items(), *OPEN_DATA_QUERIES.items()])
def test_directory_query_count_stays_within_its_bound(client, url, expected):
    count, statements = count_queries(client, url)

    assert count <= expected, statements


@pytest.mark.parametrize(("url", "expected"), PARTICIPANT_PAGE_QUERIES.items())
def test_participant_page_query_count_stays_within_its_bound(client, url, expected):
    count, statements = count_queries(client, url)

    assert count <= expected, statements


def test_directory_queries_are_the_same_with_ten_times_the_participants(client, add_participants):
    from participants.models import ParticipantIndexPage

    directory = ParticipantIndexPage.objects.get(locale__language_code="en")
    urls = [*DIRECTORY_QUERIES, *OPEN_DATA_QUERIES]
    demo_participants = ParticipantPage.objects.live().child_of(directory).count()

    with_the_demo = {url: count_queries(client, url) for url in urls}
    add_participants(directory, 9 * demo_participants)
    with_ten_times = {url: count_queries(client, url) for url in urls}

    listed = client.get("/en/participants/?status=all").context["directory"]
    assert len(listed.results) == 10 * demo_participants
    for url in urls:
        assert with_ten_times[url][0] == with_the_demo[url][0], f"{url}\n{with_ten_times[url][1]}"
