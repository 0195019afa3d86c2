"""Serving routes every address exactly as Wagtail's own routing does, in fewer queries.

Each address is routed twice, by `core.serving.route_for_request` and by Wagtail's
`Page.route_for_request`, on requests of their own, and the answers compared: the page
(its id, type and every field), the view of a routable page with its arguments, the
sub-route matched, or no page at all (a 404).
"""

import pytest
from django.conf import settings
from django.urls import NoReverseMatch
from django.utils import translation
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamField
from wagtail.models import Page, Site

from core import serving
from core.models import PublicationPage, StandardPage

pytestmark = pytest.mark.django_db

# Sub-routes that some page type answers (feeds, calendars, months and years, open data)
# and some that none does, tried below every routable page.
# The source language, a translation, and the language Django does not ship.
LANGUAGES_TRIED_IN_FULL = ("en", "fr", "rom")
SUB_ROUTES = ["rss/", "ics/", "2014/", "2014/02/", "2014/13/", "csv/", "no-such-route/"]


def split_url(url):
    """("fr", "actualites/un-article/") for "/fr/actualites/un-article/"."""
    language, _, path = url.lstrip("/").partition("/")
    return language, path


def answer(router, rf, url):
    """What `router` makes of `url`, in a form two routers' answers can be compared in."""
    language, path = split_url(url)
    request = rf.get(url)
    with translation.override(language):
        result = router(request, path)
    if result is None:
        return None
    page, args, kwargs = result
    if args and callable(args[0]):  # a routable page's view, its arguments and keywords
        view, view_args, view_kwargs = args
        args = (view.__func__.__qualname__, tuple(view_args), dict(view_kwargs))
    match = getattr(request, "routable_resolver_match", None)
    fields = {
        field.attname: getattr(page, field.attname)
        for field in type(page)._meta.concrete_fields
        if not isinstance(field, StreamField)
    }
    streams = {
        field.attname: getattr(page, field.attname).raw_data
        for field in type(page)._meta.concrete_fields
        if isinstance(field, StreamField)
    }
    return {
        "page": (page.pk, type(page)),
        "fields": fields,
        "streams": [list(stream) for stream in streams.values()],
        "args": args,
        "kwargs": kwargs,
        "sub_route": (match.url_name, match.args, match.kwargs) if match is not None else None,
    }


def wagtails_answer(rf, url):
    return answer(Page.route_for_request, rf, url)


def fast_answer(rf, url):
    return answer(serving.route_for_request, rf, url)


def assert_same_routes(rf, urls):
    """Both routers' answers for each of `urls` agree; returns the fast answers."""
    fast_answers = {url: fast_answer(rf, url) for url in urls}
    differences = [url for url in urls if fast_answers[url] != wagtails_answer(rf, url)]
    assert not differences, differences
    return fast_answers


def page_urls():
    """The address of every page of the demo, in every language (aliases included)."""
    urls = []
    for page in Page.objects.filter(depth__gt=1).specific().order_by("path"):
        url = page.get_url()
        if url is not None:
            urls.append((url, page))
    assert len({page.locale_id for _url, page in urls}) == len(settings.LANGUAGES)
    return urls


def test_every_page_in_every_language_is_routed_as_wagtail_routes_it(rf):
    urls = [url for url, _page in page_urls()]
    assert len(urls) > 100

    assert_same_routes(rf, urls)


def test_sub_routes_and_missing_addresses_are_routed_as_wagtail_routes_them(rf):
    urls = ["/fr/no-such-page/", "/en/about/no-such-page/", "/xx/", "/en/events/2014/02/extra/"]
    for url, page in page_urls():
        tried_in_full = page.locale.language_code in LANGUAGES_TRIED_IN_FULL
        if isinstance(page, RoutablePageMixin):
            urls += [url + sub_route for sub_route in SUB_ROUTES] if tried_in_full else []
            # The routes each routable page names, in its own language's words (the
            # thank-you page), in every language.
            for pattern in page.get_subpage_urls():
                try:
                    urls.append(url + page.reverse_subpage(pattern.name).lstrip("/"))
                except NoReverseMatch:  # a route that needs arguments
                    continue
        if tried_in_full:
            urls += [url + "no-such-page/", url + "no-such-page/below/"]

    fast_answers = assert_same_routes(rf, urls)

    # Missing addresses and sub-routes are among them, so that the comparison means something.
    assert any(answer is None for answer in fast_answers.values())
    assert any(answer is not None and answer["sub_route"] for answer in fast_answers.values())


def event_named_like_a_year(calendar):
    """An event whose address is that of a year of its calendar.

    Editors can no longer give one such a slug; a page saved before that rule, or moved
    there, may still have it.
    """
    from events.models import EventPage

    event = calendar.add_child(
        instance=EventPage(title="2014", slug="event-2014", start_date="2014-02-13", city="Lyon", country="FR")
    )
    Page.objects.filter(pk=event.pk).update(slug="2014", url_path=f"{calendar.url_path}2014/")
    event.refresh_from_db()
    return event


def test_a_routable_page_answers_its_sub_route_before_a_child_of_that_slug(rf):
    from events.models import EventIndexPage

    calendar = EventIndexPage.objects.get(locale__language_code="fr")
    event_named_like_a_year(calendar)
    url = f"{calendar.url}2014/"

    assert fast_answer(rf, url)["page"] == (calendar.pk, EventIndexPage)
    assert_same_routes(rf, [url])


def test_a_routable_page_that_is_not_live_routes_to_its_children_only(rf):
    from events.models import EventIndexPage, EventPage

    calendar = EventIndexPage.objects.get(locale__language_code="fr")
    event = event_named_like_a_year(calendar)
    calendar.unpublish()
    urls = [calendar.url, f"{calendar.url}2014/", f"{calendar.url}2014/02/", f"{calendar.url}rss/"]

    assert fast_answer(rf, urls[0]) is None
    assert fast_answer(rf, urls[1])["page"] == (event.pk, EventPage)
    assert_same_routes(rf, urls)


def test_a_page_below_a_page_that_is_not_live_is_still_served(rf):
    resources = StandardPage.objects.get(slug="resources", locale__language_code="en")
    publication = resources.add_child(instance=PublicationPage(title="Leaflet", slug="leaflet"))
    resources.unpublish()
    urls = [resources.url, publication.url]

    assert fast_answer(rf, urls[0]) is None
    assert fast_answer(rf, urls[1])["page"] == (publication.pk, PublicationPage)
    assert_same_routes(rf, urls)


def test_a_page_that_is_not_live_is_not_found(rf):
    about = StandardPage.objects.get(slug="about", locale__language_code="en")
    about.unpublish()

    assert fast_answer(rf, "/en/about/") is None
    assert_same_routes(rf, ["/en/about/"])


def test_an_alias_is_routed_as_wagtail_routes_it(rf, locales):
    english = StandardPage.objects.get(slug="resources", locale__language_code="en")
    untranslated = english.add_child(instance=StandardPage(title="Not translated", slug="not-translated"))
    french_resources = StandardPage.objects.get(translation_key=english.translation_key, locale=locales["fr"])
    alias = untranslated.create_alias(parent=french_resources, update_locale=locales["fr"])

    assert fast_answer(rf, alias.url)["page"] == (alias.pk, StandardPage)
    assert_same_routes(rf, [alias.url])


def test_a_language_whose_home_page_is_not_live_is_routed_from_the_default_language(rf, home_pages):
    home_pages["fr"].unpublish()

    assert fast_answer(rf, "/fr/")["page"][0] == home_pages["en"].pk
    assert_same_routes(rf, ["/fr/", "/fr/a-propos/", "/fr/about/"])


def test_what_the_cache_says_is_checked_against_the_database(rf, home_pages):
    # The cache is read, then the French home page is unpublished where no signal tells
    # the cache (another process, a direct update): routing must still give Wagtail's answer.
    fast_answer(rf, "/fr/")
    Page.objects.filter(pk=home_pages["fr"].pk).update(live=False)

    assert fast_answer(rf, "/fr/")["page"][0] == home_pages["en"].pk
    assert_same_routes(rf, ["/fr/", "/fr/a-propos/"])


def test_the_routed_page_has_all_its_fields_loaded(rf):
    request = rf.get("/fr/actualites/kragujevac-devient-le-122e-participant/")
    with translation.override("fr"):
        page, _args, _kwargs = serving.route_for_request(request, "actualites/kragujevac-devient-le-122e-participant/")

    assert page.get_deferred_fields() == set()


def test_routing_costs_two_queries_whatever_the_depth_of_the_page(rf, django_assert_max_num_queries):
    english = StandardPage.objects.get(slug="resources", locale__language_code="en")
    parent = StandardPage.objects.get(translation_key=english.translation_key, locale__language_code="fr")
    for depth in range(6):
        parent = parent.add_child(instance=StandardPage(title=f"Level {depth}", slug=f"level-{depth}"))
    deep_path = parent.url.removeprefix("/fr/")
    serving.route_for_request(rf.get("/fr/"), "")  # the site and its language roots, cached once

    request = rf.get(parent.url)
    # The pages the address names (every level at once), then the page found with its own
    # fields and, inside that query, its view restrictions and its ancestors'.
    with translation.override("fr"), django_assert_max_num_queries(2):
        page, _args, _kwargs = serving.route_for_request(request, deep_path)

    assert page.pk == parent.pk


def test_the_home_page_is_routed_in_one_query(rf, django_assert_max_num_queries):
    serving.route_for_request(rf.get("/fr/"), "")  # the site and its language roots, cached once

    # The home page with its own fields and its view restrictions (the cache knows the
    # language roots, so no query looks for them).
    with translation.override("fr"), django_assert_max_num_queries(1):
        page, _args, _kwargs = serving.route_for_request(rf.get("/fr/"), "")

    assert page.locale.language_code == "fr"


def test_the_site_is_looked_up_once_then_found_in_the_cache(rf, django_assert_num_queries):
    serving.site_entry(rf.get("/fr/"))

    with django_assert_num_queries(0):
        entry = serving.site_entry(rf.get("/en/"))

    assert entry.site == Site.objects.get(is_default_site=True)
    assert Site.find_for_request(rf.get("/en/")) == entry.site


def test_a_saved_site_is_looked_up_again(rf):
    serving.site_entry(rf.get("/"))
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Renamed"
    site.save()

    assert serving.site_entry(rf.get("/")).site.site_name == "Renamed"


def test_a_new_language_is_known_once_its_locale_is_saved(rf):
    from wagtail.models import Locale

    entry = serving.site_entry(rf.get("/"))
    assert "xx" not in entry.locale_ids_by_code
    Locale.objects.create(language_code="xx")

    assert "xx" in serving.site_entry(rf.get("/")).locale_ids_by_code


def test_a_home_page_published_again_elsewhere_is_found_although_the_cache_says_otherwise(rf, home_pages):
    # The French home page is taken offline, the cache learns it; it is then published
    # again where no signal tells the cache (another process).
    home_pages["fr"].unpublish()
    fast_answer(rf, "/fr/")
    Page.objects.filter(pk=home_pages["fr"].pk).update(live=True)

    assert fast_answer(rf, "/fr/")["page"][0] == home_pages["fr"].pk
    assert_same_routes(rf, ["/fr/", "/fr/a-propos/"])
