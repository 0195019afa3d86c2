"""Page tree rules, the participant page, the admin listing and the demo content."""

import datetime
import re

import pytest
from django.conf import settings
from django.test import Client
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from core.models import HomePage, SiteRendition, StandardPage
from participants.models import ParticipantIndexPage, ParticipantPage, ParticipantStatus

from .conftest import text_of

pytestmark = pytest.mark.django_db


class ParticipantTreeRulesTests(WagtailPageTestCase):
    def test_directory_goes_below_a_home_page_once(self):
        self.assertAllowedParentPageTypes(ParticipantIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ParticipantIndexPage, {ParticipantPage})
        home = HomePage.objects.get(locale__language_code="en")
        # The demo already has one below the English home page.
        self.assertFalse(ParticipantIndexPage.can_create_at(home))

    def test_participants_go_below_the_directory_only_and_hold_nothing(self):
        self.assertAllowedParentPageTypes(ParticipantPage, {ParticipantIndexPage})
        self.assertAllowedSubpageTypes(ParticipantPage, set())
        self.assertCanNotCreateAt(HomePage, ParticipantPage)
        self.assertCanNotCreateAt(StandardPage, ParticipantPage)
        self.assertCanNotCreateAt(Page, ParticipantIndexPage)


def test_participant_page_shows_its_facts(client):
    html = text_of(client.get("/en/participants/kragujevac/"))

    assert "<h1>Kragujevac</h1>" in html
    assert "The Alliance&#x27;s 122nd participant" in html
    assert '<dd lang="sr">Град Крагујевац</dd>' in html
    assert "<dd>Serbia</dd>" in html
    assert "<dd>City or municipality</dd>" in html
    assert '<time datetime="2014-03-24">24 March 2014</time>' in html
    assert '<a href="https://www.kragujevac.rs/" rel="external">www.kragujevac.rs</a>' in html
    assert re.search(r'<a href="/documents/\d+/letter-of-accession-kragujevac\.pdf">Letter of accession</a>', html)
    assert '<a href="/en/participants/">All participants</a>' in html


def test_emblem_is_a_picture_with_alt_text_and_credit(client):
    html = text_of(client.get("/en/participants/paris/"))
    picture = re.search(r"<picture>.*?</picture>", html, re.S).group(0)

    assert 'type="image/avif"' in picture
    assert 'type="image/webp"' in picture
    assert 'alt="Emblem of Paris: a shield with the letters P"' in picture
    assert 'loading="lazy"' in picture
    assert "Picture: Drawn for the demo site" in html


def test_the_avif_source_of_an_emblem_is_an_avif_file(client, real_avif):
    html = text_of(client.get("/en/participants/paris/"))
    srcset = re.search(r'<source [^>]*srcset="([^"]+)"[^>]*type="image/avif"', html).group(1)
    path = srcset.split(",")[0].split()[0]
    rendition = SiteRendition.objects.get(file=path.removeprefix(settings.MEDIA_URL))

    with rendition.file.open("rb") as file:
        header = file.read(12)
    assert header[4:12] == b"ftypavif"


@pytest.mark.parametrize(
    ("url", "credit"),
    [
        ("/fr/participants/paris/", "Dessiné pour le site de démonstration"),
        # A page not translated into German: its text is English, the frame and the credit German.
        ("/de/teilnehmer/paris/", "Für die Demo-Website gezeichnet"),
    ],
)
def test_the_demo_emblem_credit_is_in_the_page_language(client, url, credit):
    html = text_of(client.get(url))

    assert re.search(rf'<span class="picture__credit">[^<]*{credit}</span>', html)
    assert "Drawn for the demo site" not in html


def test_participant_page_names_its_place_and_keeps_its_coordinates_as_map_data(client):
    response = client.get("/en/participants/kragujevac/")
    html = text_of(response)

    assert '<dd class="participant__place">Kragujevac, Serbia</dd>' in html
    visible = re.sub(r"<script.*?</script>|<[^>]+>", " ", html, flags=re.S)
    assert "latitude" not in visible.lower()
    assert "44.0128" not in visible
    assert "44,0128" not in visible
    canvas = re.search(r'<div class="place-map__canvas"[^>]*>', html).group(0)
    assert 'data-map-kind="place"' in canvas
    assert 'data-tile-url="http://127.0.0.1:9/tiles/{z}/{x}/{y}.png"' in canvas
    assert response.context["place_marker"] == {
        "name": "Kragujevac",
        "country": "Serbia",
        "latitude": 44.0128,
        "longitude": 20.9114,
    }
    assert re.search(r'<script id="participant-map-data" type="application/json">\[\{[^<]*44\.0128', html)
    # The map's own script and Leaflet come from the site.
    assert re.search(r'<script src="/static/vendor/leaflet/leaflet\.[^"]*js" defer>', html)


def test_participant_page_without_a_location_has_no_map(client, make_participant):
    participant = make_participant("Nowhere Town", latitude=None, longitude=None, country="IT")

    html = text_of(client.get(participant.url))

    assert '<dd class="participant__place">Nowhere Town, Italy</dd>' in html
    assert "place-map" not in html
    assert "leaflet" not in html


def test_emblem_is_served_at_the_size_it_is_shown_and_twice_that(client):
    html = text_of(client.get("/en/participants/paris/"))
    img = re.search(r"<picture>.*?(<img[^>]*>)", html, re.S).group(1)

    assert 'sizes="10rem"' in img
    srcset = re.search(r'srcset="([^"]*)"', img).group(1)
    assert {entry.split()[-1] for entry in srcset.split(", ")} == {"160w", "240w", "320w"}


@pytest.mark.parametrize(
    ("url", "ordinal_phrase", "country"),
    [
        ("/fr/participants/kragujevac/", "122e participant de l&#x27;Alliance", "Serbie"),
        ("/sr/uchesnitsi/kragujevats/", "122. учесник Алијансе", "Србија"),
        ("/fr/participants/paris/", "121e participant de l&#x27;Alliance", "France"),
    ],
)
def test_participant_page_speaks_the_visitors_language(client, url, ordinal_phrase, country):
    html = text_of(client.get(url))

    assert f'<p class="participant__ordinal">{ordinal_phrase}</p>' in html
    assert f"<dd>{country}</dd>" in html


def test_withdrawn_participant_says_so_and_keeps_its_number(client):
    nantes = ParticipantPage.objects.get(slug="nantes", locale__language_code="en")
    nantes.status = ParticipantStatus.WITHDRAWN
    nantes.withdrawal_date = datetime.date(2019, 6, 30)
    nantes.save_revision().publish()

    html = text_of(client.get("/en/participants/nantes/"))

    assert "Withdrew from the Alliance on 30 June 2019." in html
    assert "The Alliance&#x27;s 98th participant" in html


def test_participant_validation():
    from django.core.exceptions import ValidationError

    page = ParticipantPage(
        title="Halfway",
        slug="halfway",
        official_name="Halfway",
        kind="city",
        country="FR",
        accession_date=datetime.date(2015, 1, 1),
        latitude=45,
        withdrawal_date=datetime.date(2014, 1, 1),
    )
    with pytest.raises(ValidationError) as error:
        page.clean()

    assert set(error.value.message_dict) == {"longitude", "withdrawal_date"}


# --- The admin listing ---------------------------------------------------------------


@pytest.fixture
def admin_client(administrator):
    client = Client()
    client.force_login(administrator)
    return client


def listed_in_admin(response):
    return {page.title for page in response.context["object_list"]}


def test_admin_lists_participants_with_their_numbers(admin_client):
    response = admin_client.get("/admin/participants/?locale=en")

    assert response.status_code == 200
    html = text_of(response)
    assert ">No.<" in html or "No." in html
    assert "122" in html
    assert "Kragujevac" in listed_in_admin(response)


def test_admin_lists_each_participant_once_per_language_with_its_own_page(admin_client):
    response = admin_client.get("/admin/participants/?country=RS")

    listed = [(page.title, page.locale_id) for page in response.context["object_list"]]
    assert all(page.alias_of_id is None for page in response.context["object_list"])
    # Kragujevac in English, French and Serbian; not the other languages' copies of it.
    assert sum(1 for title, _locale in listed if title in {"Kragujevac", "Крагујевац"}) == 3


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=RS&locale=en", {"Kragujevac", "Niš"}),
        ("kind=region&country=ES&locale=en", {"Andalusia"}),
        ("country=RS&locale=sr", {"Крагујевац", "Ниш"}),
    ],
)
def test_admin_listing_filters(admin_client, query, expected):
    assert listed_in_admin(admin_client.get(f"/admin/participants/?{query}")) == expected


def test_admin_listing_filters_by_status(admin_client):
    paris = ParticipantPage.objects.get(slug="paris", locale__language_code="en")
    paris.status = ParticipantStatus.WITHDRAWN
    paris.save_revision().publish()

    withdrawn = admin_client.get("/admin/participants/?status=withdrawn&locale=en")
    active = admin_client.get("/admin/participants/?status=active&locale=en")

    assert listed_in_admin(withdrawn) == {"Paris"}
    assert "Paris" not in listed_in_admin(active)


def test_admin_listing_sorts_by_number(admin_client):
    response = admin_client.get("/admin/participants/?locale=en&ordering=accession_number")
    numbers = [page.accession_number for page in response.context["object_list"]]

    assert numbers == sorted(numbers)


def test_admin_listing_ignores_unknown_filter_values(admin_client):
    assert admin_client.get("/admin/participants/?country=ZZ&kind=castle").status_code == 200


# --- Demo content --------------------------------------------------------------------


def test_demo_has_a_directory_in_every_language_in_the_menu(home_pages):
    directories = ParticipantIndexPage.objects.live().select_related("locale")

    assert {page.locale.language_code for page in directories} == set(home_pages)
    assert all(page.show_in_menus for page in directories)


def test_demo_participants_in_english_and_french():
    english = ParticipantPage.objects.live().filter(locale__language_code="en")
    french = ParticipantPage.objects.live().filter(locale__language_code="fr")

    assert english.count() == french.count() >= 30
    assert set(english.values_list("translation_key", flat=True)) == set(
        french.values_list("translation_key", flat=True)
    )
    assert all(page.emblem_id for page in english)
