"""How long the participants' pages take to render (run with `make bench`)."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/en/participants/",
        "/fr/participants/?view=table",
        "/en/participants/?country=FR&kind=city&q=par",
        "/en/participants/csv/",
        "/fr/participants/json/",
        "/en/participants/kragujevac/",
    ],
)
def test_bench_participants(benchmark, client, url):
    client.get(url)  # warm caches once
    response = benchmark(client.get, url)
    assert response.status_code == 200
