"""Translating news with wagtail-localize: what is translated, what stays in sync."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from news.models import NewsPage, NewsPageTopic

pytestmark = pytest.mark.django_db


def topic_keys(post):
    return [link.topic.translation_key for link in post.topic_links.all()]


@pytest.fixture
def kragujevac():
    return NewsPage.objects.get(slug="kragujevac-becomes-the-122nd-participant", locale__language_code="en")


def test_translations_keep_the_date_picture_and_topics_of_the_source(kragujevac):
    french = kragujevac.get_translation(Locale.objects.get(language_code="fr"))

    assert french.date == kragujevac.date
    assert french.picture_id == kragujevac.picture_id
    assert topic_keys(french) == topic_keys(kragujevac)
    # The words are the translator's: caption, credit, alt text.
    assert french.picture_caption == "Kragujevac, au centre de la Serbie."
    assert french.picture_credit == "Délégation de l'UE en République de Serbie"
    assert french.credited_picture.alt_text.startswith("Image de démonstration")


def test_changing_the_sources_topics_reaches_the_translations_when_synced(kragujevac, topics):
    kragujevac.topic_links = [
        NewsPageTopic(topic=topics["new-participants"]),
        NewsPageTopic(topic=topics["european-institutions"]),
    ]
    kragujevac.save_revision().publish()

    source = TranslationSource.objects.get_for_instance(kragujevac)
    source.update_from_db()
    french_locale = Locale.objects.get(language_code="fr")
    source.create_or_update_translation(french_locale)

    french = NewsPage.objects.get(pk=kragujevac.get_translation(french_locale).pk)
    assert topic_keys(french) == [
        topics["new-participants"].translation_key,
        topics["european-institutions"].translation_key,
    ]
    assert french.title == "Kragujevac devient le 122e participant de l'Alliance"  # still translated
