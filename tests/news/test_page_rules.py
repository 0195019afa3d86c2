"""Creation rules: where news pages go, what a post needs, what editors cannot do."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StreamBlockValidationError
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from core.blocks import BodyBlock
from core.models import HomePage, SiteImage, StandardPage
from events.models import EventPage
from news.models import NewsIndexPage, NewsPage, Topic
from participants.models import ParticipantPage
from tests.news.conftest import add_post, small_picture


class NewsTreeRulesTests(WagtailPageTestCase):
    def test_the_news_index_sits_below_a_home_page_only(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertCanNotCreateAt(StandardPage, NewsIndexPage)
        self.assertCanNotCreateAt(Page, NewsIndexPage)

    def test_posts_sit_below_a_news_index_only_and_hold_nothing(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedSubpageTypes(NewsPage, set())
        self.assertCanNotCreateAt(HomePage, NewsPage)

    def test_one_news_index_per_language(self):
        english_home = HomePage.objects.get(locale__language_code="en")
        italian_home = HomePage.objects.get(locale__language_code="it")
        self.assertFalse(NewsIndexPage.can_create_at(english_home))

        NewsIndexPage.objects.get(locale__language_code="it").delete()
        italian_home.refresh_from_db()
        self.assertTrue(NewsIndexPage.can_create_at(italian_home))

    def test_a_post_can_be_created_in_the_admin_with_topics_links_and_a_credited_picture(self):
        self.login()
        index = NewsIndexPage.objects.get(locale__language_code="en")
        picture = small_picture(credit="Council of Europe")
        topic = Topic.objects.get(slug="congress", locale__language_code="en")
        participant = ParticipantPage.objects.get(slug="kragujevac", locale__language_code="en")
        event = EventPage.objects.get(slug="paris-joins-the-alliance", locale__language_code="en")

        self.assertCanCreate(
            index,
            NewsPage,
            nested_form_data(
                {
                    "title": "Tivat becomes the 127th participant",
                    "slug": "tivat-127th-participant",
                    "date": "2014-05-02",
                    "teaser": "The Montenegrin town of Tivat has joined the Alliance.",
                    "picture": picture.pk,
                    "picture_alt_text": "The bay of Tivat",
                    "picture_caption": "",
                    "picture_credit": "",
                    "body": streamfield([("paragraph", rich_text("<p>Tivat joins.</p>"))]),
                    "topic_links": inline_formset([{"topic": topic.pk}]),
                    "participant_links": inline_formset([{"participant": participant.pk}]),
                    "event_links": inline_formset([{"event": event.pk}]),
                }
            ),
        )
        post = NewsPage.objects.get(slug="tivat-127th-participant", locale__language_code="en")
        self.assertEqual(post.date, datetime.date(2014, 5, 2))
        self.assertEqual(post.credited_picture.credit, "Council of Europe")
        self.assertEqual([link.topic for link in post.topic_links.all()], [topic])
        self.assertEqual([link.participant for link in post.participant_links.all()], [participant])
        self.assertEqual([link.event for link in post.event_links.all()], [event])


@pytest.fixture
def uncredited_picture(db):
    return small_picture(credit="")


@pytest.mark.django_db
def test_a_picture_without_credit_cannot_be_saved_on_a_post(english_news, uncredited_picture):
    post = NewsPage(title="A post", slug="a-post", teaser="Teaser.", picture=uncredited_picture)

    with pytest.raises(ValidationError) as error:
        english_news.add_child(instance=post)

    assert "picture_credit" in error.value.message_dict


@pytest.mark.django_db
def test_a_credit_written_on_the_post_is_enough_and_wins(english_news, uncredited_picture):
    post = add_post(
        english_news,
        title="A post",
        date="2014-04-01",
        picture=uncredited_picture,
        picture_credit="Delegation of the European Union",
    )

    assert post.credited_picture.credit == "Delegation of the European Union"
    assert post.credited_picture.alt_text == uncredited_picture.description  # the library's words


@pytest.mark.django_db
def test_the_admin_refuses_a_picture_without_credit_and_says_why(admin_client, english_news, uncredited_picture):
    data = nested_form_data(
        {
            "title": "Uncredited",
            "slug": "uncredited",
            "date": "2014-05-02",
            "teaser": "A teaser.",
            "picture": uncredited_picture.pk,
            "picture_alt_text": "",
            "picture_caption": "",
            "picture_credit": "",
            "body": streamfield([]),
            "topic_links": inline_formset([]),
            "participant_links": inline_formset([]),
            "event_links": inline_formset([]),
        }
    )
    response = admin_client.post(f"/admin/pages/add/news/newspage/{english_news.pk}/", data)

    assert response.status_code == 200  # the form again, with its errors
    assert not NewsPage.objects.filter(slug="uncredited").exists()
    assert "has no credit in the library" in response.content.decode()


@pytest.mark.django_db
def test_a_picture_in_the_body_needs_a_credit_too(uncredited_picture):
    body = BodyBlock()
    picture = SiteImage.objects.get(pk=uncredited_picture.pk)
    picture.contextual_alt_text = "A square of colour"
    picture.decorative = False
    value = body.normalize([("picture", {"picture": picture, "caption": "", "credit": ""})])

    with pytest.raises(StreamBlockValidationError) as error:
        body.clean(value)
    assert "credit" in str(error.value.as_json_data())

    credited = body.normalize([("picture", {"picture": picture, "caption": "", "credit": "European Union"})])
    assert body.clean(credited)[0].value["credit"] == "European Union"


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["rss", "atom"])
def test_feed_addresses_cannot_be_taken_by_a_post(english_news, slug):
    with pytest.raises(ValidationError) as error:
        add_post(english_news, title="Feeds", date="2014-01-01", slug=slug)

    assert "slug" in error.value.message_dict


@pytest.mark.django_db
@pytest.mark.parametrize("posts_per_page", [0, 101])
def test_posts_per_page_stays_sensible(english_news, posts_per_page):
    english_news.posts_per_page = posts_per_page

    with pytest.raises(ValidationError) as error:
        english_news.full_clean()
    assert "posts_per_page" in error.value.message_dict


@pytest.mark.django_db
def test_a_post_is_dated_today_unless_told_otherwise(english_news):
    post = NewsPage(title="Today", slug="today", teaser="Teaser.")

    assert post.date == datetime.date.today()


@pytest.mark.django_db
def test_a_topic_gets_its_slug_from_its_name_and_keeps_it_unique(locales):
    topic = Topic(name="Roma women", locale=locales["en"])
    topic.full_clean()
    topic.save()
    assert topic.slug == "roma-women"

    clash = Topic(name="Roma women's rights", slug="roma-women", locale=locales["fr"])
    with pytest.raises(ValidationError) as error:
        clash.full_clean()
    assert "slug" in error.value.message_dict


@pytest.mark.django_db
def test_topic_translations_keep_the_source_slug():
    french = Topic.objects.get(slug="congress", locale__language_code="fr")
    english = Topic.objects.get(slug="congress", locale__language_code="en")

    assert french.translation_key == english.translation_key
    assert french.name == "Congrès"
    french.full_clean()  # a translation sharing its source's slug is no clash
