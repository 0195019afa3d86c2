"""How long the translation dashboard takes with many pages (run with `make bench`)."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from tests.localization.test_dashboard_queries import build_site_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client():
    user = get_user_model().objects.create_user("bench-admin", password="bench-password-1", is_superuser=True)
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize("pages", [20, 2000])
def test_bench_translation_dashboard(benchmark, admin_client, pages):
    build_site_of(pages)  # each page in twelve languages: translated, alias or missing
    url = reverse("translation:dashboard")
    admin_client.get(url)  # warm caches once

    response = benchmark(admin_client.get, url)

    assert response.status_code == 200


def test_bench_fallback_page(benchmark, client):
    client.get("/it/about/")
    response = benchmark(client.get, "/it/about/")
    assert response.status_code == 200


def test_bench_brochure_page(benchmark, client):
    client.get("/en/resources/information-brochure/")
    response = benchmark(client.get, "/en/resources/information-brochure/")
    assert response.status_code == 200
