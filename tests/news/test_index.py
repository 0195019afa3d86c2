"""The news index: newest first, paginated, filtered by year and topic, never an error."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from news.models import NewsPage
from tests.news.conftest import add_post

pytestmark = pytest.mark.django_db


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def teaser_titles(html):
    return [title.get_text(strip=True) for title in html.select(".news-teaser__title")]


def teaser_dates(html):
    return [time["datetime"] for time in html.select(".news-teaser__meta time")]


def test_the_index_lists_its_language_newest_first(client):
    html = soup_of(client.get("/en/news/"))

    dates = teaser_dates(html)
    assert len(dates) == 9
    assert dates == sorted(dates, reverse=True)
    assert dates[0] == "2014-03-27"
    assert dates[-1] == "2013-12-13"
    # Two posts of 26 March: the same order every time (by title).
    assert teaser_titles(html)[1:3] == [
        "The Congress adopts a report on empowering Roma youth",
        "The Congress and the European Roma and Travellers Forum sign a cooperation agreement",
    ]


def test_each_language_lists_its_own_posts_and_the_others_marked_as_english(client):
    french = teaser_titles(soup_of(client.get("/fr/actualites/")))
    german_html = soup_of(client.get("/de/nachrichten/"))

    assert "Kragujevac devient le 122e participant de l'Alliance" in french
    assert not any("Kragujevac becomes" in title for title in french)
    # German has three posts of its own; the other six are listed in English, marked.
    own = [title for title in german_html.select(".news-teaser__title") if title.select_one(".language-note") is None]
    assert [title.get_text(strip=True) for title in own] == [
        "Die Spitze des Europarats unterstützt die Allianz auf der Kongresssitzung",
        "Kragujevac wird 122. Teilnehmer der Allianz",
        "Eine neue Informationsbroschüre über die Allianz, in 12 Sprachen",
    ]
    marked = german_html.select(".news-teaser__title .language-note")
    assert len(marked) == 6
    assert {note.get_text(strip=True) for note in marked} == {"(Englisch)"}
    assert len(teaser_titles(german_html)) == 9


def test_order_follows_the_written_on_date_not_the_publication_order(client, empty_news):
    # Published in this order; the index must sort by the date the editor gave.
    for title, date in [("Middle", "2014-02-01"), ("Newest", "2014-03-01"), ("Oldest", "2014-01-01")]:
        add_post(empty_news, title=title, date=date)

    assert teaser_titles(soup_of(client.get("/en/news/"))) == ["Newest", "Middle", "Oldest"]


def test_drafts_and_private_posts_are_not_listed(client, english_news):
    draft = add_post(english_news, title="Draft post", date="2015-01-01", publish=False)
    draft.live = False
    draft.save()
    private = add_post(english_news, title="Members only", date="2015-01-02")
    private.view_restrictions.create(restriction_type="login")

    titles = teaser_titles(soup_of(client.get("/en/news/")))

    assert "Draft post" not in titles
    assert "Members only" not in titles


@pytest.fixture
def small_pages(english_news):
    english_news.posts_per_page = 4
    english_news.save_revision().publish()
    return english_news


def test_the_index_is_paginated(client, small_pages):
    first = soup_of(client.get("/en/news/"))
    third = soup_of(client.get("/en/news/?page=3"))

    assert len(teaser_titles(first)) == 4
    assert len(teaser_titles(third)) == 1
    assert teaser_dates(third) == ["2013-12-13"]
    pagination = first.select_one("nav.pagination")
    assert pagination["aria-label"]
    assert first.select_one('a[rel="next"]')["href"] == "/en/news/?page=2"
    assert first.select_one('a[rel="prev"]') is None
    current = pagination.select_one('a[aria-current="page"]')
    assert current.get_text(" ", strip=True).endswith("1")
    assert third.select_one('a[rel="prev"]')["href"] == "/en/news/?page=2"
    # The document title says which page this is.
    assert "3" in third.title.get_text()


def test_pages_put_together_hold_every_post_once(client, small_pages):
    dates = []
    for number in (1, 2, 3):
        dates += teaser_dates(soup_of(client.get(f"/en/news/?page={number}")))

    assert len(dates) == 9 == len(set(zip(dates, range(9), strict=True)))
    assert dates == sorted(dates, reverse=True)


def test_filter_by_year(client):
    html = soup_of(client.get("/en/news/?year=2013"))

    assert teaser_dates(html) == ["2013-12-20", "2013-12-13"]
    years = html.select_one('nav[aria-labelledby="news-filter-year"]')
    assert [a.get_text(strip=True) for a in years.select("a")] == ["All years", "2014", "2013"]
    assert years.select_one('a[aria-current="true"]').get_text(strip=True) == "2013"


def test_filter_by_topic_in_french_with_the_shared_slug(client):
    html = soup_of(client.get("/fr/actualites/?topic=european-institutions"))

    assert teaser_titles(html) == [
        "Les dirigeants du Conseil de l'Europe soutiennent l'Alliance lors de la session du Congrès",
        "Le Parlement européen demande d'associer les collectivités locales et régionales aux stratégies pour les Roms",
        "Le Comité des régions de l'UE soutient l'Alliance",
    ]
    topics = html.select_one('nav[aria-labelledby="news-filter-topic"]')
    # Topics are named in French, and only topics that have posts are offered.
    assert topics.select_one('a[aria-current="true"]').get_text(strip=True) == "Institutions européennes"
    assert "Jeunesse rom" in [a.get_text(strip=True) for a in topics.select("a")]


def test_filters_combine_and_links_keep_the_other_filter(client):
    html = soup_of(client.get("/en/news/?year=2014&topic=congress"))

    assert len(teaser_titles(html)) == 5
    assert all(date.startswith("2014") for date in teaser_dates(html))
    year_links = {a.get_text(strip=True): a["href"] for a in html.select('nav[aria-labelledby="news-filter-year"] a')}
    assert year_links["2013"] == "/en/news/?year=2013&topic=congress"
    assert year_links["All years"] == "/en/news/?topic=congress"


def test_filters_that_match_nothing_together_say_so(client):
    html = soup_of(client.get("/en/news/?year=2013&topic=congress"))

    assert teaser_titles(html) == []
    assert "No post matches these filters." in html.get_text()
    assert html.select_one(".news-index__count a")["href"] == "/en/news/"


@pytest.mark.parametrize(
    "query",
    [
        "page=abc",
        "page=0",
        "page=-1",
        "page=1.5",
        "page=99999",
        "page=%F0%9F%98%80",
        "year=1200",
        "year=abcd",
        "year=20145",
        "year=٢٠١٤",  # Arabic-Indic digits: not a year of ours
        "topic=unknown",
        "topic=",
        "year=2014&page=2",  # the 7 posts of 2014 fit on one page
    ],
)
def test_bad_paging_and_filter_values_give_a_not_found_page_in_the_visitors_language(client, query):
    response = client.get(f"/fr/actualites/?{query}")

    if query == "topic=":
        # An empty filter is no filter.
        assert response.status_code == 200
        return
    assert response.status_code == 404
    html = BeautifulSoup(response.content, "html.parser")
    assert html.html["lang"] == "fr"


def test_empty_values_and_page_one_are_the_plain_index(client):
    plain = teaser_titles(soup_of(client.get("/en/news/")))

    assert teaser_titles(soup_of(client.get("/en/news/?page=1&year=&topic="))) == plain


def accessible_name(html, link):
    """The name a screen reader announces for a link labelled by aria-labelledby."""
    return " ".join(html.find(id=part).get_text(" ", strip=True) for part in link["aria-labelledby"].split())


def test_read_more_names_the_post_it_opens(client):
    html = soup_of(client.get("/en/news/"))

    names = {}
    for teaser in html.select(".news-teaser"):
        title = teaser.select_one(".news-teaser__title").get_text(strip=True)
        link = teaser.select_one(".read-more a")
        assert link.get_text(strip=True) == "Read more"  # what is seen
        assert accessible_name(html, link) == f"Read more {title}"  # what is heard
        assert teaser["aria-labelledby"] == teaser.select_one(".news-teaser__title")["id"]
        names[accessible_name(html, link)] = link["href"]
    assert names["Read more Kragujevac becomes the Alliance's 122nd participant"] == (
        "/en/news/kragujevac-becomes-the-122nd-participant/"
    )


def test_teaser_pictures_carry_alt_text_and_credit_in_the_page_language(client):
    html = soup_of(client.get("/fr/actualites/"))

    figures = html.select(".news-teaser__picture")
    assert len(figures) == 3
    for figure in figures:
        assert figure.img["alt"]
        assert {source["type"] for source in figure.select("source")} == {"image/avif", "image/webp"}
        assert figure.select_one(".picture__credit")
    credits = [figure.select_one(".picture__credit").get_text(strip=True) for figure in figures]
    with translation.override("fr"):
        prefix = translation.gettext("Picture: %(credit)s") % {"credit": ""}
    assert credits == [
        f"{prefix}Secrétaire Général Jagland",
        f"{prefix}Délégation de l'UE en République de Serbie",
        f"{prefix}European Union / Tim De Backer",  # a name: the library's credit
    ]


def test_only_the_first_teaser_picture_is_fetched_at_once(client):
    # The first teaser's picture is the index's largest paint: lazy loading would delay it.
    html = soup_of(client.get("/en/news/"))

    first, *others = html.select(".news-list__item")
    assert first.select_one(".news-teaser__picture img")["loading"] == "eager"
    assert first.select_one(".news-teaser__picture img")["fetchpriority"] == "high"
    pictures = [item.select_one(".news-teaser__picture img") for item in others]
    pictures = [picture for picture in pictures if picture is not None]
    assert pictures
    for picture in pictures:
        assert picture["loading"] == "lazy"
        assert not picture.has_attr("fetchpriority")


def test_teasers_link_their_topics_to_the_filtered_index(client):
    html = soup_of(client.get("/fr/actualites/"))

    first = html.select_one(".news-teaser .topics")
    assert [(a.get_text(strip=True), a["href"]) for a in first.select("a")] == [
        ("Congrès", "/fr/actualites/?topic=congress"),
        ("Institutions européennes", "/fr/actualites/?topic=european-institutions"),
    ]


def test_a_new_post_appears_first_once_published(client, english_news):
    add_post(english_news, title="Reggio Calabria becomes the 130th participant", date=datetime.date(2014, 6, 1))

    assert teaser_titles(soup_of(client.get("/en/news/")))[0] == "Reggio Calabria becomes the 130th participant"
    assert NewsPage.objects.live().child_of(english_news).count() == 10
