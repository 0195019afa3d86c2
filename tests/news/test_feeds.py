"""RSS and Atom feeds of each language's news: valid XML, the right items, stable GUIDs."""

import email.utils
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from news.models import NewsPage
from tests.news.conftest import add_post

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
MEDIA = "{http://search.yahoo.com/mrss/}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def rss_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)  # raises on anything that is not well-formed XML
    assert root.tag == "rss"
    assert root.get("version") == "2.0"
    return root.find("channel")


def atom_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    return root


def test_rss_feed_lists_the_languages_news_newest_first(client):
    channel = rss_of(client, "/fr/actualites/rss/")

    assert channel.findtext("language") == "fr"
    assert channel.findtext("title").startswith("Actualités – ")
    items = channel.findall("item")
    assert len(items) == 9
    titles = [item.findtext("title") for item in items]
    assert titles[0] == "Les dirigeants du Conseil de l'Europe soutiennent l'Alliance lors de la session du Congrès"
    assert "Kragujevac devient le 122e participant de l'Alliance" in titles
    dates = [email.utils.parsedate_to_datetime(item.findtext("pubDate")) for item in items]
    assert dates == sorted(dates, reverse=True)
    assert dates[0].date().isoformat() == "2014-03-27"
    for item in items:
        assert item.findtext("link").startswith("http://testserver/fr/actualites/")
        assert item.find("guid").get("isPermaLink") == "false"
        assert item.findtext("guid").startswith("urn:uuid:")


def test_rss_items_carry_teaser_topics_and_credited_picture(client):
    channel = rss_of(client, "/fr/actualites/rss/")
    item = next(item for item in channel.findall("item") if "Kragujevac" in item.findtext("title"))

    summary = BeautifulSoup(item.findtext("description"), "html.parser")
    assert "La ville serbe de Kragujevac a rejoint l'Alliance" in summary.get_text()
    assert summary.img["src"].startswith("http://testserver/")
    assert summary.img["alt"].startswith("Image de démonstration")
    with translation.override("fr"):
        credit = translation.gettext("Picture: %(credit)s") % {"credit": "Délégation de l'UE en République de Serbie"}
    assert credit != "Picture: Délégation de l'UE en République de Serbie"
    assert credit in summary.figcaption.get_text()
    assert [category.text for category in item.findall("category")] == ["Nouveaux participants"]
    picture = item.find(f"{MEDIA}content")
    assert picture.get("medium") == "image"
    assert picture.get("url").startswith("http://testserver/")
    assert picture.findtext(f"{MEDIA}credit") == "Délégation de l'UE en République de Serbie"


def test_atom_feed_has_the_same_items_in_its_language(client):
    feed = atom_of(client, "/de/nachrichten/atom/")
    rss = rss_of(client, "/de/nachrichten/rss/")

    assert feed.get(XML_LANG) == "de"
    assert feed.findtext(f"{ATOM}id").startswith("urn:uuid:")
    assert feed.find(f"{ATOM}author").findtext(f"{ATOM}name")
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == [
        "Die Spitze des Europarats unterstützt die Allianz auf der Kongresssitzung",
        "Kragujevac wird 122. Teilnehmer der Allianz",
        "Eine neue Informationsbroschüre über die Allianz, in 12 Sprachen",
    ]
    # Each entry has what RFC 4287 asks for, and the same id as in the RSS feed.
    assert [entry.findtext(f"{ATOM}id") for entry in entries] == [item.findtext("guid") for item in rss.findall("item")]
    for entry in entries:
        assert entry.findtext(f"{ATOM}updated")
        assert entry.findtext(f"{ATOM}published").startswith("2014-")
        assert entry.find(f"{ATOM}link").get("href").startswith("http://testserver/de/nachrichten/")
        assert entry.find(f"{ATOM}summary").get("type") == "html"
    assert "Bild: EU-Delegation in der Republik Serbien" in entries[1].findtext(f"{ATOM}summary")


def test_a_language_without_posts_has_a_valid_empty_feed(client):
    assert rss_of(client, "/it/notizie/rss/").findall("item") == []
    assert atom_of(client, "/it/notizie/atom/").findall(f"{ATOM}entry") == []


def test_guids_stay_the_same_when_a_post_is_edited_and_moved(client):
    before = {item.findtext("title"): item for item in rss_of(client, "/en/news/rss/").findall("item")}
    post = NewsPage.objects.get(slug="kragujevac-becomes-the-122nd-participant", locale__language_code="en")
    old = before["Kragujevac becomes the Alliance's 122nd participant"]

    post.title = "Kragujevac joins the Alliance as its 122nd participant"
    post.slug = "kragujevac-joins"
    post.teaser = "A new teaser."
    post.save_revision().publish()
    after = {item.findtext("title"): item for item in rss_of(client, "/en/news/rss/").findall("item")}

    new = after["Kragujevac joins the Alliance as its 122nd participant"]
    assert new.findtext("guid") == old.findtext("guid")
    assert new.findtext("link") == "http://testserver/en/news/kragujevac-joins/"
    assert new.findtext("link") != old.findtext("link")


def test_guids_differ_between_posts_and_between_languages(client):
    english = [item.findtext("guid") for item in rss_of(client, "/en/news/rss/").findall("item")]
    french = [item.findtext("guid") for item in rss_of(client, "/fr/actualites/rss/").findall("item")]

    assert len(set(english)) == len(english) == 9
    assert not set(english) & set(french)


def test_only_published_public_posts_are_in_the_feeds(client, english_news):
    draft = add_post(english_news, title="A draft", date="2015-01-01", publish=False)
    draft.live = False
    draft.save()
    private = add_post(english_news, title="Members only", date="2015-01-02")
    private.view_restrictions.create(restriction_type="login")

    titles = [item.findtext("title") for item in rss_of(client, "/en/news/rss/").findall("item")]

    assert "A draft" not in titles
    assert "Members only" not in titles


def test_feeds_are_linked_from_every_page_and_the_footer_in_the_pages_language(client):
    for url, language_prefix in [
        ("/en/", "/en/news/"),
        ("/fr/a-propos/", "/fr/actualites/"),
        ("/de/", "/de/nachrichten/"),
    ]:
        html = BeautifulSoup(client.get(url).content, "html.parser")
        head_links = {link["type"]: link["href"] for link in html.select('head link[rel="alternate"][type]')}
        # The news feeds, beside those of other areas (the events calendar).
        assert head_links["application/rss+xml"] == f"{language_prefix}rss/"
        assert head_links["application/atom+xml"] == f"{language_prefix}atom/"
        footer_links = {a["type"]: a for a in html.select("footer a[type]")}
        assert footer_links["application/rss+xml"]["href"] == f"{language_prefix}rss/"
    # The footer names the feed in words, in the page's language.
    assert footer_links["application/rss+xml"].get_text(strip=True) == "Nachrichten (RSS-Feed)"


def test_feeds_may_be_cached_for_a_few_minutes(client):
    response = client.get("/en/news/rss/")

    assert "max-age=600" in response["Cache-Control"]
    assert "public" in response["Cache-Control"]
