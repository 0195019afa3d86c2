"""What editors get in the admin: a news listing filtered by date and topic, search,
the topics snippet, and form errors instead of failures."""

import pytest
from bs4 import BeautifulSoup
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from news.models import NewsPage, Topic
from tests.news.conftest import add_post

pytestmark = pytest.mark.django_db


def listed_text(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one("table.listing").get_text(" ", strip=True)


def test_the_news_listing_shows_every_post_with_its_date_and_language(admin_client):
    text = listed_text(admin_client.get("/admin/news_posts/"))

    assert "Kragujevac becomes the Alliance's 122nd participant" in text
    assert "Kragujevac devient le 122e participant de l'Alliance" in text
    assert "Written on" in text
    assert "24 March 2014" in text
    assert "French" in text


@pytest.mark.parametrize("query", ["", "?q=Kragujevac"])
def test_the_news_listing_leaves_out_the_copies_of_posts_not_translated_yet(admin_client, query):
    english = NewsPage.objects.get(slug="kragujevac-becomes-the-122nd-participant", locale__language_code="en")
    assert NewsPage.objects.filter(alias_of=english).count() >= 9  # one per language without a translation

    text = listed_text(admin_client.get(f"/admin/news_posts/{query}"))

    assert text.count("Kragujevac becomes the Alliance's 122nd participant") == 1
    assert text.count("Kragujevac devient le 122e participant de l'Alliance") == 1


def test_the_news_listing_filters_by_date(admin_client):
    text = listed_text(admin_client.get("/admin/news_posts/?date_from=2013-12-01&date_to=2013-12-31"))

    assert "The EU Committee of the Regions backs the Alliance" in text
    assert "Kragujevac becomes the Alliance's 122nd participant" not in text


def test_the_news_listing_filters_by_topic_in_every_language(admin_client, topics):
    text = listed_text(admin_client.get(f"/admin/news_posts/?topic={topics['new-participants'].pk}"))

    assert "Kragujevac becomes the Alliance's 122nd participant" in text
    assert "Kragujevac devient le 122e participant de l'Alliance" in text
    assert "Kragujevac wird 122. Teilnehmer der Allianz" in text
    assert "The EU Committee of the Regions backs the Alliance" not in text


def test_editors_find_posts_by_words_of_their_teaser(admin_client, english_news):
    add_post(english_news, title="Andalusia joins", date="2014-06-01", teaser="The region of Andalusia, 129th.")

    text = listed_text(admin_client.get("/admin/news_posts/?q=Andalusia"))

    assert "Andalusia joins" in text
    assert "Kragujevac" not in text


def test_exploring_the_news_index_shows_dates_and_the_filters(admin_client, english_news, topics):
    response = admin_client.get(f"/admin/pages/{english_news.pk}/?topic={topics['publications'].pk}")

    text = listed_text(response)
    assert "A new information brochure on the Alliance, in 12 languages" in text
    assert "Kragujevac" not in text
    assert "13 January 2014" in text


def test_topics_are_managed_as_snippets(admin_client):
    text = listed_text(admin_client.get("/admin/snippets/news/topic/?locale=fr"))

    assert "ROMACT et ROMED2" in text
    assert "romact-romed2" in text


def test_choosing_the_same_topic_twice_is_a_form_error_not_a_failure(admin_client, english_news, topics):
    congress = topics["congress"].pk
    data = nested_form_data(
        {
            "title": "Twice",
            "slug": "twice",
            "date": "2014-05-02",
            "teaser": "A teaser.",
            "picture": "",
            "picture_alt_text": "",
            "picture_caption": "",
            "picture_credit": "",
            "body": streamfield([]),
            "topic_links": inline_formset([{"topic": congress}, {"topic": congress}]),
            "participant_links": inline_formset([]),
            "event_links": inline_formset([]),
        }
    )

    response = admin_client.post(f"/admin/pages/add/news/newspage/{english_news.pk}/", data)

    assert response.status_code == 200  # the form again, with its error
    assert not NewsPage.objects.filter(slug="twice").exists()
    html = BeautifulSoup(response.content, "html.parser")
    assert html.select(".error-message, .help-critical, .w-field__errors")


def test_topic_snippet_slug_is_filled_from_the_name(admin_client):
    response = admin_client.post("/admin/snippets/news/topic/add/", {"name": "Housing", "slug": "", "locale": "1"})

    assert response.status_code == 302
    assert Topic.objects.get(name="Housing").slug == "housing"


def test_the_post_editor_opens_with_the_picture_and_credit_fields(admin_client, english_news):
    post = NewsPage.objects.get(slug="kragujevac-becomes-the-122nd-participant", locale__language_code="en")

    add_form = admin_client.get(f"/admin/pages/add/news/newspage/{english_news.pk}/")
    edit_form = admin_client.get(f"/admin/pages/{post.pk}/edit/")

    assert add_form.status_code == edit_form.status_code == 200
    html = BeautifulSoup(edit_form.content, "html.parser")
    for name in ("date", "teaser", "picture", "picture_credit", "picture_alt_text"):
        assert html.find(attrs={"name": name}) is not None, name
