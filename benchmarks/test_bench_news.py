"""How long the news pages take to render (run with `make bench`)."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/en/news/",
        "/fr/actualites/?topic=european-institutions",
        "/en/news/kragujevac-becomes-the-122nd-participant/",
        "/fr/actualites/kragujevac-devient-le-122e-participant/",
        "/en/news/rss/",
        "/fr/actualites/atom/",
    ],
)
def test_bench_news_page(benchmark, client, url):
    client.get(url)  # warm caches and make the renditions once
    response = benchmark(client.get, url)
    assert response.status_code == 200
