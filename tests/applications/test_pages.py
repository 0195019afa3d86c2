"""Form pages: where they may go, what they cost, how they render."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.test.utils import WagtailPageTestCase

from applications.models import FormPage
from core.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db

# Wagtail's serving: site, locale, the site root's translation (not for English, the
# root's own language), home page, route to the page, specific page, privacy check (2).
# The form: its fields (1), the default language's fields for the choice values (1).
# The frame: home pages and translations (1); its menu, feed links, footer text and site
# settings come from the cache once a page of the language has shown them.
FORM_PAGE_QUERIES = 11


class FormPageRulesTests(WagtailPageTestCase):
    def test_form_pages_sit_below_a_home_page_and_hold_nothing(self):
        self.assertCanCreateAt(HomePage, FormPage)
        self.assertCanNotCreateAt(StandardPage, FormPage)
        self.assertCanNotCreateAt(FormPage, StandardPage)
        self.assertCanNotCreateAt(FormPage, FormPage)

    def test_the_form_and_its_thank_you_page_render_and_preview(self):
        page = FormPage.objects.get(slug="join", locale__language_code="en")
        self.assertPageIsRenderable(page)
        self.assertEqual(self.client.get("/en/join/thank-you/").status_code, 200)
        self.assertPageIsPreviewable(page, mode="form")
        self.assertPageIsPreviewable(page, mode="landing")


@pytest.mark.parametrize(
    ("url", "expected"),
    [("/fr/adherer/", FORM_PAGE_QUERIES), ("/fr/cooperer/", FORM_PAGE_QUERIES), ("/en/join/", FORM_PAGE_QUERIES - 1)],
)
def test_the_form_page_query_count_is_pinned(client, url, expected):
    client.get(url)  # warm the per-process caches once
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)

    assert response.status_code == 200
    assert len(queries) <= expected, "\n".join(query["sql"] for query in queries.captured_queries)


def test_countries_are_listed_in_the_visitors_alphabetical_order(client):
    from bs4 import BeautifulSoup

    html = BeautifulSoup(client.get("/fr/adherer/").content, "html.parser")
    labels = [option.get_text() for option in html.select("#id_country option")][1:]

    assert labels[:3] == ["Albanie", "Allemagne", "Andorre"]
    assert labels.index("Espagne") < labels.index("Estonie") < labels.index("Finlande")
