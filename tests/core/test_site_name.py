"""The site's name comes from the site's texts, per language, not from the code."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.utils import translation
from icalendar import Calendar

from alliance.site_texts import SITE_NAME_MSGID
from applications.models import FormPage
from core.models import FooterText
from core.site_name import site_name
from events.models import EventIndexPage
from news.models import NewsIndexPage
from tests.applications.conftest import join_answers

SECOND_SITE = "Alliance des villes (deuxième site)"


def rename(language_code, name):
    text = FooterText.objects.get(locale__language_code=language_code)
    text.site_name = name
    text.save_revision().publish()


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "fr", "rom"])
def test_the_demo_names_the_site_in_each_language_from_the_catalog(language):
    text = FooterText.objects.get(locale__language_code=language)
    with translation.override(language):
        assert text.site_name == translation.gettext(SITE_NAME_MSGID)
    assert text.site_name


@pytest.mark.django_db
def test_header_and_title_show_the_name_from_the_site_texts(client):
    rename("fr", SECOND_SITE)

    html = BeautifulSoup(client.get("/fr/").content, "html.parser")

    assert html.select_one(".site-header__name").get_text(strip=True) == SECOND_SITE
    assert html.title.get_text().endswith(SECOND_SITE)
    english = BeautifulSoup(client.get("/en/").content, "html.parser")
    assert english.select_one(".site-header__name").get_text(strip=True) != SECOND_SITE


@pytest.mark.django_db
def test_feeds_and_calendars_carry_the_name_from_the_site_texts(client):
    rename("fr", SECOND_SITE)
    news = NewsIndexPage.objects.live().get(locale__language_code="fr")
    events = EventIndexPage.objects.live().get(locale__language_code="fr")

    feed = client.get(news.url + news.reverse_subpage("rss")).content.decode()
    assert f"– {SECOND_SITE}</title>" in feed
    calendar = Calendar.from_ical(client.get(events.url + events.reverse_subpage("feed")).content)
    assert SECOND_SITE in str(calendar["prodid"])


@pytest.mark.django_db
def test_the_confirmation_email_signs_with_the_name_from_the_site_texts(client):
    rename("fr", SECOND_SITE)
    join = FormPage.objects.live().get(locale__language_code="fr", slug="adherer")

    client.post(join.url, join_answers(join), REMOTE_ADDR="192.0.2.45")

    confirmation = next(message for message in mail.outbox if message.to == ["mayor@kragujevac.example.org"])
    assert SECOND_SITE in confirmation.body


@pytest.mark.django_db
def test_a_language_without_a_name_of_its_own_reads_the_catalog(django_assert_max_num_queries):
    FooterText.objects.filter(locale__language_code="de").update(site_name="")

    with translation.override("de"):
        expected = translation.gettext(SITE_NAME_MSGID)
    assert site_name("de") == expected
    # One lookup, then the cache, until a text is saved.
    with django_assert_max_num_queries(0):
        assert site_name("de") == expected
    rename("de", "Allianz (zweite Website)")
    assert site_name("de") == "Allianz (zweite Website)"
