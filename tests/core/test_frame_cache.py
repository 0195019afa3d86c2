"""The frame's parts that are the same on every page of a language (menu, footer text,
feed links) come from the cache, and a change to what they show is visible at once."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.frame import forget_site_frames
from core.models import FooterText, SiteSettings, StandardPage

pytestmark = pytest.mark.django_db


def queries_of(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in queries.captured_queries]


def menu_titles(client, url):
    html = BeautifulSoup(client.get(url).content, "html.parser")
    return [a.get_text(strip=True) for a in html.select("nav.main-nav a")]


def footer_heading(client, url):
    html = BeautifulSoup(client.get(url).content, "html.parser")
    return html.find("h2", id="footer-contact-heading").get_text(strip=True)


def test_a_second_page_of_the_language_reads_no_menu_footer_or_feeds(client):
    client.get("/en/")
    statements = queries_of(client, "/en/about/")

    assert not [sql for sql in statements if " WHERE " in sql and '"show_in_menus"' in sql.split(" WHERE ", 1)[1]]
    assert not [sql for sql in statements if "core_footertext" in sql]
    forget_site_frames()
    cold = queries_of(client, "/en/about/")
    assert len(cold) >= len(statements) + 3
    assert [sql for sql in cold if "core_footertext" in sql]


def test_each_language_keeps_its_own_parts(client):
    assert "À propos de l'Alliance" in menu_titles(client, "/fr/")
    assert "About the Alliance" in menu_titles(client, "/en/")
    assert "À propos de l'Alliance" in menu_titles(client, "/fr/a-propos/")


def test_a_published_title_shows_in_the_menu_of_every_language_that_shows_it(client, about_page):
    before = menu_titles(client, "/it/")  # Italian shows the English page (an alias)
    assert "About the Alliance" in before
    assert "About the Alliance" in menu_titles(client, "/en/")

    about_page.title = "About us and our work"
    about_page.save_revision().publish()

    assert "About us and our work" in menu_titles(client, "/en/")
    assert "About us and our work" in menu_titles(client, "/it/")


def test_an_unpublished_page_leaves_the_menu_at_once(client, about_page):
    assert "About the Alliance" in menu_titles(client, "/en/")

    about_page.unpublish()

    assert "About the Alliance" not in menu_titles(client, "/en/")


def test_a_new_page_in_the_menu_shows_at_once(client, english_home):
    assert "Contact" not in menu_titles(client, "/en/")

    english_home.add_child(instance=StandardPage(title="Contact", slug="contact", show_in_menus=True, live=True))

    assert "Contact" in menu_titles(client, "/en/")


def test_a_published_footer_text_shows_at_once(client):
    assert footer_heading(client, "/fr/") == "Groupe de travail de l'Alliance"
    footer = FooterText.objects.get(locale__language_code="fr")

    footer.heading = "L'équipe de l'Alliance"
    footer.save_revision().publish()

    assert footer_heading(client, "/fr/") == "L'équipe de l'Alliance"
    assert footer_heading(client, "/fr/a-propos/") == "L'équipe de l'Alliance"


def test_saved_site_settings_show_at_once(client, english_home):
    from wagtail.models import Site

    client.get("/en/")
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.facebook_url = "https://www.facebook.com/another-page/"
    settings.save()

    html = BeautifulSoup(client.get("/en/about/").content, "html.parser")
    assert "https://www.facebook.com/another-page/" in [a["href"] for a in html.select("footer a")]
