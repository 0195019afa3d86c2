"""The demo's news: an index in every language, its posts in English, French
and (some) German, topics in every language, generated pictures with their credits."""

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.documents import get_document_model

from core.models import PublicationPage, SiteImage
from core.models.mixins import exclude_untranslated
from news.models import NewsIndexPage, NewsPage, Topic

pytestmark = pytest.mark.django_db


def test_every_language_has_its_news_index_in_the_menu(news_indexes):
    assert set(news_indexes) == {code for code, _name in settings.LANGUAGES}
    keys = {index.translation_key for index in news_indexes.values()}
    assert len(keys) == 1  # translations of the English index
    assert all(index.show_in_menus for index in news_indexes.values())
    assert news_indexes["fr"].title == "Actualités"


def test_the_posts_are_there_in_english_french_and_some_german():
    # Each language's own posts; the others have aliases of the English posts.
    posts = exclude_untranslated(NewsPage.objects.live())
    counts = {code: posts.filter(locale__language_code=code).count() for code in ("en", "fr", "de")}

    assert counts == {"en": 9, "fr": 9, "de": 3}
    kragujevac = NewsPage.objects.get(slug="kragujevac-becomes-the-122nd-participant", locale__language_code="en")
    assert "122nd" in kragujevac.title
    assert kragujevac.date.isoformat() == "2014-03-24"


def test_demo_pictures_carry_the_credits_of_the_site():
    credits = dict(SiteImage.objects.filter(credit__gt="").values_list("title", "credit"))

    assert credits["Kragujevac joins the Alliance"] == "EU Delegation to the Republic of Serbia"
    assert credits["Committee of the Regions, 104th plenary session"] == "European Union / Tim De Backer"
    assert credits["Congress 26th Session, March 2014"] == "Secretary General Jagland"
    for post in NewsPage.objects.filter(picture__isnull=False):
        assert post.credited_picture.credit
        assert post.credited_picture.alt_text


def test_topics_are_translated_into_every_language():
    for slug in ("congress", "new-participants", "european-institutions"):
        languages = set(Topic.objects.filter(slug=slug).values_list("locale__language_code", flat=True))
        assert languages == {code for code, _name in settings.LANGUAGES}


def test_the_brochure_post_leads_to_the_sites_one_brochure():
    post = NewsPage.objects.get(slug="new-information-brochure-in-12-languages", locale__language_code="en")
    brochure = PublicationPage.objects.get(locale__language_code="en")

    targets = [block.value["page"] for block in post.body if block.block_type == "call_to_action"]
    assert [page.pk for page in targets] == [brochure.pk]
    # The PDFs are the publication's, one per language; the news makes none of its own.
    assert not [block for block in post.body if block.block_type == "document"]
    publication_files = set(PublicationPage.objects.exclude(document=None).values_list("document_id", flat=True))
    assert len(publication_files) == 12
    brochures = set(get_document_model().objects.filter(title__icontains="brochure").values_list("pk", flat=True))
    assert brochures
    assert brochures <= publication_files


def test_kragujevacs_call_to_action_leads_to_the_join_form():
    post = NewsPage.objects.get(slug="kragujevac-becomes-the-122nd-participant", locale__language_code="en")

    targets = [block.value["page"] for block in post.body if block.block_type == "call_to_action"]

    assert [page.specific_class.__name__ for page in targets] == ["FormPage"]
    assert [page.url for page in targets] == ["/en/join/"]


def test_loading_again_adds_nothing():
    before = (NewsPage.objects.count(), NewsIndexPage.objects.count(), Topic.objects.count(), SiteImage.objects.count())

    call_command("load_demo_content")

    after = (NewsPage.objects.count(), NewsIndexPage.objects.count(), Topic.objects.count(), SiteImage.objects.count())
    assert after == before
