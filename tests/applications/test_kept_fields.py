"""A form page's fields come from the render cache (core.render_cache); its tokens are
each visitor's own, and what is sent from such a page is received."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from applications.models import ApplicationSubmission

from .conftest import join_answers

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def render_cache_on(settings):
    settings.RENDER_CACHE_SECONDS = 300


def tokens_of(response, name):
    return re.findall(rf'name="{name}" value="([^"]*)"', response.content.decode())


@pytest.mark.parametrize("slug", ["join", "adherer"])
def test_each_visitor_gets_tokens_of_their_own_around_kept_fields(client, join_pages, slug):
    page = next(page for page in join_pages.values() if page.slug == slug)
    first = client.get(page.url)
    client.cookies.clear()
    with CaptureQueriesContext(connection) as queries:
        second = client.get(page.url)

    assert second.status_code == 200
    for name in ("form_token", "csrfmiddlewaretoken"):
        assert len(tokens_of(first, name)) == len(tokens_of(second, name)) == 1
        assert tokens_of(first, name) != tokens_of(second, name)
    # The fields, kept: the form was not built again, so its fields were not read.
    assert b'name="name_of_the_authority"' in second.content
    assert not any("applications_formfield" in query["sql"] for query in queries.captured_queries)


def test_an_application_sent_from_kept_fields_is_received(client, join_en):
    client.get(join_en.url)
    client.get(join_en.url)  # the fields from the cache, a token of its own

    response = client.post(join_en.url, join_answers(join_en), REMOTE_ADDR="192.0.2.10")

    assert response.status_code == 302
    assert ApplicationSubmission.objects.filter(page=join_en).count() == 1


def test_answers_with_errors_are_shown_again_not_the_kept_fields(client, join_en):
    client.get(join_en.url)
    response = client.post(
        join_en.url, join_answers(join_en, name_of_the_authority="", contact_person="Ana"), REMOTE_ADDR="192.0.2.11"
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="Ana"' in html
    assert "error-summary" in html
