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

# Wagtail's serving (core): site, locale, the home page, the route below it, the
# directory (its specific page), the ancestors' aliases and view restrictions for the
# privacy check: 7; in a language other than English one more, the site root's
# translation. A participant page is one step further down: its route and its specific
# page, 2 more.
SERVING = {"en": 7, "other": 8}
PARTICIPANT_SERVING = {code: count + 2 for code, count in SERVING.items()}
# The frame: home pages and translations (1); its menu, feed links, footer text and site
# settings from the cache.
FRAME = 1

# The directory's own: the participants in one query whatever their number, private ones
# (and aliases of private ones) left out by a condition of that same query (1). In
# French, the French participants and the others' aliases come in that query too.
DIRECTORY_QUERIES = {
    "/en/participants/": SERVING["en"] + 1 + FRAME,  # serving: 7 (core), the page: 1, the frame: 1
    "/fr/participants/": SERVING["other"] + 1 + FRAME,  # serving: 8 (core), the page: 1, the frame: 1
    "/de/teilnehmer/": SERVING["other"] + 1 + FRAME,  # aliases of the English participants, in the same query
    "/en/participants/?view=table": SERVING["en"] + 1 + FRAME,
    "/en/participants/?country=FR&kind=city&year=2013&q=par&sort=number": SERVING["en"] + 1 + FRAME,
    "/en/participants/?country=ZZ&year=x": SERVING["en"] + 1 + FRAME,
}
# The same without the frame: CSV, JSON and the map's markers are data, not pages.
OPEN_DATA_QUERIES = {
    "/en/participants/csv/": SERVING["en"] + 1,  # serving: 7 (core), the page: 1
    "/fr/participants/json/?sort=number": SERVING["other"] + 1,  # serving: 8 (core), the page: 1
    "/en/participants/map/?country=FR": SERVING["en"] + 1,  # serving: 7 (core), the page: 1
}
# A participant page's own: its emblem and its letter of accession, read together (1;
# the emblem's renditions come from the cache); the news about it, private posts left out
# in the same query (1), and, when some of them have pictures, their renditions (1: for
# Kragujevac, not Paris); the events it takes part in (1). Whatever the number of posts
# and events (tests/test_links_between_pages.py).
PARTICIPANT_PAGE_QUERIES = {
    "/en/participants/kragujevac/": PARTICIPANT_SERVING["en"] + 4 + FRAME,  # serving: 9, the page: 4, the frame: 1
    "/fr/participants/paris/": PARTICIPANT_SERVING["other"] + 3 + FRAME,  # serving: 10, the page: 3, the frame: 1
}


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
