"""How long the frame's pages take to render (run with `make bench`)."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/en/", "/fr/", "/fr/a-propos/"])
def test_bench_page(benchmark, client, url):
    client.get(url)  # warm caches once
    response = benchmark(client.get, url)
    assert response.status_code == 200
