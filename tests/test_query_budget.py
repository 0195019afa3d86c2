"""Every kind of public page renders in at most ten queries, in English and in another
language, once the per-process caches are warm (the page cache off: this is the cost of
rendering). Each app's `test_queries.py` pins its own pages exactly, part by part, and
shows they stay the same with ten times the content (a form sent back with errors:
`tests/applications/test_pages.py`)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db

QUERY_BUDGET = 10

# One address of every kind of public answer, in English and in French.
PUBLIC_ADDRESSES = [
    "/en/",
    "/fr/",
    "/en/about/",
    "/fr/ressources/",
    "/fr/ressources/brochure-d-information/",
    "/en/news/",
    "/fr/actualites/?topic=congress",
    "/en/news/kragujevac-becomes-the-122nd-participant/",
    "/fr/actualites/kragujevac-devient-le-122e-participant/",
    "/en/news/rss/",
    "/fr/actualites/atom/",
    "/en/events/",
    "/fr/evenements/",
    "/en/events/2014/",
    "/en/events/2014/02/",
    "/en/events/first-national-workshop-france/",
    "/fr/evenements/premier-atelier-national-france/",
    "/en/events/ics/",
    "/en/events/first-national-workshop-france/ics/",
    "/en/participants/",
    "/fr/participants/?view=table",
    "/en/participants/?country=FR&page=1",
    "/en/participants/map/",
    "/en/participants/json/",
    "/fr/participants/csv/",
    "/en/participants/kragujevac/",
    "/fr/participants/paris/",
    "/en/join/",
    "/fr/adherer/",
    "/en/join/thank-you/",
    "/sitemap.xml",
]


@pytest.mark.parametrize("url", PUBLIC_ADDRESSES)
def test_every_kind_of_page_renders_within_the_budget(client, url):
    client.get(url)  # warm the per-process caches (sites, language roots, the frame)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)

    assert response.status_code == 200
    assert len(queries) <= QUERY_BUDGET, "\n".join(query["sql"] for query in queries.captured_queries)


def test_a_missing_page_renders_within_the_budget(client):
    client.get("/fr/nexiste-pas/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/fr/nexiste-pas/")

    assert response.status_code == 404
    assert len(queries) <= QUERY_BUDGET
