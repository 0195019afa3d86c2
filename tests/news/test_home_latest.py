"""The home page's "latest" list: the newest news of the page's language, in date order,
each labelled with its kind in words, with teaser, credited picture and "Read more"."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from core.models import HomePage
from core.models.mixins import LatestItemMixin, dated_page_models
from news.models import NewsPage
from tests.news.conftest import add_post

pytestmark = pytest.mark.django_db


def latest_items(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select(".home__latest .latest-list__item")


def test_news_posts_take_part_in_the_latest_list():
    assert issubclass(NewsPage, LatestItemMixin)
    assert NewsPage in dated_page_models()


def news_items(items, language="en"):
    with translation.override(language):
        kind = translation.pgettext("kind of item in a list", "News")
    return [item for item in items if item.select_one(".teaser__kind").get_text(strip=True) == kind]


def test_the_latest_list_is_in_true_date_order(client):
    items = latest_items(client, "/en/")

    dates = [item.time["datetime"] for item in items]
    assert dates == sorted(dates, reverse=True)
    # News and events share the list; the news in it are the newest posts, newest first.
    news = news_items(items)
    assert news
    newest_posts = sorted(
        NewsPage.objects.live().filter(locale__language_code="en"),
        key=lambda post: (-post.latest_date().toordinal(), post.title),  # same day: by title
    )
    assert [item.h3.get_text(strip=True) for item in news] == [post.title for post in newest_posts[: len(news)]]
    assert news[0].h3.get_text(strip=True) == "Council of Europe leaders back the Alliance at the Congress session"


def test_each_item_says_its_kind_in_words_in_the_page_language(client):
    for language in ("en", "fr", "de"):
        items = latest_items(client, f"/{language}/")
        news = news_items(items, language)
        assert news, language
        for item in news:
            assert item.select_one(".teaser__kind").get_text(strip=True)
    with translation.override("de"):
        assert translation.pgettext("kind of item in a list", "News") == "Nachricht"


def test_items_have_teaser_picture_with_credit_and_read_more(client):
    html = BeautifulSoup(client.get("/fr/").content, "html.parser")
    items = html.select(".latest-list__item")
    kragujevac = next(item for item in items if "Kragujevac" in item.h3.get_text())

    assert kragujevac.time.get_text(strip=True) == "24 mars 2014"
    assert "La ville serbe de Kragujevac" in kragujevac.select_one(".teaser__teaser").get_text()
    figure = kragujevac.select_one("figure.teaser__picture")
    assert figure.img["alt"].startswith("Image de démonstration")
    assert "Délégation de l'UE en République de Serbie" in figure.select_one(".picture__credit").get_text()
    link = kragujevac.select_one(".read-more a")
    assert link["href"] == "/fr/actualites/kragujevac-devient-le-122e-participant/"
    assert link.get_text(strip=True) == "Lire la suite"
    # The name a screen reader announces says which post the link opens.
    name = " ".join(html.find(id=part).get_text(strip=True) for part in link["aria-labelledby"].split())
    assert name == "Lire la suite Kragujevac devient le 122e participant de l'Alliance"


def test_a_language_without_news_of_its_own_lists_the_english_posts_marked(client):
    items = latest_items(client, "/it/")

    news = news_items(items, "it")
    assert news
    assert {item.select_one(".language-note").get_text(strip=True) for item in news} == {"(inglese)"}
    assert all(item.select_one(".read-more a")["href"].startswith("/it/") for item in news)


def test_a_language_with_nothing_published_says_so(client):
    for model in dated_page_models():
        for page in model.objects.live().filter(locale__language_code="it"):
            page.unpublish()
    text = BeautifulSoup(client.get("/it/").content, "html.parser").select_one(".home__latest").get_text()

    with translation.override("it"):
        assert translation.gettext("Nothing has been published yet.") in text


def test_the_list_stops_at_the_home_pages_number_and_keeps_the_newest(client, english_news):
    home = HomePage.objects.get(locale__language_code="en")
    home.latest_count = 3
    home.save_revision().publish()
    # Dated after every demo item (events included), so it must come first.
    newest = datetime.date.today() + datetime.timedelta(days=3 * 365)
    add_post(english_news, title="Tivat becomes the 127th participant", date=newest)

    items = latest_items(client, "/en/")

    dates = [item.time["datetime"] for item in items]
    assert len(dates) == 3
    assert dates[0] == newest.isoformat()
    assert dates == sorted(dates, reverse=True)


def test_drafts_do_not_reach_the_home_page(client, english_news):
    draft = add_post(english_news, title="Not yet", date=datetime.date(2015, 1, 1), publish=False)
    draft.live = False
    draft.save()

    assert "Not yet" not in [item.h3.get_text(strip=True) for item in latest_items(client, "/en/")]
