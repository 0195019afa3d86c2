"""The home page costs a fixed number of queries, whatever the number of languages."""

import datetime

import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale, Page, TranslatableMixin

from core.frame import SiteFrame
from core.models import HomePage, StandardPage
from core.models.mixins import feed_source_models

pytestmark = pytest.mark.django_db

# Wagtail's serving: site, locale, localized root, specific page, privacy check (2).
# The page: call-to-action pages (chosen, then their translations: 2).
# The frame: home pages and translations (1); its menu, feed links, footer text and
# site settings from the cache.
# The "Upcoming events" block: view restrictions, the next events, the calendar it links
# to (3). The "latest" list (aliases included, marked without a query): news posts: view
# restrictions, the newest posts with their pictures, the pictures' renditions (3);
# events: view restrictions and events (2).
HOME_PAGE_QUERIES = 17
# Serving a page one level below the home page in French: site, locale, the home page and
# its translation, the page (page, then its specific type), its ancestors and their view
# restrictions (2): 8. The page: private sections (1), its pages below with the language
# of their text (1), then one query per page type among them (1 for Resources, which
# holds a publication), the files of the publications (1): 4. The frame: home pages and
# translations: 1; its menu, feed links, footer text and site settings from the cache.
SECTION_PAGE_QUERIES = 13


def count_queries(client, url):
    client.get(url)  # warm the per-process caches (site root paths) once
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
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
