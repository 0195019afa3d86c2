"""Form pages: where they may go, what they cost, how they render."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.test.utils import WagtailPageTestCase

from applications.models import FormPage
from applications.models.pages import FormField
from core.models import HomePage, StandardPage

from .conftest import join_answers

pytestmark = pytest.mark.django_db

# Serving (core.serving), the site, its root page's translations and the locales coming
# from the cache: every page the address names, with the home page, read at once (1),
# then the page found with its own fields, its view restrictions and its ancestors'
# checked inside that query (1): 2, in every language, for the form as for its thank-you
# page one step further down (the address is read in one query whatever its depth).
SERVING = 2
# The frame: the page's translations (1); its home pages, menu, feed links, footer text
# and site settings come from the cache once a page of the language has shown them.
FRAME = 1
# The form's own: its fields and, in the same query, the default language's version of
# each, whose choice values it sends (1), shown or sent back with errors alike. The
# thank-you page has none of its own.
FORM_QUERIES = 1
# With an empty cache, a page costs 10 more: the site, its root page's translations and
# the locales (3), Wagtail's site root paths and their translations (2), the frame's home
# pages, menu, feed links, footer text and site settings (5).


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


def count_queries(client, url, data=None):
    send = client.get if data is None else client.post
    send(url, data)  # warm the per-process caches once
    with CaptureQueriesContext(connection) as queries:
        response = send(url, data)
    assert response.status_code == 200
    return response, len(queries), "\n".join(query["sql"] for query in queries.captured_queries)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/fr/adherer/", SERVING + FORM_QUERIES + FRAME),  # serving: 2, the page: 1, the frame: 1
        ("/fr/cooperer/", SERVING + FORM_QUERIES + FRAME),
        ("/en/join/", SERVING + FORM_QUERIES + FRAME),  # serving: 2, the page: 1, the frame: 1
        ("/en/join/thank-you/", SERVING + FRAME),  # serving: 2, the page: 0, the frame: 1
        ("/fr/adherer/merci/", SERVING + FRAME),  # serving: 2, the page: 0, the frame: 1
    ],
)
def test_the_form_page_query_count_is_pinned(client, url, expected):
    _response, count, statements = count_queries(client, url)

    assert count <= expected, statements


@pytest.mark.parametrize(
    ("language_code", "expected"),
    [("en", SERVING + FORM_QUERIES + FRAME), ("fr", SERVING + FORM_QUERIES + FRAME)],
)
def test_a_form_sent_back_with_errors_costs_what_the_form_costs(client, join_pages, language_code, expected):
    page = join_pages[language_code]
    answers = join_answers(page, name_of_the_authority=None, letter_of_accession=None)

    response, count, statements = count_queries(client, page.url, answers)

    assert "field--error" in response.content.decode()
    assert count <= expected, statements


def add_fields(page, source_page, how_many):
    """`how_many` more fields on `page`, each a translation of one of `source_page`'s."""
    for number in range(how_many):
        source = FormField.objects.create(
            page=source_page, label=f"Question {number}", field_type="dropdown", choices="Yes\nNo", required=False
        )
        if page != source_page:
            FormField.objects.create(
                page=page,
                label=f"Question {number} (fr)",
                clean_name=source.clean_name,
                field_type="dropdown",
                choices="Oui\nNon",
                required=False,
                locale=page.locale,
                translation_key=source.translation_key,
            )


@pytest.mark.parametrize("language_code", ["en", "fr"])
def test_the_form_page_queries_are_the_same_with_ten_times_the_fields(client, join_pages, language_code):
    page = join_pages[language_code]
    fields = page.form_fields.count()
    _response, with_the_demo, _statements = count_queries(client, page.url)

    add_fields(page, join_pages["en"], 9 * fields)
    response, with_ten_times, statements = count_queries(client, page.url)

    assert len(response.context["form"].fields) == 10 * fields
    assert with_ten_times == with_the_demo, statements


def test_countries_are_listed_in_the_visitors_alphabetical_order(client):
    from bs4 import BeautifulSoup

    html = BeautifulSoup(client.get("/fr/adherer/").content, "html.parser")
    labels = [option.get_text() for option in html.select("#id_country option")][1:]

    assert labels[:3] == ["Albanie", "Allemagne", "Andorre"]
    assert labels.index("Espagne") < labels.index("Estonie") < labels.index("Finlande")


@pytest.mark.parametrize("value", ["", "FR", "y"])
def test_the_forms_select_writes_what_djangos_own_writes(value):
    import django.forms

    from applications.builder import Select
    from applications.vocabularies import country_choices

    countries = [("", "—"), *country_choices()]
    grouped = [*countries, ("Others & more", [("x", "<X>"), ("y", "Y")])]
    for choices in (countries, grouped):
        attrs = {"autocomplete": "country", "aria-describedby": "id_country_helptext"}
        ours = Select(attrs=attrs, choices=choices).render("country", value, attrs={"id": "id_country"})
        djangos = django.forms.Select(attrs=attrs, choices=choices).render("country", value, attrs={"id": "id_country"})

        assert ours == djangos
        assert ours.count("<option") == len(countries) + 2 * (choices is grouped)


def test_a_preview_builds_the_form_from_the_fields_being_edited(cooperate_en):
    french = FormPage.objects.get(translation_key=cooperate_en.translation_key, locale__language_code="fr")
    # In a preview the fields come from the editor's form, in memory, not yet saved.
    french.form_fields = [
        *french.form_fields.all(),
        FormField(label="Pas encore enregistrée", clean_name="not_saved_yet", field_type="singleline", required=False),
    ]

    fields = french.get_form_class()().fields

    assert fields["not_saved_yet"].label == "Pas encore enregistrée"
    # The saved fields still send the English words of their choices.
    assert "Education" in dict(fields["fields_of_work"].choices)
