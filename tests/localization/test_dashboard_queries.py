"""The dashboard asks the database the same number of questions for 20 pages or for 500."""

import uuid

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslatableObject, Translation, TranslationLog, TranslationSource

from core.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db

# Session, user and user profile (3); the locales the user works in (1); source and target
# locales (2); sections for the filter (1); the report: source pages, their wagtail-localize
# records, the pages in other languages with their approval state, managed translations,
# last writes, string totals and translated strings (7); the admin frame: locales and the
# explorer's root page (3), whether there are form pages (1: Wagtail's "Forms" menu item
# asks before the applications app's construct_main_menu hook hides it).
DASHBOARD_QUERIES = 18


def add_children(parent, pages):
    """Insert `pages` (unsaved Page objects) below `parent` in one INSERT (treebeard paths)."""
    start = parent.numchild
    for position, page in enumerate(pages, start=start + 1):
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, position)
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.numchild = 0
    created = Page.objects.bulk_create(pages)
    Page.objects.filter(pk=parent.pk).update(numchild=start + len(pages))
    parent.numchild = start + len(pages)
    return created


def build_site_of(count):
    """`count` more English pages, each in all the site's languages: translated (managed by
    wagtail-localize), mirrored by an alias, or missing, in turn."""
    now = timezone.now()
    standard_type = ContentType.objects.get_for_model(StandardPage)
    locales = list(Locale.objects.order_by("pk"))
    homes = {home.locale_id: Page.objects.get(pk=home.pk) for home in HomePage.objects.all()}
    english = Locale.objects.get(language_code="en")

    def page(locale, key, number, **extra):
        return Page(
            title=f"Page {number}",
            draft_title=f"Page {number}",
            slug=f"page-{number}",
            content_type=standard_type,
            locale=locale,
            translation_key=key,
            live=True,
            last_published_at=now,
            **extra,
        )

    keys = [uuid.uuid4() for _ in range(count)]
    sources = add_children(homes[english.pk], [page(english, key, number) for number, key in enumerate(keys)])
    TranslatableObject.objects.bulk_create(
        TranslatableObject(translation_key=key, content_type=ContentType.objects.get_for_model(Page)) for key in keys
    )
    records = TranslationSource.objects.bulk_create(
        TranslationSource(
            object_id=key,
            specific_content_type=standard_type,
            locale=english,
            object_repr=f"Page {number}",
            content_json="{}",
            last_updated_at=now,
        )
        for number, key in enumerate(keys)
    )
    for locale in locales:
        if locale == english:
            continue
        translated, aliases, translations = [], [], []
        for number, (source, record) in enumerate(zip(sources, records, strict=True)):
            kind = (number + locale.pk) % 3
            if kind == 0:
                translated.append(page(locale, source.translation_key, number))
                translations.append(Translation(source=record, target_locale=locale))
            elif kind == 1:
                aliases.append(page(locale, source.translation_key, number, alias_of_id=source.pk))
        add_children(homes[locale.pk], translated + aliases)
        Translation.objects.bulk_create(translations)
        TranslationLog.objects.bulk_create(
            TranslationLog(source=translation.source, locale=locale) for translation in translations
        )


def dashboard_queries(client):
    client.get(reverse("translation:dashboard"))  # warm per-process caches (content types, site roots)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("translation:dashboard"))
    assert response.status_code == 200
    return len(queries), [query["sql"] for query in queries.captured_queries]


def test_dashboard_query_count_stays_within_its_bound(superuser_client):
    build_site_of(20)

    count, statements = dashboard_queries(superuser_client)

    assert count <= DASHBOARD_QUERIES, "\n\n".join(statements)


def test_dashboard_queries_do_not_grow_with_the_number_of_pages(superuser_client):
    build_site_of(20)
    with_20, _ = dashboard_queries(superuser_client)

    build_site_of(480)
    assert Page.objects.filter(locale__language_code="en", depth__gt=1).count() > 500
    assert Page.objects.count() > 500 * len(settings.LANGUAGES) * 2 // 3
    with_500, statements = dashboard_queries(superuser_client)

    assert with_500 == with_20, "\n\n".join(statements)
