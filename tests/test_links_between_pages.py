"""Links between news posts, events and participants, in every language (core.related).

A post names the participants and events it is about, an event the participants taking
part; the linked pages list them in return. Links are chosen once on the source page,
stay the same in every translation, and each language shows the linked pages in its
own language.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape
from wagtail.models import Locale, PageViewRestriction
from wagtail_localize.models import TranslationSource

from core.related import linked_pages
from demo.builder import DemoBuilder
from events.models import EventPage, EventPageParticipant
from news.models import NewsIndexPage, NewsPage, NewsPageEvent, NewsPageParticipant
from participants.models import ParticipantPage
from tests.news.conftest import add_post, small_picture

pytestmark = pytest.mark.django_db

KRAGUJEVAC_POST = "kragujevac-becomes-the-122nd-participant"
MILAN_CONFERENCE = "romact-romed2-launch-conference"
WARMISHAM_POST = "john-warmisham-at-the-romact-and-romed2-launch"
PARIS_CEREMONY = "paris-joins-the-alliance"


def in_language(page, language_code):
    return page.get_translation(Locale.objects.get(language_code=language_code)).specific


def html_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def kragujevac():
    return ParticipantPage.objects.get(slug="kragujevac", locale__language_code="en")


@pytest.fixture
def kragujevac_post():
    return NewsPage.objects.get(slug=KRAGUJEVAC_POST, locale__language_code="en")


# --- The demo: Kragujevac's post and page link each other ------------------------------


def test_the_kragujevac_post_links_its_participant_page(client, kragujevac, kragujevac_post):
    html = html_of(client, kragujevac_post)

    assert '<h2 id="news-post-participants">Participants</h2>' in html
    assert f'<a href="{kragujevac.url}">Kragujevac</a>' in html


def test_the_kragujevac_participant_page_lists_the_post(client, kragujevac, kragujevac_post):
    html = html_of(client, kragujevac)

    assert '<h2 id="participant-related-heading">News and events</h2>' in html
    assert f'<h3 class="teaser__title" id="latest-{kragujevac_post.pk}">{escape(kragujevac_post.title)}</h3>' in html
    assert f'<a href="{kragujevac_post.url}" id="latest-more-{kragujevac_post.pk}"' in html


def test_in_french_the_post_and_the_participant_link_their_french_pages(client, kragujevac, kragujevac_post):
    french_post = in_language(kragujevac_post, "fr")
    french_kragujevac = in_language(kragujevac, "fr")
    assert french_post.url.startswith("/fr/")
    assert french_kragujevac.url.startswith("/fr/")

    post_html = html_of(client, french_post)
    participant_html = html_of(client, french_kragujevac)

    assert f'<a href="{french_kragujevac.url}">{french_kragujevac.title}</a>' in post_html
    assert "Actualités et événements" in participant_html
    assert f'<a href="{french_post.url}" id="latest-more-{french_post.pk}"' in participant_html
    assert kragujevac_post.url not in participant_html  # never the English post


def test_a_linked_page_not_translated_yet_is_marked_with_the_language_of_its_text(client, kragujevac, kragujevac_post):
    german_post = in_language(kragujevac_post, "de")
    german_kragujevac = in_language(kragujevac, "de")
    assert german_post.alias_of_id is None  # the demo translates the post into German
    assert german_kragujevac.alias_of_id == kragujevac.pk  # …not the participant: an alias

    html = html_of(client, german_post)

    assert (
        f'<a href="{german_kragujevac.url}" lang="en" hreflang="en">Kragujevac</a>'
        ' <span class="linked-pages__language">(Englisch)</span>'
    ) in html


def test_the_participant_page_marks_a_post_shown_in_its_source_language(client, kragujevac_post):
    # Paris's Spanish page lists the English post about it through the post's Spanish alias.
    paris = ParticipantPage.objects.get(slug="paris", locale__language_code="en")
    post = add_post(kragujevac_post.get_parent(), title="Paris hosts the Taskforce", date="2014-04-02")
    post.participant_links = [NewsPageParticipant(participant=paris)]
    post.save_revision().publish()
    # What wagtail-localize's tree synchronisation does when an editor creates a page.
    spanish_alias = post.copy_for_translation(Locale.objects.get(language_code="es"), copy_parents=True, alias=True)

    html = html_of(client, in_language(paris, "es"))

    assert f'<a href="{spanish_alias.url}" hreflang="en" id="latest-more-{spanish_alias.pk}"' in html
    assert '<span lang="en">Paris hosts the Taskforce</span> <span class="language-note">(inglés)</span>' in html


# --- Events ----------------------------------------------------------------------------


def test_an_event_and_its_participant_link_each_other(client):
    ceremony = EventPage.objects.get(slug=PARIS_CEREMONY, locale__language_code="en")
    paris = ParticipantPage.objects.get(slug="paris", locale__language_code="en")

    event_html = html_of(client, ceremony)
    participant_html = html_of(client, paris)

    assert '<h2 id="event-participants">Participants</h2>' in event_html
    assert f'<a href="{paris.url}">Paris</a>' in event_html
    assert f'<a href="{ceremony.url}" id="latest-more-{ceremony.pk}"' in participant_html
    assert '<span class="teaser__kind">Event</span>' in participant_html


def test_an_event_lists_the_news_about_it(client):
    conference = EventPage.objects.get(slug=MILAN_CONFERENCE, locale__language_code="en")
    post = NewsPage.objects.get(slug=WARMISHAM_POST, locale__language_code="en")

    event_html = html_of(client, conference)
    post_html = html_of(client, post)

    assert '<h2 id="event-news-heading">News</h2>' in event_html
    assert f'<a href="{post.url}" id="latest-more-{post.pk}"' in event_html
    assert f'<a href="{conference.url}">{conference.title}</a>' in post_html

    french_html = html_of(client, in_language(conference, "fr"))
    french_post = in_language(post, "fr")
    assert '<h2 id="event-news-heading">Actualités</h2>' in french_html
    assert f'<a href="{french_post.url}" id="latest-more-{french_post.pk}"' in french_html


# --- Links follow the source, and leave out what is not published -------------------


def test_translations_keep_the_links_of_their_source_in_sync(kragujevac, kragujevac_post):
    paris = ParticipantPage.objects.get(slug="paris", locale__language_code="en")
    kragujevac_post.participant_links.add(NewsPageParticipant(participant=paris))
    kragujevac_post.save_revision().publish()

    source = TranslationSource.objects.get_for_instance(kragujevac_post)
    source.update_from_db()
    french = Locale.objects.get(language_code="fr")
    source.create_or_update_translation(french, publish=True)

    french_post = in_language(kragujevac_post, "fr")
    french_links, _events = french_post.get_linked_pages()
    assert [link.participant_id for link in french_post.participant_links.all()] == [kragujevac.pk, paris.pk]
    assert [link.page.pk for link in french_links] == [in_language(kragujevac, "fr").pk, in_language(paris, "fr").pk]


def test_a_new_translation_links_the_same_pages_in_its_language(kragujevac, kragujevac_post):
    index = kragujevac_post.get_parent()
    post = add_post(index, title="A study visit to Kragujevac", date="2014-05-05", slug="study-visit-kragujevac")
    post.participant_links = [NewsPageParticipant(participant=kragujevac)]
    post.save_revision().publish()

    builder = DemoBuilder()
    builder.ensure_locales()
    french_post = builder.translate(post, "fr", {"A study visit to Kragujevac": "Visite d'étude à Kragujevac"})
    participants, events = french_post.get_linked_pages()

    assert [link.page.pk for link in participants] == [in_language(kragujevac, "fr").pk]
    assert not participants[0].is_fallback
    assert events == []


def test_a_participant_that_is_not_live_is_left_out(client, kragujevac, kragujevac_post):
    for page in ParticipantPage.objects.filter(translation_key=kragujevac.translation_key):
        page.unpublish()

    html = html_of(client, kragujevac_post)

    assert 'id="news-post-participants"' not in html


def test_deleting_a_participant_deletes_the_links_to_it(kragujevac, kragujevac_post):
    assert NewsPageParticipant.objects.filter(participant=kragujevac).exists()

    kragujevac.delete()

    assert not NewsPageParticipant.objects.filter(participant=kragujevac.pk).exists()
    participants, _events = NewsPage.objects.get(pk=kragujevac_post.pk).get_linked_pages()
    assert participants == []


def test_linked_pages_keeps_the_chosen_order_and_falls_back_to_the_page_itself(kragujevac):
    paris = ParticipantPage.objects.get(slug="paris", locale__language_code="en")
    italian = Locale.objects.get(language_code="it")
    # An Italian page that links a participant with no Italian page at all.
    ParticipantPage.objects.filter(translation_key=paris.translation_key, locale=italian).delete()

    with CaptureQueriesContext(connection) as queries:
        (links,) = linked_pages(italian.pk, [paris.pk, kragujevac.pk, paris.pk])

    assert len(queries) == 1
    assert [link.page.pk for link in links] == [paris.pk, in_language(kragujevac, "it").pk]
    assert [(link.text_language, link.is_fallback) for link in links] == [("en", True), ("en", True)]


# --- A fixed number of queries, whatever the number of links ------------------------


def count_queries(client, url):
    client.get(url)  # warm the per-process caches (site root paths, renditions)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def add_linked_posts(index, participant, how_many, start=0):
    for number in range(start, start + how_many):
        post = add_post(
            index,
            title=f"Post {number:03d}",
            date=datetime.date(2015, 1, 1) + datetime.timedelta(days=number),
            publish=False,
            picture=small_picture(title=f"Picture {number}"),
            picture_credit="Test",
        )
        NewsPageParticipant.objects.create(page=post, participant=participant)


def test_a_participant_page_costs_the_same_with_1_and_with_20_posts_about_it(client, kragujevac):
    index = NewsIndexPage.objects.get(locale__language_code="en")
    add_linked_posts(index, kragujevac, 1)
    with_one = count_queries(client, kragujevac.url)

    add_linked_posts(index, kragujevac, 19, start=1)
    with_twenty = count_queries(client, kragujevac.url)

    assert with_one == with_twenty
    assert client.get(kragujevac.url).content.decode().count('class="latest-list__item"') == 21  # and the demo's


def test_a_post_costs_the_same_with_1_and_with_12_participants_and_events(client, kragujevac_post):
    english = Locale.objects.get(language_code="en")
    participants = list(ParticipantPage.objects.filter(locale=english).order_by("accession_number")[:12])
    events = list(EventPage.objects.filter(locale=english)[:5])
    kragujevac_post.participant_links = [NewsPageParticipant(participant=participants[0])]
    kragujevac_post.save_revision().publish()
    with_one = count_queries(client, kragujevac_post.url)

    kragujevac_post.participant_links = [NewsPageParticipant(participant=page) for page in participants]
    kragujevac_post.event_links = [NewsPageEvent(event=event) for event in events]
    kragujevac_post.save_revision().publish()
    with_many = count_queries(client, kragujevac_post.url)

    assert with_one == with_many
    html = client.get(kragujevac_post.url).content.decode()
    assert all(f'<a href="{page.url}">' in html for page in [*participants, *events])


def test_an_event_page_costs_the_same_with_1_and_with_10_participants(client):
    ceremony = EventPage.objects.get(slug=PARIS_CEREMONY, locale__language_code="en")
    participants = list(ParticipantPage.objects.filter(locale__language_code="en").order_by("accession_number")[:10])
    with_one = count_queries(client, ceremony.url)

    EventPageParticipant.objects.bulk_create(
        EventPageParticipant(page=ceremony, participant=page, sort_order=number)
        for number, page in enumerate(participants, start=1)
        if page.slug != "paris"
    )
    with_ten = count_queries(client, ceremony.url)

    assert with_one == with_ten


def test_a_private_post_is_not_listed_on_the_participant_page(client, kragujevac, kragujevac_post):
    PageViewRestriction.objects.create(page=kragujevac_post, restriction_type=PageViewRestriction.LOGIN)

    html = html_of(client, kragujevac)

    assert kragujevac_post.url not in html
    assert 'id="participant-related-heading"' not in html  # no other post nor event is about it
