"""The view restrictions checked inside a query (`core.privacy`) are Wagtail's, page for page."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, PageViewRestriction

from core.models import StandardPage
from core.privacy import lineage_restrictions, public_only

pytestmark = pytest.mark.django_db


@pytest.fixture
def restrictions(locales):
    """Restrictions of every kind at several depths, one of them on an alias's source."""
    english_resources = StandardPage.objects.get(slug="resources", locale__language_code="en")
    french_resources = StandardPage.objects.get(translation_key=english_resources.translation_key, locale=locales["fr"])
    source = english_resources.add_child(instance=StandardPage(title="Members' notes", slug="members-notes"))
    source.create_alias(parent=french_resources, update_locale=locales["fr"])
    german_resources = StandardPage.objects.get(translation_key=english_resources.translation_key, locale=locales["de"])
    source.create_alias(parent=german_resources, update_locale=locales["de"])  # in a public section
    group = Group.objects.create(name="Restricted readers")
    from news.models import NewsPage

    news_post = NewsPage.objects.filter(locale=locales["de"]).order_by("path").first()
    made = [
        PageViewRestriction.objects.create(page=french_resources, restriction_type=PageViewRestriction.LOGIN),
        PageViewRestriction.objects.create(page=source, restriction_type=PageViewRestriction.PASSWORD, password="x"),
        PageViewRestriction.objects.create(page=news_post, restriction_type=PageViewRestriction.GROUPS),
    ]
    made[-1].groups.add(group)
    return made


def aliases_of_private_pages(pages, wagtails_public):
    private = set(pages.values_list("pk", flat=True)) - wagtails_public
    return set(pages.filter(alias_of__in=private).values_list("pk", flat=True)) - private


def test_public_only_leaves_out_what_wagtails_public_leaves_out_and_aliases_of_private_pages(restrictions):
    wagtails = set(Page.objects.public().values_list("pk", flat=True))
    ours = set(public_only(Page.objects.all()).values_list("pk", flat=True))
    mirrors = aliases_of_private_pages(Page.objects.all(), wagtails)

    assert mirrors  # the German alias of the members' notes, which Wagtail's public() keeps
    assert ours == wagtails - mirrors
    assert Page.objects.count() - len(ours) > len(restrictions)  # sections, not single pages


def test_the_site_pages_public_is_wagtails(restrictions):
    from news.models import NewsPage

    wagtails = set(Page.objects.type(NewsPage).public().values_list("pk", flat=True))
    ours = set(NewsPage.objects.public().values_list("pk", flat=True))

    assert ours == wagtails - aliases_of_private_pages(Page.objects.type(NewsPage), wagtails)
    assert NewsPage.objects.count() > len(ours)


def test_every_pages_restrictions_are_those_wagtail_finds(restrictions):
    pages = list(Page.objects.filter(depth__gt=1))
    differences = [
        page.url_path
        for page in pages
        if set(lineage_restrictions(page)) != set(Page.get_view_restrictions(page))  # Wagtail's own
    ]

    assert not differences, differences
    assert sum(1 for page in pages if Page.get_view_restrictions(page)) > len(restrictions)
