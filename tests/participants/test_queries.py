"""The directory and participant pages cost a fixed number of queries.

The directory reads its participants in one query, whatever the filters and however
many participants there are; a test proves it with the demo's participants and with 90 more.
"""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from participants.models import ParticipantPage

pytestmark = pytest.mark.django_db

# Wagtail's serving: site, locale, the home page, the route below it (2), the ancestors'
# aliases and view restrictions for the privacy check (2); in a language other than
# English, one more for the site root's translation.
# The directory: view restrictions for .public() (1) and the participants, in one query
# whatever their number (1).
# The frame: home pages and translations with their view restrictions (2); its menu,
# feed links, footer text and site settings from the cache.
DIRECTORY_QUERIES = {
    "/en/participants/": 10,
    "/fr/participants/": 11,  # French participants and the others' aliases, in one query
    "/en/participants/?view=table": 10,
    "/en/participants/?country=FR&kind=city&year=2013&q=par&sort=number": 10,
    "/en/participants/?country=ZZ&year=x": 10,
}
# The same without the frame: CSV, JSON and the map's markers are data, not pages.
OPEN_DATA_QUERIES = {
    "/en/participants/csv/": 9,
    "/fr/participants/json/?sort=number": 10,
    "/en/participants/map/?country=FR": 9,
}
# Wagtail's serving (9 in English: the route is one step longer); the frame (1); the
# page: its emblem (1, renditions come from the cache) and letter of accession (1); the
# view restrictions, read once for both related lists (1); the news about it and, when
# there are some, their pictures' renditions (2 for Kragujevac, 1 for Paris); the events
# it takes part in (1). Whatever the number of posts and events (tests/test_links_between_pages.py).
PARTICIPANT_PAGE_QUERIES = {"/en/participants/kragujevac/": 16, "/fr/participants/paris/": 16}


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


COUNTRIES = ["FR", "RS", "IT", "ES", "RO", "BG", "HU", "SK", "CZ", "DE", "AT", "PL"]


def add_participants(directory, how_many, start=0):
    for number in range(start, start + how_many):
        directory.add_child(
            instance=ParticipantPage(
                title=f"Participant {number:03d}",
                slug=f"participant-{number:03d}",
                official_name=f"Municipality {number:03d}",
                kind="region" if number % 5 == 0 else "city",
                country=COUNTRIES[number % len(COUNTRIES)],
                accession_date=datetime.date(2013 + number % 10, 1 + number % 12, 1),
                latitude=Decimal("40") + Decimal(number % 90) / 10,
                longitude=Decimal("10") + Decimal(number % 70) / 10,
                live=True,
            )
        )


def test_directory_queries_are_the_same_with_90_more_participants(client):
    from participants.models import ParticipantIndexPage

    directory = ParticipantIndexPage.objects.get(locale__language_code="en")
    urls = [*DIRECTORY_QUERIES, *OPEN_DATA_QUERIES]
    demo_participants = ParticipantPage.objects.live().child_of(directory).count()

    with_the_demo = {url: count_queries(client, url) for url in urls}
    add_participants(directory, 90)
    with_90_more = {url: count_queries(client, url) for url in urls}

    listed = client.get("/en/participants/?status=all").context["directory"]
    assert len(listed.results) == demo_participants + 90
    for url in urls:
        assert with_90_more[url][0] == with_the_demo[url][0], f"{url}\n{with_90_more[url][1]}"
