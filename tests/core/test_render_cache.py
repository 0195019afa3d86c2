"""The render cache: the regions of a page (head, header, content, footer, a form's
fields) kept for the requests the page cache does not answer, the same page as rendered
afresh, never anything that belongs to one visitor, and purged with the page cache."""

import re
import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from alliance.settings.base import cache_settings
from news.models import NewsPage

pytestmark = pytest.mark.django_db

SECONDS = 300
# One page of every kind that renders HTML with the site's frame.
PAGES = [
    "/en/",
    "/fr/",
    "/rom/",
    "/fr/a-propos/",
    "/en/resources/",
    "/en/news/",
    "/fr/actualites/?topic=congress",
    "/en/news/kragujevac-becomes-the-122nd-participant/",
    "/en/events/",
    "/en/events/2014/",
    "/en/events/2014/02/",
    "/en/events/first-national-workshop-france/",
    "/en/participants/",
    "/en/participants/?view=table",
    "/fr/participants/paris/",
    "/en/join/",
    "/fr/adherer/",
    "/en/join/thank-you/",
]
# What differs between two renders of the same form whatever is kept: its tokens.
TOKENS = re.compile(r'(name="(?:csrfmiddlewaretoken|form_token)" value=")[^"]*"')


@pytest.fixture(autouse=True)
def render_cache_on(settings):
    settings.RENDER_CACHE_SECONDS = SECONDS


@pytest.fixture(params=["memory", "redis"])
def any_cache(request, settings):
    """The process's memory cache, and Redis as production runs it."""
    if request.param == "redis":
        caches = cache_settings("redis://127.0.0.1:6379/14")
        caches["default"]["KEY_PREFIX"] = f"test-render-cache-{uuid.uuid4().hex}"
        settings.CACHES = caches
    return request.param


# Queries of a page from its regions: routing and view restrictions, and for an editor
# the session, the user and the user bar's permissions too.
QUERIES_FROM_REGIONS = {"visitor with a session": 3, "editor": 7}


@pytest.fixture(params=QUERIES_FROM_REGIONS)
def uncached_client(request, client, admin_user):
    """Someone the page cache does not answer."""
    if request.param == "editor":
        client.force_login(admin_user)
    else:
        client.cookies["sessionid"] = "a-session"
    client.queries_from_regions = QUERIES_FROM_REGIONS[request.param]
    return client


def without_tokens(response):
    assert response.status_code == 200, response
    return TOKENS.sub(r"\1…", response.content.decode())


def queries_of(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, len(queries)


@pytest.mark.parametrize("url", PAGES)
def test_a_page_from_kept_regions_is_the_page_rendered_afresh(uncached_client, url, settings, any_cache):
    settings.RENDER_CACHE_SECONDS = 0
    afresh, queries_afresh = queries_of(uncached_client, url)
    settings.RENDER_CACHE_SECONDS = SECONDS
    rendered_and_kept = uncached_client.get(url)
    from_regions, queries_from_regions = queries_of(uncached_client, url)

    assert without_tokens(rendered_and_kept) == without_tokens(afresh)
    assert without_tokens(from_regions) == without_tokens(afresh)
    # What is left is routing and the page's view restrictions: what the regions show is
    # never read.
    assert queries_from_regions < queries_afresh
    assert queries_from_regions <= uncached_client.queries_from_regions


def test_regions_are_not_used_when_turned_off(uncached_client, settings):
    settings.RENDER_CACHE_SECONDS = 0
    uncached_client.get("/en/news/")
    _, second = queries_of(uncached_client, "/en/news/")
    _, third = queries_of(uncached_client, "/en/news/")

    assert third == second > uncached_client.queries_from_regions


def test_the_user_bar_is_never_kept(client, admin_user):
    client.force_login(admin_user)
    assert b"wagtail-userbar" in client.get("/en/about/").content
    client.logout()
    client.cookies["sessionid"] = "a-session"

    visitor, queries = queries_of(client, "/en/about/")
    assert b"wagtail-userbar" not in visitor.content
    assert b"<h1>About the Alliance</h1>" in visitor.content
    assert queries <= 3  # the regions the editor's request kept


def render_twice(markup):
    from django.template import RequestContext, Template
    from django.test import RequestFactory

    from core.models import StandardPage

    page = StandardPage.objects.get(slug="about", locale__language_code="en")
    template = Template("{% load render_cache %}" + markup)
    renders = []
    for _ in range(2):
        request = RequestFactory().get("/en/about/")
        renders.append(template.render(RequestContext(request, {"page": page})))
    return renders


def test_a_region_that_uses_the_csrf_token_is_never_kept():
    first, second = render_twice('{% cached_region "form" %}<form>{% csrf_token %}</form>{% endcached_region %}')

    token = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
    # Rendered again for the second request: a kept region would hand the first
    # request's token to the second.
    assert token.search(first).group(1) != token.search(second).group(1)


def test_a_region_that_does_not_is_kept():
    first, second = render_twice('{% cached_region "words" %}{% now "u" %}{% endcached_region %}')

    assert first == second


def test_regions_of_a_page_for_members_reach_only_members(client, django_user_model, about_page):
    PageViewRestriction.objects.create(page=about_page, restriction_type=PageViewRestriction.LOGIN)
    member = django_user_model.objects.create_user("member", password="x")
    client.force_login(member)
    assert about_page.title.encode() in client.get("/en/about/").content
    assert about_page.title.encode() in client.get("/en/about/").content

    client.logout()
    client.cookies["sessionid"] = "a-session"
    refused = client.get("/en/about/")
    assert refused.status_code == 302
    assert "/login/" in refused["Location"]


def test_a_preview_uses_no_region(client, about_page):
    client.cookies["sessionid"] = "a-session"
    client.get("/en/about/")  # the live page's regions are kept
    about_page.title = "A title only the preview shows"

    preview = about_page.make_preview_request()

    assert preview.status_code == 200
    assert b"A title only the preview shows" in preview.content


def test_publishing_shows_the_change_to_someone_with_a_session(uncached_client, django_capture_on_commit_callbacks):
    post = NewsPage.objects.get(slug="congress-and-ertf-sign-cooperation-agreement", locale__language_code="en")
    urls = [post.url, "/en/news/", "/en/"]
    for url in urls:
        uncached_client.get(url)

    post.title = "A renamed agreement between the Congress and ERTF"
    with django_capture_on_commit_callbacks(execute=True):
        post.save_revision().publish()

    for url in urls:
        assert b"A renamed agreement between the Congress and ERTF" in uncached_client.get(url).content, url


# --- Kept routes (core.serving) ----------------------------------------------------------


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    def committed():
        return django_capture_on_commit_callbacks(execute=True)

    return committed


def test_a_kept_route_costs_no_query(client):
    client.get("/fr/participants/paris/")
    _, queries = queries_of(client, "/fr/participants/paris/")

    assert queries == 0


def test_an_unpublished_page_is_gone_at_once(client, committed, about_page):
    assert client.get("/en/about/").status_code == 200
    with committed():
        about_page.unpublish()

    assert client.get("/en/about/").status_code == 404


def test_a_moved_page_answers_at_its_new_address_only(client, committed, about_page):
    client.get("/en/about/")
    about_page.slug = "about-us"
    with committed():
        about_page.save_revision().publish()

    old = client.get("/en/about/")
    # Wagtail's redirects app leads the old address to the new one.
    assert old.status_code == 301
    assert old["Location"] == "/en/about-us/"
    assert client.get("/en/about-us/").status_code == 200


@pytest.mark.parametrize("restriction_type", [PageViewRestriction.LOGIN, PageViewRestriction.PASSWORD])
def test_a_page_made_private_is_refused_at_once(client, committed, about_page, restriction_type):
    client.get("/en/about/")
    with committed():
        restriction = PageViewRestriction.objects.create(
            page=about_page, restriction_type=restriction_type, password="roma-inclusion"
        )
    refused = client.get("/en/about/")
    if restriction_type == PageViewRestriction.LOGIN:
        assert refused.status_code == 302
        assert "/login/" in refused["Location"]
    else:
        assert b'name="password"' in refused.content
        assert b"<h1>About the Alliance</h1>" not in refused.content

    with committed():
        restriction.delete()
    assert client.get("/en/about/").status_code == 200


def test_a_kept_route_of_a_calendar_month_goes_to_the_month(client):
    first = client.get("/en/events/2014/02/")
    second, queries = queries_of(client, "/en/events/2014/02/")

    assert b"February 2014" in first.content
    assert second.content == first.content
    assert queries == 0
