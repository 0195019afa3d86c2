"""Private pages stay private: every kind of view restriction, on the page itself or on an
ancestor, on an alias's source, on a routable page's sub-route, asks for what it asks.

Pages are served by `core.serving`, which checks the restrictions inside the query that
loads the page; these tests go through the whole request, as a visitor does.
"""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from wagtail.models import Page, PageViewRestriction

from core.models import StandardPage

pytestmark = pytest.mark.django_db

PASSWORD = "open sesame"


def french(english_slug, model=StandardPage):
    english = model.objects.get(slug=english_slug, locale__language_code="en")
    return model.objects.get(translation_key=english.translation_key, locale__language_code="fr")


def french_resources():
    return french("resources")


def brochure():
    """The publication below Resources, in French."""
    return french_resources().get_children().live().get().specific


def restrict(page, restriction_type, group=None):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=restriction_type, password=PASSWORD if restriction_type == "password" else ""
    )
    if group is not None:
        restriction.groups.add(group)
    return restriction


def assert_asks_to_log_in(response, url):
    assert response.status_code == 302
    location = response["Location"]
    assert "/_util/login/" in location
    assert f"next={url}" in location.replace("%2F", "/")
    assert "no-cache" in response["Cache-Control"]


def text_of(response):
    return BeautifulSoup(response.content, "html.parser").get_text()


def assert_shown(response, page):
    assert response.status_code == 200
    assert page.title in text_of(response)


def assert_never_cached(response):
    # Wagtail marks every page under a restriction, once let through, as never to be cached.
    assert "no-cache" in response["Cache-Control"] or "private" in response["Cache-Control"]


@pytest.fixture
def member(django_user_model):
    return django_user_model.objects.create_user(username="member", password="member-password")


@pytest.fixture
def reviewers():
    return Group.objects.create(name="Restricted readers")


@pytest.mark.parametrize("on_ancestor", [False, True], ids=["on the page", "on an ancestor"])
def test_a_login_restriction_asks_visitors_to_log_in(client, member, on_ancestor):
    page = brochure()
    restrict(french_resources() if on_ancestor else page, PageViewRestriction.LOGIN)

    assert_asks_to_log_in(client.get(page.url), page.url)

    client.force_login(member)
    response = client.get(page.url)
    assert_shown(response, page)
    assert_never_cached(response)


@pytest.mark.parametrize("on_ancestor", [False, True], ids=["on the page", "on an ancestor"])
def test_a_password_restriction_asks_for_the_password(client, on_ancestor):
    page = brochure()
    restriction = restrict(french_resources() if on_ancestor else page, PageViewRestriction.PASSWORD)

    response = client.get(page.url)
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    form = html.find("form")
    assert form.find("input", attrs={"name": "password"}) is not None
    assert f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/" in form["action"]
    assert page.specific.introduction not in text_of(response)
    assert "no-cache" in response["Cache-Control"]

    wrong = client.post(form["action"], {"password": "wrong", "return_url": page.url})
    assert wrong.status_code == 200  # the form again, with its error
    assert client.get(page.url).content.decode().count('name="password"') == 1

    right = client.post(form["action"], {"password": PASSWORD, "return_url": page.url})
    assert right.status_code == 302
    response = client.get(page.url)
    assert_shown(response, page)
    assert page.specific.introduction in text_of(response)
    assert_never_cached(response)


@pytest.mark.parametrize("on_ancestor", [False, True], ids=["on the page", "on an ancestor"])
def test_a_group_restriction_lets_in_the_groups_members_only(client, member, reviewers, on_ancestor):
    page = brochure()
    restrict(french_resources() if on_ancestor else page, PageViewRestriction.GROUPS, group=reviewers)

    assert_asks_to_log_in(client.get(page.url), page.url)

    client.force_login(member)
    assert_asks_to_log_in(client.get(page.url), page.url)

    member.groups.add(reviewers)
    response = client.get(page.url)
    assert_shown(response, page)
    assert_never_cached(response)


def test_a_restriction_on_the_home_page_covers_the_whole_language(client):
    home = Page.objects.get(depth=2, locale__language_code="fr")
    restrict(home, PageViewRestriction.LOGIN)

    for url in ("/fr/", french("about").url, brochure().url):
        assert_asks_to_log_in(client.get(url), url)
    assert client.get("/en/").status_code == 200


def test_an_alias_is_as_private_as_its_source(client, locales):
    english_resources = StandardPage.objects.get(slug="resources", locale__language_code="en")
    source = english_resources.add_child(instance=StandardPage(title="Members' notes", slug="members-notes"))
    alias = source.create_alias(parent=french_resources(), update_locale=locales["fr"])
    restrict(source, PageViewRestriction.LOGIN)

    assert_asks_to_log_in(client.get(alias.url), alias.url)


def test_a_restriction_on_an_alias_itself_is_ignored_as_wagtail_ignores_it(client, locales):
    # Wagtail reads the restrictions of an alias's source only; an alias cannot have its own.
    english_resources = StandardPage.objects.get(slug="resources", locale__language_code="en")
    source = english_resources.add_child(instance=StandardPage(title="Open notes", slug="open-notes"))
    alias = source.create_alias(parent=french_resources(), update_locale=locales["fr"])
    restrict(Page.objects.get(pk=alias.pk), PageViewRestriction.LOGIN)

    assert_shown(client.get(alias.url), alias)


def test_a_private_routable_page_keeps_its_sub_routes_private(client):
    from news.models import NewsIndexPage

    news = NewsIndexPage.objects.get(locale__language_code="fr")
    restrict(news, PageViewRestriction.LOGIN)

    for url in (news.url, f"{news.url}rss/", news.get_children().live().first().url):
        assert_asks_to_log_in(client.get(url), url)


def test_a_restriction_added_after_a_visit_applies_at_once(client):
    page = brochure()
    assert_shown(client.get(page.url), page)

    restrict(french_resources(), PageViewRestriction.LOGIN)

    assert_asks_to_log_in(client.get(page.url), page.url)


def test_a_page_taken_offline_is_not_found(client):
    page = brochure()
    assert_shown(client.get(page.url), page)

    page.unpublish()

    assert client.get(page.url).status_code == 404


def test_a_draft_is_not_served(client):
    page = french("about")
    page.title = "A draft title"
    page.save_revision()

    response = client.get(page.url)

    assert response.status_code == 200
    assert "A draft title" not in text_of(response)
