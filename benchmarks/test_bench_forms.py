"""How long the application forms take: showing the form, sending an application."""

import pytest
from django.core.cache import cache
from django.test import Client

from applications.models import FormPage
from tests.applications.conftest import join_answers

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/en/join/", "/fr/adherer/"])
def test_bench_form_page(benchmark, client, url):
    client.get(url)  # warm caches once
    response = benchmark(client.get, url)
    assert response.status_code == 200


def test_bench_send_an_application(benchmark, settings):
    # Storing, the PDF check and both e-mails (to the in-memory outbox) in each round.
    settings.APPLICATION_RATE_LIMIT_COUNT = 1_000_000
    page = FormPage.objects.get(slug="adherer")
    client = Client()

    def send():
        cache.clear()
        return client.post(page.url, join_answers(page))

    response = benchmark(send)
    assert response.status_code == 302
