"""The home page costs a fixed number of queries, whatever the number of languages."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale, Page, TranslatableMixin

from core.frame import SiteFrame
from core.models import HomePage, PublicationPage, StandardPage
from core.models.mixins import feed_source_models

pytestmark = pytest.mark.django_db

# Serving (core.serving), on every page: the site, its language roots and the locales come
# from the cache. The home page is routed in one query: the page with its own fields and,
# inside that query, its view restrictions and its ancestors'. A page further down costs
# one query more: every page its address names, read at once.
# The home page: serving (1). The "Upcoming events" block: the next events and the
# calendar it links to (2). The "latest" list (aliases included, marked without a
# query): news posts with their pictures, the pictures' renditions (2); events (1).
# Private sections are left out inside each of those queries. The calls to action: the
# pages chosen and their translations in the visitor's language (1). The frame: its home
# pages, menu, feed links, footer text and site settings from the cache; the home page's
# translations are the home pages.
HOME_PAGE_QUERIES = 7
# Resources, a standard page with pages below it, in French: serving (2). The page: its
# pages below with the language of their text, private sections left out in that query
# (1), then one query per page type among them (1 for the publication), the files of the
# publications (1). The frame: the page's translations (1); the rest from the cache.
SECTION_PAGE_QUERIES = 6
# About, a standard page with no pages below it: serving (2), the pages below (none: 0
# since no type is left to fetch), the frame: the page's translations (1).
STANDARD_PAGE_QUERIES = 3
# The brochure, a publication below Resources: serving (2), the files of every language
# version of the publication (1), the frame: the page's translations (1).
PUBLICATION_PAGE_QUERIES = 4
# A missing page: serving (1: the pages the address names, none of them the last), then
# Wagtail's redirects (1). The 404 page's frame: all from the cache (no page, no
# translations).
NOT_FOUND_QUERIES = 2
# The sitemap: the number of pages (Django's paginator, 1), then the pages, each of its
# own type without that type's fields, private sections left out in that query (1). The
# language roots come from the cache.
SITEMAP_QUERIES = 2


def count_queries(client, url, status_code=200):
    client.get(url)  # warm the caches (the site and its roots, the frame's parts) once
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == status_code
    return len(queries), [query["sql"] for query in queries.captured_queries]


def test_home_page_query_count_stays_within_its_bound(client):
    count, statements = count_queries(client, "/fr/")

    assert count <= HOME_PAGE_QUERIES, "\n".join(statements)


def test_home_page_queries_do_not_grow_with_the_number_of_languages(client):
    with_twelve, _ = count_queries(client, "/en/")

    # Remove ten of the twelve languages, pages and all.
    for home in HomePage.objects.exclude(locale__language_code__in=["en", "fr"]):
        Page.objects.get(pk=home.pk).delete()
    # Translated snippets (footer texts, and those of the content apps) go with them.
    for model in apps.get_models():
        if issubclass(model, TranslatableMixin) and not issubclass(model, Page):
            model.objects.exclude(locale__language_code__in=["en", "fr"]).delete()
    Locale.objects.exclude(language_code__in=["en", "fr"]).delete()
    assert Locale.objects.count() == 2
    with_two, statements = count_queries(client, "/en/")

    assert with_two == with_twelve, "\n".join(statements)


def test_standard_page_queries_do_not_depend_on_its_translations(client, english_home, locales):
    # A standard page in two languages, to compare with About (in three).
    contact = StandardPage(title="Contact", slug="contact")
    english_home.add_child(instance=contact)
    contact.save_revision().publish()
    french = contact.copy_for_translation(locales["fr"])
    french.save_revision().publish()

    translated, _ = count_queries(client, "/fr/a-propos/")  # in three languages
    untranslated, statements = count_queries(client, f"/fr/{french.slug}/")  # in two

    assert translated == untranslated, "\n".join(statements)


def test_the_feed_links_of_every_app_cost_one_query(rf, django_assert_max_num_queries):
    # Meaningful with feed sources of more than one page type (news, events…).
    assert len(feed_source_models()) > 1
    request = rf.get("/fr/")
    with translation.override("fr"):
        SiteFrame(request).feed_links  # noqa: B018 – looks the site's addresses up once for the request
        frame = SiteFrame(request)
        frame.home  # noqa: B018 – the home page, found with the frame's other pages

        with django_assert_max_num_queries(1):
            links = frame.feed_links

    assert len({link.content_type for link in links}) > 1
    assert all(link.url.startswith("/fr/") for link in links)


def test_home_page_queries_do_not_grow_with_the_number_of_events_and_posts(client, locales):
    from events.models import EventIndexPage, EventPage, EventStatus, site_today

    before, _ = count_queries(client, "/fr/")
    calendar = EventIndexPage.objects.get(locale__language_code="fr")
    for days in range(1, 6):
        status = EventStatus.CANCELLED if days % 2 else EventStatus.SCHEDULED
        start = site_today() + datetime.timedelta(days=days if days < 4 else -days)
        calendar.add_child(
            instance=EventPage(
                title=f"Event {days}", slug=f"event-{days}", start_date=start, status=status, city="Lyon", country="FR"
            )
        )
    after, statements = count_queries(client, "/fr/")

    assert after == before, "\n".join(statements)


def resources_page(language_code):
    english = StandardPage.objects.get(slug="resources", locale__language_code="en")
    return StandardPage.objects.get(translation_key=english.translation_key, locale__language_code=language_code)


def test_section_page_query_count_stays_within_its_bound(client):
    count, statements = count_queries(client, resources_page("fr").url)

    assert count <= SECTION_PAGE_QUERIES, "\n".join(statements)


def test_section_page_queries_do_not_grow_with_the_pages_below(client, locales):
    from core.models import PublicationPage

    resources = resources_page("fr")
    # Pages of both types that may sit below a standard page, then many more of them.
    resources.add_child(instance=StandardPage(title="Report", slug="report", introduction="A report."))
    before, _ = count_queries(client, resources.url)
    for number in range(3):
        resources.add_child(
            instance=StandardPage(title=f"Report {number}", slug=f"report-{number}", introduction="A report.")
        )
        resources.add_child(instance=PublicationPage(title=f"Leaflet {number}", slug=f"leaflet-{number}"))
    # A page not translated yet, listed through its alias.
    english = StandardPage.objects.get(slug="resources", locale__language_code="en")
    untranslated = StandardPage(title="Not translated", slug="not-translated")
    english.add_child(instance=untranslated)
    untranslated.create_alias(parent=resources, update_locale=locales["fr"])
    after, statements = count_queries(client, resources.url)

    assert after == before, "\n".join(statements)


def publication_page():
    return PublicationPage.objects.get(slug="information-brochure", locale__language_code="en")


@pytest.mark.parametrize(
    ("url", "bound"),
    [
        ("/fr/a-propos/", STANDARD_PAGE_QUERIES),
        ("/en/about/", STANDARD_PAGE_QUERIES),
        ("/en/", HOME_PAGE_QUERIES),
    ],
)
def test_page_query_counts_stay_within_their_bounds(client, url, bound):
    count, statements = count_queries(client, url)

    assert count <= bound, "\n".join(statements)


def test_publication_page_query_count_stays_within_its_bound(client):
    english = publication_page()
    french = PublicationPage.objects.get(translation_key=english.translation_key, locale__language_code="fr")

    count, statements = count_queries(client, french.url)

    assert count <= PUBLICATION_PAGE_QUERIES, "\n".join(statements)


def test_not_found_query_count_stays_within_its_bound(client):
    count, statements = count_queries(client, "/fr/a-propos/nexiste-pas/", status_code=404)

    assert count <= NOT_FOUND_QUERIES, "\n".join(statements)


def test_sitemap_query_count_stays_within_its_bound(client):
    count, statements = count_queries(client, "/sitemap.xml")

    assert count <= SITEMAP_QUERIES, "\n".join(statements)


def add_ten_times_the_core_pages(locales):
    """Ten times as many sections, standard pages and publications in French, some of
    them deeper in the tree than any page of the demo, and some private."""
    from wagtail.models import PageViewRestriction

    french_home = HomePage.objects.get(locale=locales["fr"])
    resources = resources_page("fr")
    for number in range(10):
        section = french_home.add_child(instance=StandardPage(title=f"Section {number}", slug=f"section-{number}"))
        below = section.add_child(instance=StandardPage(title=f"Chapter {number}", slug=f"chapter-{number}"))
        below.add_child(instance=PublicationPage(title=f"Annex {number}", slug=f"annex-{number}"))
        resources.add_child(instance=PublicationPage(title=f"Leaflet {number}", slug=f"leaflet-{number}"))
        resources.add_child(instance=StandardPage(title=f"Report {number}", slug=f"report-{number}"))
        if number % 3 == 0:
            PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)


@pytest.mark.parametrize(
    ("url", "status_code"),
    [
        ("/fr/", 200),
        ("/fr/a-propos/", 200),
        ("/fr/ressources/brochure-d-information/", 200),
        ("/fr/a-propos/nexiste-pas/", 404),
        ("/sitemap.xml", 200),
    ],
)
def test_query_counts_do_not_grow_with_ten_times_the_pages(client, locales, url, status_code):
    before, _ = count_queries(client, url, status_code)
    add_ten_times_the_core_pages(locales)
    after, statements = count_queries(client, url, status_code)

    assert after == before, "\n".join(statements)


def test_a_page_deep_in_the_tree_costs_what_a_page_near_the_top_costs(client, locales):
    add_ten_times_the_core_pages(locales)

    near_the_top, _ = count_queries(client, "/fr/ressources/leaflet-1/")  # two levels below the home page
    deep, statements = count_queries(client, "/fr/section-1/chapter-1/annex-1/")  # three levels

    assert deep == near_the_top, "\n".join(statements)


def test_home_page_queries_do_not_grow_with_the_calls_to_action(client, locales):
    french_home = HomePage.objects.get(locale=locales["fr"])
    before, _ = count_queries(client, "/fr/")
    chosen = [StandardPage.objects.get(slug="about", locale__language_code="en"), resources_page("en")]
    french_home.calls_to_action = [
        ("call_to_action", {"heading": f"Read {number}", "page": page, "url": "", "link_label": "Read"})
        for number, page in enumerate(chosen * 2)
    ]
    french_home.save()
    after, statements = count_queries(client, "/fr/")

    assert after == before, "\n".join(statements)
    links = BeautifulSoup(client.get("/fr/").content, "html.parser").select(".call-to-action a")
    # Each chosen (English) page in the visitor's language.
    assert [link["href"] for link in links] == ["/fr/a-propos/", "/fr/ressources/"] * 2
