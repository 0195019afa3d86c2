"""`manage.py generate_content --scale N`: N times the demo's news, events and participants,
in every language as the demo has them (translations where it translates, aliases
elsewhere), numbered in the register in the order they join.

The command runs once for the module (it takes a while: hundreds of pages); every test
then reads the result in its own rolled-back transaction, and the module's transaction
is rolled back at the end, so the demo database is left as it was.
"""

import datetime
import io
from collections import Counter

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from wagtail.actions.create_alias import CreatePageAliasAction
from wagtail.models import Locale, Page, PageLogEntry, ReferenceIndex
from wagtail_localize.models import Translation, TranslationSource

from core.i18n.countries import MEMBER_STATES
from demo.aliases import alias_everywhere, alias_fields, following_path
from demo.management.commands.generate_content import side_by_side_refusal
from demo.scale import KINDS, PARALLEL_GROUPS, joining_dates, nearby
from events.models import EventPage
from news.models import NewsPage
from participants.models import AccessionRegisterEntry, ParticipantPage

MODELS = (ParticipantPage, EventPage, NewsPage)


def counts_by_language():
    """{(model, language, "own" or "alias"): number of pages}."""
    counts = Counter()
    for model in MODELS:
        for language, alias_of in model.objects.values_list("locale__language_code", "alias_of"):
            counts[(model.__name__, language, "alias" if alias_of else "own")] += 1
    return counts


@pytest.fixture(scope="module")
def doubled(django_db_setup, django_db_blocker):
    """The demo before and after `generate_content --scale 2`, rolled back at the end.

    Made group by group, as the processes of `--jobs 2` make it (one after the other
    here, in the test's transaction): what they make together is what is tested."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            before = counts_by_language()
            output = io.StringIO()
            for group in PARALLEL_GROUPS:
                call_command("generate_content", "--scale", "2", "--kinds", ",".join(group), stdout=output)
            yield {"before": before, "after": counts_by_language(), "output": output.getvalue()}
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture
def generated(doubled, db):
    return doubled


def english(model, slug):
    return model.objects.get(locale__language_code=settings.LANGUAGE_CODE, slug=slug)


def test_every_language_holds_twice_the_demo_translated_and_aliased_alike(generated):
    before, after = generated["before"], generated["after"]
    assert before, "the demo has news, events and participants"
    assert after == Counter({key: 2 * count for key, count in before.items()})
    # Translations and aliases both: French participants are translations, German ones aliases.
    assert before[("ParticipantPage", "fr", "own")]
    assert before[("ParticipantPage", "de", "alias")]
    assert "Added 30 participants, with" in generated["output"]
    assert "Added 7 events, 9 news posts, with" in generated["output"]


def test_a_copy_is_a_wagtail_localize_translation_where_the_demo_translates(generated):
    copy = english(ParticipantPage, "kragujevac-2")
    french = copy.get_translation(Locale.objects.get(language_code="fr"))
    serbian = copy.get_translation(Locale.objects.get(language_code="sr"))
    assert (french.alias_of_id, french.title, french.live) == (None, "Kragujevac (2)", True)
    assert (serbian.alias_of_id, serbian.title, serbian.slug) == (None, "Крагујевац (2)", "kragujevats-2")
    source = TranslationSource.objects.get(object_id=copy.translation_key, locale=copy.locale)
    assert set(
        Translation.objects.filter(source=source, enabled=True).values_list("target_locale__language_code", flat=True)
    ) == {"fr", "sr"}

    post = english(NewsPage, "kragujevac-becomes-the-122nd-participant-2")
    german = post.get_translation(Locale.objects.get(language_code="de"))
    assert (german.alias_of_id, german.slug) == (None, "kragujevac-wird-122-teilnehmer-2")
    event = english(EventPage, "paris-joins-the-alliance-2")
    assert event.get_translation(Locale.objects.get(language_code="fr")).title == "Paris rejoint l'Alliance (2)"


def test_a_copy_is_an_alias_in_every_other_language(generated):
    post = english(NewsPage, "congress-and-ertf-sign-cooperation-agreement-2")
    aliases = NewsPage.objects.filter(translation_key=post.translation_key, alias_of=post)
    languages = {code for code, _name in settings.LANGUAGES} - {settings.LANGUAGE_CODE, "fr"}
    assert set(aliases.values_list("locale__language_code", flat=True)) == languages
    romani = aliases.get(locale__language_code="rom")
    assert romani.url_path == f"{romani.get_parent().url_path}{post.slug}/"
    assert (romani.title, romani.live, romani.date) == (post.title, True, post.date)
    # Its links are copied: the alias names the same topics as its source.
    assert sorted(romani.topic_links.values_list("topic_id", flat=True)) == sorted(
        post.topic_links.values_list("topic_id", flat=True)
    )
    assert PageLogEntry.objects.filter(page=romani, action="wagtail.create_alias").exists()
    # Indexed at the end like every page: the reference index knows the alias's links.
    assert ReferenceIndex.get_references_for_object(romani).exists()


def test_the_tree_stays_consistent(generated):
    for parent in Page.objects.filter(depth__lte=3):
        assert parent.numchild == parent.get_children().count(), parent.url_path
    paths = list(Page.objects.values_list("path", flat=True))
    assert len(paths) == len(set(paths))


@pytest.mark.parametrize(
    "url",
    [
        "/en/participants/kragujevac-2/",
        "/fr/participants/kragujevac-2/",
        "/sr/uchesnitsi/kragujevats-2/",
        "/de/teilnehmer/kragujevac-2/",
        "/en/news/kragujevac-becomes-the-122nd-participant-2/",
        "/de/nachrichten/kragujevac-wird-122-teilnehmer-2/",
        "/it/notizie/kragujevac-becomes-the-122nd-participant-2/",
        "/en/events/paris-joins-the-alliance-2/",
        "/fr/evenements/paris-rejoint-l-alliance-2/",
        "/rom/evenimentura/paris-joins-the-alliance-2/",
    ],
)
def test_generated_pages_route_and_render(generated, client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert b" (2)" in response.content


def test_new_participants_are_numbered_in_the_order_they_joined(generated):
    register = list(AccessionRegisterEntry.objects.values_list("number", "translation_key"))
    assert len({number for number, _key in register}) == len(register)
    # Every language version shows its participant's registered number.
    numbers = {key: number for number, key in register}
    for page in ParticipantPage.objects.all():
        assert page.accession_number == numbers[page.translation_key], page.url_path
    demo_highest = max(
        page.accession_number
        for page in ParticipantPage.objects.filter(locale__language_code="en")
        if not page.slug.endswith("-2")
    )
    copies = ParticipantPage.objects.filter(locale__language_code="en", slug__endswith="-2").order_by(
        "accession_number"
    )
    assert [page.accession_number for page in copies] == list(range(demo_highest + 1, demo_highest + 31))
    dates = [page.accession_date for page in copies]
    assert dates == sorted(dates)
    assert dates[-1] <= datetime.date.today()


def test_new_participants_are_placed_near_their_original_in_a_member_state(generated):
    for copy in ParticipantPage.objects.filter(locale__language_code="en", slug__endswith="-2"):
        original = english(ParticipantPage, copy.slug.removesuffix("-2"))
        assert copy.country == original.country
        assert copy.country.code in MEMBER_STATES
        assert abs(copy.latitude - original.latitude) < 1
        assert abs(copy.longitude - original.longitude) < 1
        assert (copy.latitude, copy.longitude) != (original.latitude, original.longitude)


def test_running_again_adds_nothing_and_says_so(generated):
    output = io.StringIO()
    call_command("generate_content", "--scale", "2", stdout=output)
    assert "already holds 2×" in output.getvalue()
    assert counts_by_language() == generated["after"]


def test_the_processes_side_by_side_copy_every_kind_once():
    copied = [kind for group in PARALLEL_GROUPS for kind in group]
    assert sorted(copied) == sorted(KINDS)


def test_side_by_side_is_refused_on_sqlite_only():
    assert "PostgreSQL" in side_by_side_refusal("sqlite")
    assert side_by_side_refusal("postgresql") is None


def test_side_by_side_on_sqlite_says_why_and_adds_nothing(generated, monkeypatch):
    from types import SimpleNamespace

    from django.core.management.base import CommandError

    from demo.management.commands import generate_content

    monkeypatch.setattr(generate_content, "connection", SimpleNamespace(vendor="sqlite"))
    with pytest.raises(CommandError, match="needs PostgreSQL"):
        call_command("generate_content", "--scale", "3", "--jobs", "2", stdout=io.StringIO())
    assert counts_by_language() == generated["after"]


def test_an_unknown_kind_is_refused():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("generate_content", "--scale", "2", "--kinds", "recipes", stdout=io.StringIO())


# --- The pieces, on their own ---------------------------------------------------------


def test_following_path_counts_in_the_tree_alphabet():
    assert following_path("000100020003") == "000100020004"
    assert following_path("00010009") == "0001000A"
    assert following_path("0001000Z") == "00010010"
    with pytest.raises(ValueError, match="No room after"):
        following_path("0001ZZZZ")


def test_joining_dates_are_spread_in_order_and_never_after_the_end():
    start, end = datetime.date(2014, 4, 14), datetime.date(2014, 4, 24)
    dates = joining_dates(start, end, 4)
    assert dates == sorted(dates)
    assert start < dates[0]
    assert dates[-1] < end
    assert joining_dates(end, start, 3) == [end] * 3


def test_nearby_points_are_valid_coordinates_in_different_directions():
    points = {nearby(48.8566, 2.3522, copy) for copy in range(2, 102)}
    assert len(points) == 100
    assert all(abs(latitude - 48.8566) < 0.25 and abs(longitude - 2.3522) < 0.25 for latitude, longitude in points)
    latitude, longitude = nearby(89.99, 179.99, 7)
    assert -90 <= latitude <= 90
    assert -180 <= longitude < 180


@pytest.mark.django_db
def test_a_bulk_alias_holds_what_wagtails_create_alias_writes(locales):
    page = english(NewsPage, "congress-adopts-report-on-roma-youth")
    german_parent = page.get_parent().get_translation(locales["de"])
    italian_parent = page.get_parent().get_translation(locales["it"])
    Page.objects.filter(alias_of=page, locale__in=[locales["de"], locales["it"]]).delete()
    german_parent.refresh_from_db()
    italian_parent.refresh_from_db()

    by_wagtail = CreatePageAliasAction(
        page, parent=german_parent, update_locale=locales["de"], reset_translation_key=False
    ).execute(skip_permission_checks=True)
    made = alias_everywhere([page], locales[settings.LANGUAGE_CODE])
    assert made == 1
    in_bulk = NewsPage.objects.get(alias_of=page, locale=locales["it"])
    by_wagtail = NewsPage.objects.get(pk=by_wagtail.pk)

    left_apart = {"locale_id", "path", "url_path", "latest_revision_created_at"}
    assert {name: value for name, value in alias_fields(in_bulk).items() if name not in left_apart} == {
        name: value for name, value in alias_fields(by_wagtail).items() if name not in left_apart
    }
    assert (in_bulk.alias_of_id, in_bulk.depth, in_bulk.numchild) == (by_wagtail.alias_of_id, by_wagtail.depth, 0)
    assert in_bulk.url_path == f"{italian_parent.url_path}{page.slug}/"
    assert list(in_bulk.topic_links.values_list("topic_id", "sort_order")) == list(
        by_wagtail.topic_links.values_list("topic_id", "sort_order")
    )
    italian_parent.refresh_from_db()
    assert italian_parent.numchild == italian_parent.get_children().count()


@pytest.mark.django_db
def test_a_slug_taken_in_a_language_is_left_to_wagtails_own_alias(locales):
    # Three new posts; the middle one's slug is taken in German, so its German alias is
    # made by Wagtail between two made in bulk below the same parent.
    page = english(NewsPage, "congress-adopts-report-on-roma-youth")
    copies = [
        page.copy(
            to=page.get_parent(),
            update_attrs={"slug": slug, "title": slug},
            keep_live=True,
            reset_translation_key=True,
            log_action=None,
        ).specific
        for slug in ("first-new-post", "taken-in-german", "last-new-post")
    ]
    german_sibling = NewsPage.objects.filter(locale=locales["de"], alias_of__isnull=False).first()
    Page.objects.filter(pk=german_sibling.pk).update(slug="taken-in-german")

    made = alias_everywhere(copies, locales[settings.LANGUAGE_CODE])

    aliases = NewsPage.objects.filter(alias_of__in=copies)
    assert made == aliases.count() == 3 * (len(settings.LANGUAGES) - 1)
    assert aliases.get(locale=locales["de"], alias_of=copies[1]).slug == "taken-in-german-1"
    assert aliases.get(locale=locales["fr"], alias_of=copies[1]).slug == "taken-in-german"
    for alias in aliases:
        parent = alias.get_parent()
        assert parent.numchild == parent.get_children().count(), parent.url_path
    paths = list(Page.objects.values_list("path", flat=True))
    assert len(paths) == len(set(paths))
