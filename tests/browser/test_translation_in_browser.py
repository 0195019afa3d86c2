"""The translation workflow as people use it: a translator, an approver and a visitor.

The translator translates a news post: finds it on the coverage dashboard (filtered to news
posts), translates it in wagtail-localize's editor and submits it; an approver publishes it.
"""

import datetime
import re
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import translation
from playwright.sync_api import expect
from wagtail.models import Page, WorkflowState
from wagtail.users.models import UserProfile
from wagtail_localize.synctree import create_aliases_for_new_page

from localization.workflows import approvers_group_name, translators_group_name
from news.models import NewsIndexPage, NewsPage
from tests.browser.accessibility import assert_no_axe_violations
from tests.news.conftest import add_post

PASSWORD = "browser-test-password-42"
SOURCE_TITLE = "Young Roma take part in local decisions"
FRENCH_TITLE = "Les jeunes Roms participent aux décisions locales"


def make_source_page(mark):
    """The English news post the translator translates, with aliases in every language (as
    when an editor publishes it in the admin)."""
    news = NewsIndexPage.objects.get(locale__language_code="en")
    post = add_post(
        news,
        title=f"{SOURCE_TITLE} {mark}",
        slug=f"young-roma-{mark}",
        date=datetime.date(2014, 3, 26),
        teaser="The Congress adopted a report on the participation of Roma youth.",
    )
    create_aliases_for_new_page(post)
    return post


def make_person(username, group_name):
    user = get_user_model().objects.create_user(username=username, password=PASSWORD, email=f"{username}@example.org")
    user.groups.add(Group.objects.get(name=group_name))
    # The admin speaks the translator's language.
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "fr"
    profile.save()
    return user


def log_in(page, site, username):
    page.goto(f"{site.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{site.url}/admin/")


def translate_segment(page, source_text, translation):
    segment = page.locator("li", has=page.locator(f"text={source_text}")).last
    segment.locator("button").last.click()
    segment.locator("textarea").fill(translation)
    segment.locator("textarea").press("Enter")
    expect(segment).to_have_class(re.compile(r"\bcomplete\b"))


def test_a_translator_translates_a_page_and_an_approver_publishes_it(site, browser, page):
    mark = uuid.uuid4().hex[:8]
    source = make_source_page(mark)
    source_title, french_title = f"{SOURCE_TITLE} {mark}", f"{FRENCH_TITLE} {mark}"
    translator = make_person(f"traductrice-{mark}", translators_group_name("fr"))
    approver = make_person(f"approbateur-{mark}", approvers_group_name("fr"))

    # The translator finds the page missing in French on the dashboard and starts translating.
    log_in(page, site, translator.username)
    page.goto(f"{site.url}/admin/translation/")
    assert page.locator("html").get_attribute("lang") == "fr"
    # Among all the site's pages, the translator shows the news posts only.
    with translation.override("fr"):
        news_post_type = str(NewsPage._meta.verbose_name).capitalize()
    page.select_option("#id_type", label=news_post_type)
    page.locator(".translation-filters button[type=submit]").click()
    row = page.locator("table.translation-matrix tbody tr", has=page.locator(f"th:has-text('{source_title}')"))
    row.locator("td.translation-cell--missing a[href*='locale=fr']").click()
    expect(page.locator("input[name=locales]:checked")).to_have_count(1)
    page.locator("main form button[type=submit]").click()

    # wagtail-localize's editor: translate the strings, then submit for approval.
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    expect(page.locator(".js-translation-editor li").first).to_be_visible()
    translate_segment(page, source_title, french_title)
    translate_segment(
        page,
        "The Congress adopted a report",
        "Le Congrès a adopté un rapport sur la participation des jeunes Roms.",
    )
    page.locator("a.w-tabs__tab").nth(1).click()  # the address is on the second ("Promote") tab
    translate_segment(page, f"young-roma-{mark}", f"jeunes-roms-{mark}")
    page.locator(".translation-approval form button[type=submit]").click()
    expect(page.locator(".messages .success")).to_be_visible()

    french = Page.objects.get(translation_key=source.translation_key, locale__language_code="fr")
    assert french.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert french.title == source_title  # visitors still read the English text

    # The approver approves it from the same editor.
    approver_context = browser.new_context(locale="fr-FR")
    approver_page = approver_context.new_page()
    log_in(approver_page, site, approver.username)
    approver_page.goto(f"{site.url}/admin/pages/{french.pk}/edit/")
    approver_page.locator(".translation-approval__review button[formaction*='/approve/']").click()
    approver_page.wait_for_load_state()
    approver_context.close()

    # A visitor finds it at its French address.
    visitor = browser.new_context(locale="fr-FR").new_page()
    visitor.goto(f"{site.url}/fr/actualites/jeunes-roms-{mark}/")
    expect(visitor.locator("h1")).to_have_text(french_title)
    assert visitor.locator("html").get_attribute("lang") == "fr"
    expect(visitor.locator(".translation-notice")).to_have_count(0)
    visitor.context.close()


@pytest.mark.parametrize("address", ["/en/resources/information-brochure/", "/bg/materiali/informacionna-broshura/"])
def test_the_brochure_page_has_no_accessibility_violations(site, page, address):
    page.goto(f"{site.url}{address}")

    expect(page.locator(".publication__languages a")).to_have_count(12)
    assert_no_axe_violations(page)


# Pages the demo has not translated into that language.
@pytest.mark.parametrize(
    ("language", "address", "english_title"),
    [("it", "/it/about/", "About the Alliance"), ("rom", "/rom/cooperate/", "Cooperate as an NGO")],
)
def test_the_fallback_notice_has_no_accessibility_violations(site, page, language, address, english_title):
    page.goto(f"{site.url}{address}")

    expect(page.locator(".translation-notice")).to_be_visible()
    assert page.locator(".translation-notice").get_attribute("lang") == language
    assert page.locator("main > div[lang='en'] h1").inner_text() == english_title
    assert_no_axe_violations(page)
