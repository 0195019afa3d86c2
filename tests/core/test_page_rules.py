"""Editors can only build a tree the site can show: where each page type may go."""

from django.db import connection
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from core.models import HomePage, PublicationPage, StandardPage


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_a_second_home_page_cannot_be_created_next_to_the_first(self):
        # The demo home page exists; other languages get theirs by translation.
        # (assertCanNotCreateAt looks at page types only, not at can_create_at.)
        self.assertFalse(HomePage.can_create_at(Page.get_first_root_node()))

    def test_the_first_home_page_can_be_created_at_the_root(self):
        # The home pages' own rows go (rolled back with the test): the rule counts home
        # pages, and deleting the demo's whole tree in every language takes many seconds.
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(HomePage._meta.db_table)}")
        self.assertFalse(HomePage.objects.exists())
        self.assertCanCreateAt(Page, HomePage)
        self.assertTrue(HomePage.can_create_at(Page.get_first_root_node()))

    def test_home_pages_are_never_nested(self):
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(StandardPage, HomePage)

    def test_standard_pages_go_below_home_and_other_standard_pages(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage, PublicationPage})
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)

    def test_standard_page_cannot_be_a_site_root(self):
        self.assertCanNotCreateAt(Page, StandardPage)

    def test_standard_page_can_be_created_through_the_admin(self):
        self.login()
        home = HomePage.objects.get(locale__language_code="en")
        self.assertCanCreate(
            home,
            StandardPage,
            nested_form_data(
                {
                    "title": "Legal notice",
                    "slug": "legal-notice",
                    "introduction": "Who publishes this site.",
                    "body": streamfield([("paragraph", rich_text("<p>The Council of Europe.</p>"))]),
                }
            ),
        )

    def test_pages_are_served_at_their_language_address(self):
        # assertPageIsRoutable does not know about language prefixes, so ask the site.
        for page in [HomePage.objects.get(locale__language_code="fr"), StandardPage.objects.get(slug="a-propos")]:
            self.assertTrue(page.url.startswith("/fr/"))
            response = self.client.get(page.url)
            self.assertEqual(response.status_code, 200)
            self.assertEqual(response.context["page"], page)
            self.assertPageIsRenderable(page)
