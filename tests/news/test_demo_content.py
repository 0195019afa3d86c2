"""The demo's news: an index in every language, the posts of SITE.md in English, French
and (some) German, topics in every language, generated pictures with their credits."""

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.documents import get_document_model

from home.models import SiteImage
from news.models import NewsIndexPage, NewsPage, Topic

pytestmark = pytest.mark.django_db


def test_every_language_has_its_news_index_in_the_menu(news_indexes):
    assert set(news_indexes) == {code for code, _name in settings.LANGUAGES}
    keys = {index.translation_key for index in news_indexes.values()}
    assert len(keys) == 1  # translations of the English index
    assert all(index.show_in_menus for index in news_indexes.values())
    assert news_indexes["fr"].title == "Actualités"


def test_the_posts_are_there_in_english_french_and_some_german():
    counts = {code: NewsPage.objects.live().filter(locale__language_code=code).count() for code in ("en", "fr", "de")}

    assert counts == {"en": 9, "fr": 9, "de": 3}
    kragujevac = NewsPage.objects.get(slug="kragujevac-becomes-the-122nd-participant")
    assert "122nd" in kragujevac.title
    assert kragujevac.date.isoformat() == "2014-03-24"


def test_demo_pictures_carry_the_credits_of_the_site():
    credits = dict(SiteImage.objects.filter(credit__gt="").values_list("title", "credit"))

    assert credits["Kragujevac joins the Alliance"] == "EU Delegation to the Republic of Serbia"
    assert credits["Committee of the Regions, 104th plenary session"] == "European Union / Tim De Backer"
    assert credits["Congress 26th Session, March 2014"] == "Secretary General Jagland"
    for post in NewsPage.objects.filter(listing_picture__isnull=False):
        assert post.picture.credit
        assert post.picture.alt_text


def test_topics_are_translated_into_every_language():
    for slug in ("congress", "new-participants", "european-institutions"):
        languages = set(Topic.objects.filter(slug=slug).values_list("locale__language_code", flat=True))
        assert languages == {code for code, _name in settings.LANGUAGES}


def test_the_brochures_are_generated_pdfs():
    for document in get_document_model().objects.filter(title__contains="brochure"):
        with document.file.open("rb") as pdf:
            assert pdf.read(5) == b"%PDF-"


def test_loading_again_adds_nothing():
    before = (NewsPage.objects.count(), NewsIndexPage.objects.count(), Topic.objects.count(), SiteImage.objects.count())

    call_command("load_demo_content")

    after = (NewsPage.objects.count(), NewsIndexPage.objects.count(), Topic.objects.count(), SiteImage.objects.count())
    assert after == before
