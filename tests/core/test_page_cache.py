"""The page cache: anonymous visitors' pages come from the cache without a query, never
a page that is someone's own, and a change is visible on the next request wherever it
shows, in every language."""

import uuid

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.http import HttpResponse, StreamingHttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page, PageViewRestriction

from alliance.settings.base import cache_settings
from core.models import FooterText, SiteSettings, StandardPage
from core.page_cache import HIT_HEADER, exempt_from_page_cache, purge_everything, response_may_be_kept
from events.models import EventIndexPage, EventPage
from news.models import NewsIndexPage, NewsPage
from participants.models import ParticipantPage

pytestmark = pytest.mark.django_db

PAGE_CACHE_SECONDS = 300
# One address of every kind of public answer the cache keeps.
CACHED_ADDRESSES = [
    "/en/",
    "/fr/",
    "/fr/a-propos/",
    "/en/news/",
    "/fr/actualites/?topic=congress",
    "/en/news/kragujevac-becomes-the-122nd-participant/",
    "/en/news/rss/",
    "/fr/actualites/atom/",
    "/en/events/",
    "/en/events/2014/02/",
    "/en/events/first-national-workshop-france/",
    "/en/events/ics/",
    "/en/events/first-national-workshop-france/ics/",
    "/en/participants/",
    "/en/participants/?country=FR",
    "/en/participants/map/",
    "/en/participants/json/",
    "/en/participants/csv/",
    "/fr/participants/paris/",
    "/sitemap.xml",
]


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = PAGE_CACHE_SECONDS


@pytest.fixture(params=["memory", "redis"])
def any_cache(request, settings):
    """The process's memory cache, and Redis as production runs it."""
    if request.param == "redis":
        caches = cache_settings("redis://127.0.0.1:6379/14")
        caches["default"]["KEY_PREFIX"] = f"test-page-cache-{uuid.uuid4().hex}"
        settings.CACHES = caches
    return request.param


def queries_of(client, url, **headers):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **headers)
    return response, len(queries)


def text_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Publish a page as the editor does; the purges are sent on commit."""

    def publish(page):
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()

    return publish


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    def committed():
        return django_capture_on_commit_callbacks(execute=True)

    return committed


@pytest.mark.parametrize("url", CACHED_ADDRESSES)
def test_a_second_anonymous_request_is_answered_without_a_query(client, url, any_cache):
    first = client.get(url)
    second, queries = queries_of(client, url)

    assert first.status_code == second.status_code == 200
    assert first[HIT_HEADER] == "miss"
    assert second[HIT_HEADER] == "hit"
    assert queries == 0
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert "s-maxage=300" in second["Cache-Control"]
    assert "public" in second["Cache-Control"]


def test_a_kept_page_is_revalidated_with_a_304_and_no_query(client):
    etag = client.get("/en/news/")["ETag"]
    again, queries = queries_of(client, "/en/news/", HTTP_IF_NONE_MATCH=etag)

    assert again.status_code == 304
    assert queries == 0
    assert client.get("/en/news/")["Last-Modified"]


def test_browsers_are_asked_to_check_again_and_shared_caches_to_keep(client):
    cache_control = {part.strip() for part in client.get("/en/").headers["Cache-Control"].split(",")}

    assert {"public", "max-age=0", "s-maxage=300"} <= cache_control


def test_the_page_cache_can_be_turned_off(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/en/news/")
    response, queries = queries_of(client, "/en/news/")

    assert HIT_HEADER not in response
    assert queries > 0


def test_the_addresses_without_a_language_are_kept_per_language(client):
    # The sitemap is the same in every language; "/" sends each visitor to their own.
    client.get("/sitemap.xml", HTTP_ACCEPT_LANGUAGE="fr")
    assert client.get("/sitemap.xml", HTTP_ACCEPT_LANGUAGE="fr")[HIT_HEADER] == "hit"
    assert client.get("/sitemap.xml", HTTP_ACCEPT_LANGUAGE="de")[HIT_HEADER] == "miss"

    french = client.get("/", HTTP_ACCEPT_LANGUAGE="fr")
    german = client.get("/", HTTP_ACCEPT_LANGUAGE="de")
    assert french["Location"].startswith("/fr/")
    assert german["Location"].startswith("/de/")
    assert "Accept-Language" in french["Vary"]
    assert "Accept-Language" not in client.get("/fr/").get("Vary", "")


# --- What is never kept ------------------------------------------------------------------


def test_a_logged_in_editor_is_never_served_nor_stored(client, admin_user):
    client.get("/en/about/")  # kept for anonymous visitors
    client.force_login(admin_user)

    editor, queries = queries_of(client, "/en/about/")
    assert HIT_HEADER not in editor
    assert queries > 0
    assert "private" in editor["Cache-Control"]

    client.logout()
    client.cookies.clear()
    anonymous = client.get("/en/about/")
    assert anonymous[HIT_HEADER] == "hit"
    assert b"wagtail-userbar" not in anonymous.content


def test_what_an_editor_sees_is_not_kept_for_visitors(client, admin_user):
    client.force_login(admin_user)
    assert b"wagtail-userbar" in client.get("/en/about/").content
    client.logout()
    client.cookies.clear()

    assert client.get("/en/about/")[HIT_HEADER] == "miss"


@pytest.mark.parametrize("url", ["/en/join/", "/fr/adherer/"])
def test_a_form_with_its_token_is_never_kept(client, url):
    first = client.get(url)
    second, queries = queries_of(client, url)

    assert first.status_code == second.status_code == 200
    assert b"csrfmiddlewaretoken" in second.content
    assert HIT_HEADER not in first
    assert HIT_HEADER not in second
    assert queries > 0
    assert "private" in second["Cache-Control"]


def test_a_form_is_not_kept_for_a_visitor_who_already_has_a_csrf_cookie(client):
    client.get("/en/join/")
    assert "csrftoken" in client.cookies  # the second request sets no cookie
    response, queries = queries_of(client, "/en/join/")

    assert HIT_HEADER not in response
    assert queries > 0
    assert "private" in response["Cache-Control"]


def test_a_preview_is_never_kept(client, admin_user, about_page):
    client.force_login(admin_user)
    preview = client.get(f"/admin/pages/{about_page.pk}/edit/preview/")

    assert HIT_HEADER not in preview


@pytest.fixture
def private_about(about_page):
    def restrict(restriction_type, **fields):
        restriction = PageViewRestriction.objects.create(page=about_page, restriction_type=restriction_type, **fields)
        if restriction_type == PageViewRestriction.GROUPS:
            restriction.groups.set([Group.objects.create(name="Partners")])
        return about_page

    return restrict


@pytest.mark.parametrize("restriction_type", [PageViewRestriction.LOGIN, PageViewRestriction.GROUPS])
def test_a_page_for_members_is_never_kept(client, private_about, restriction_type):
    private_about(restriction_type)
    for _ in range(2):
        response = client.get("/en/about/")
        assert response.status_code == 302
        assert "/login/" in response["Location"]
        assert HIT_HEADER not in response


def test_a_page_behind_a_password_is_kept_neither_for_who_entered_it_nor_for_others(client, private_about):
    page = private_about(PageViewRestriction.PASSWORD, password="roma-inclusion")
    form = client.get("/en/about/")
    assert b'name="password"' in form.content
    assert HIT_HEADER not in form

    restriction = PageViewRestriction.objects.get(page=page)
    with translation.override("en"):
        action = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    assert client.post(action, {"password": "roma-inclusion", "return_url": "/en/about/"}).status_code == 302
    inside = client.get("/en/about/")
    assert b'name="password"' not in inside.content
    assert HIT_HEADER not in inside
    assert "private" in inside["Cache-Control"]

    client.cookies.clear()
    assert b'name="password"' in client.get("/en/about/").content


def test_a_not_found_page_is_not_kept(client):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert HIT_HEADER not in response


def kept(response, request=None):
    return response_may_be_kept(request or RequestFactory().get("/en/"), response)


def test_only_an_answer_the_same_for_every_anonymous_visitor_is_kept():
    assert kept(HttpResponse("a page"))

    with_cookie = HttpResponse("a page")
    with_cookie.set_cookie("django_language", "fr")
    assert not kept(with_cookie)

    with_token = RequestFactory().get("/en/join/")
    get_token(with_token)
    assert not kept(HttpResponse("a form"), with_token)

    for cache_control in ("private", "no-store", "no-cache"):
        response = HttpResponse("a page")
        response["Cache-Control"] = cache_control
        assert not kept(response), cache_control

    varying = HttpResponse("a page")
    varying["Vary"] = "User-Agent"
    assert not kept(varying)
    assert not kept(HttpResponse("moved", status=301))
    assert not kept(StreamingHttpResponse(iter([b"a file"])))
    assert not kept(exempt_from_page_cache(HttpResponse("a visitor's own page")))
    assert not kept(HttpResponse("a page"), RequestFactory().head("/en/"))


def test_pages_are_served_when_the_cache_is_down(client, settings):
    caches = cache_settings("redis://127.0.0.1:9/0")  # nothing listens there
    settings.CACHES = caches
    assert client.get("/en/news/").status_code == 200
    assert client.get("/en/news/").status_code == 200


# --- A change is visible on the next request, wherever it shows ---------------------------


def english(model, slug):
    return model.objects.get(slug=slug, locale__language_code="en")


def aliases_of(page):
    return {alias.locale.language_code: alias for alias in Page.objects.filter(alias_of=page).select_related("locale")}


def warm(client, urls):
    for url in urls:
        client.get(url)
        assert client.get(url)[HIT_HEADER] == "hit", url


def test_publishing_a_post_shows_it_wherever_it_is_shown_in_every_language(client, publish, any_cache):
    post = english(NewsPage, "congress-and-ertf-sign-cooperation-agreement")
    german = aliases_of(post)["de"]
    urls = [post.url, "/en/news/", "/en/", "/en/news/rss/", german.url, "/de/", german.get_parent().url]
    warm(client, urls)

    post.title = "A renamed agreement between the Congress and ERTF"
    publish(post)

    for url in urls:
        assert "A renamed agreement between the Congress and ERTF" in text_of(client, url), url


def test_publishing_a_post_leaves_what_does_not_show_it_in_the_cache(client, publish):
    post = english(NewsPage, "congress-and-ertf-sign-cooperation-agreement")
    unrelated = ["/en/participants/paris/", "/fr/a-propos/", "/en/events/first-national-workshop-france/"]
    warm(client, unrelated)

    post.title = "A renamed agreement between the Congress and ERTF"
    publish(post)

    for url in unrelated:
        assert client.get(url)[HIT_HEADER] == "hit", url


def test_publishing_a_post_shows_it_on_the_participant_it_is_about(client, publish):
    post = english(NewsPage, "kragujevac-becomes-the-122nd-participant")
    participant = english(ParticipantPage, "kragujevac")
    warm(client, [participant.url])

    post.title = "Kragujevac joins the Alliance, renamed"
    publish(post)

    assert "Kragujevac joins the Alliance, renamed" in text_of(client, participant.url)


def test_publishing_an_event_shows_it_in_the_calendar_and_its_feeds(client, publish):
    event = english(EventPage, "first-national-workshop-france")
    calendar = event.get_parent().specific
    month = f"{calendar.url}{event.start_date:%Y}/{event.start_date:%m}/"
    urls = [event.url, f"{event.url}ics/", month, f"{calendar.url}{event.start_date:%Y}/"]
    warm(client, urls)

    event.title = "Workshop renamed"  # short: calendar files fold long lines
    publish(event)

    for url in urls:
        assert "Workshop renamed" in text_of(client, url), url


def test_a_new_post_is_in_its_index_the_home_page_the_feeds_and_the_sitemap(client, publish):
    index = english(NewsIndexPage, "news")
    urls = ["/en/news/", "/en/", "/en/news/rss/", "/en/news/atom/", "/sitemap.xml"]
    warm(client, urls)

    post = NewsPage(title="A brand new post about the Alliance", slug="a-brand-new-post", teaser="Fresh.")
    index.add_child(instance=post)
    publish(post)

    for url in urls[:4]:
        assert "A brand new post about the Alliance" in text_of(client, url), url
    assert "/en/news/a-brand-new-post/" in text_of(client, "/sitemap.xml")


def test_a_new_event_is_in_the_calendar_its_feed_and_the_home_page(client, publish):
    import datetime

    from events.models import site_today

    calendar = english(EventIndexPage, "events")
    urls = ["/en/events/", "/en/events/ics/", "/en/"]
    warm(client, urls)

    event = EventPage(
        title="Newly planned meeting",
        slug="newly-planned-meeting",
        start_date=site_today() + datetime.timedelta(days=1),
        city="Lyon",
        country="FR",
    )
    calendar.add_child(instance=event)
    publish(event)

    for url in urls:
        assert "Newly planned meeting" in text_of(client, url), url


def test_unpublishing_a_post_removes_it_everywhere(client, committed):
    post = english(NewsPage, "congress-and-ertf-sign-cooperation-agreement")
    german = aliases_of(post)["de"]
    urls = ["/en/news/", "/en/", "/en/news/rss/", "/sitemap.xml", german.get_parent().url]
    warm(client, [post.url, *urls])

    with committed():
        post.unpublish()

    assert client.get(post.url).status_code == 404
    for url in urls[:3]:
        assert post.url not in text_of(client, url), url
    assert post.slug not in text_of(client, "/sitemap.xml")
    assert german.url not in text_of(client, german.get_parent().url)


def test_moving_a_page_frees_its_old_address_and_shows_it_at_the_new_one(client, committed, english_home):
    about = english(StandardPage, "about")
    resources = english(StandardPage, "resources")
    warm(client, [about.url, resources.url, "/sitemap.xml"])
    old_url = about.url

    with committed():
        about.move(resources, pos="last-child")

    moved = client.get(old_url)  # Wagtail leaves a redirect at the old address
    assert moved.status_code == 301
    assert moved["Location"].endswith("/en/resources/about/")
    assert client.get("/en/resources/about/").status_code == 200
    assert "/en/resources/about/" in text_of(client, "/sitemap.xml")


def test_deleting_a_page_removes_it_from_its_index_and_its_address(client, committed):
    event = english(EventPage, "first-national-workshop-france")
    calendar_url = event.get_parent().url
    event_url = event.url
    warm(client, [event_url, f"{calendar_url}ics/"])

    with committed():
        event.delete()

    assert client.get(event_url).status_code == 404
    assert event.title not in text_of(client, f"{calendar_url}ics/")


def test_saving_the_footer_text_shows_on_every_page(client, committed):
    urls = ["/en/", "/en/news/", "/en/participants/"]
    warm(client, urls)

    footer = FooterText.objects.get(locale__language_code="en")
    footer.heading = "Write to the secretariat"
    with committed():
        footer.save()

    for url in urls:
        assert "Write to the secretariat" in text_of(client, url), url


def test_saving_the_site_settings_shows_on_every_page(client, committed, english_home):
    from wagtail.models import Site

    urls = ["/en/", "/fr/actualites/"]
    warm(client, urls)

    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.facebook_url = "https://www.facebook.com/alliance-renamed"
    with committed():
        site_settings.save()

    for url in urls:
        assert "https://www.facebook.com/alliance-renamed" in text_of(client, url), url


def test_renaming_a_section_renames_it_in_every_menu(client, publish):
    calendar = english(EventIndexPage, "events")
    urls = ["/en/", "/en/news/", "/en/about/"]
    warm(client, urls)

    calendar.title = "Meetings and workshops"
    publish(calendar)

    for url in urls:
        assert "Meetings and workshops" in text_of(client, url), url


def test_a_purge_is_only_sent_once_the_change_is_committed(client):
    post = english(NewsPage, "congress-and-ertf-sign-cooperation-agreement")
    warm(client, ["/en/news/"])

    post.title = "Not yet committed"
    post.save_revision().publish()  # inside the test's transaction: nothing committed yet

    assert client.get("/en/news/")[HIT_HEADER] == "hit"


def test_purging_everything_reaches_every_language(client):
    warm(client, ["/en/", "/fr/", "/sitemap.xml"])
    purge_everything()
    for url in ["/en/", "/fr/", "/sitemap.xml"]:
        assert client.get(url)[HIT_HEADER] == "miss"
