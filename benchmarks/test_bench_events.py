"""How long the calendar's pages and feeds take (run with `make bench`)."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/en/events/",  # upcoming events
        "/fr/evenements/2014/",  # a year
        "/en/events/2014/02/",  # the month view
        "/fr/evenements/premier-atelier-national-france/",  # an event page
        "/en/events/ics/",  # the iCalendar feed
        "/en/events/exchange-on-roma-inclusion-in-schools/ics/",  # one event's .ics
    ],
)
def test_bench_calendar(benchmark, client, url):
    client.get(url)  # warm caches and make the pictures' renditions once
    response = benchmark(client.get, url)
    assert response.status_code == 200
