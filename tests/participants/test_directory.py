"""The directory: counter, filters, search, sorting, views, languages."""

import datetime
import re

import pytest
from django.utils import translation

from core.i18n.collation import collation_key
from demo.participants_data import PARTICIPANTS
from participants import directory as directory_module
from participants.models import ParticipantPage, ParticipantStatus

from .conftest import text_of

pytestmark = pytest.mark.django_db

DEMO_COUNT = len(PARTICIPANTS)
DEMO_COUNTRIES = len({row[6] for row in PARTICIPANTS})


def listed_titles(response):
    return [page.title for page in response.context["directory"].page_of_results.object_list]


def counter(response):
    return re.search(r'class="directory__counter">([^<]*)<', text_of(response)).group(1)


def results_count(response):
    return re.search(r'id="directory-results-count">([^<]*)<', text_of(response)).group(1)


# --- The counter -----------------------------------------------------------------


def test_counter_counts_active_participants_and_their_countries(client):
    response = client.get("/en/participants/")

    assert response.status_code == 200
    assert counter(response) == f"{DEMO_COUNT} cities and regions from {DEMO_COUNTRIES} countries"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/fr/participants/", f"{DEMO_COUNT} villes et régions de {DEMO_COUNTRIES} pays"),
        ("/cs/ucastnici/", f"{DEMO_COUNT} měst a regionů z {DEMO_COUNTRIES} zemí"),
        ("/sr/uchesnitsi/", f"{DEMO_COUNT} градова и региона из {DEMO_COUNTRIES} земаља"),
    ],
)
def test_counter_is_the_same_in_every_language(client, url, expected):
    # Participants not yet translated into a language are counted (and listed) there too.
    assert counter(client.get(url)) == expected


def test_withdrawn_participants_are_not_counted(client):
    for page in ParticipantPage.objects.filter(slug__in=["nantes", "paris"], alias_of__isnull=True):
        page.status = ParticipantStatus.WITHDRAWN
        page.withdrawal_date = datetime.date(2020, 1, 1)
        page.save_revision().publish()

    response = client.get("/en/participants/")

    assert counter(response) == f"{DEMO_COUNT - 2} cities and regions from {DEMO_COUNTRIES} countries"
    assert "Paris" not in listed_titles(response)
    withdrawn = client.get("/en/participants/?status=withdrawn")
    assert sorted(listed_titles(withdrawn)) == ["Nantes", "Paris"]
    assert results_count(withdrawn) == "Shown: 2 cities and regions from 1 country"
    assert len(listed_titles(client.get("/en/participants/?status=all"))) == DEMO_COUNT


def test_a_country_with_only_withdrawn_participants_is_not_counted(client):
    for page in ParticipantPage.objects.filter(country="SE", alias_of__isnull=True):
        page.status = ParticipantStatus.WITHDRAWN
        page.save_revision().publish()

    assert counter(client.get("/en/participants/")) == (
        f"{DEMO_COUNT - 1} cities and regions from {DEMO_COUNTRIES - 1} countries"
    )


# --- Filters and search ------------------------------------------------------------


def test_filter_by_country_changes_the_shown_count(client):
    response = client.get("/en/participants/?country=FR")

    assert sorted(listed_titles(response)) == ["Nantes", "Paris", "Strasbourg"]
    assert results_count(response) == "Shown: 3 cities and regions from 1 country"
    # The overall counter stays the Alliance's.
    assert counter(response) == f"{DEMO_COUNT} cities and regions from {DEMO_COUNTRIES} countries"
    assert '<option value="FR" selected>France</option>' in text_of(response)


def test_country_codes_are_read_in_any_case(client):
    assert sorted(listed_titles(client.get("/en/participants/?country=rs"))) == ["Kragujevac", "Niš"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=region", ["Andalusia", "Bihor County", "Međimurje County", "Prešov Self-Governing Region"]),
        ("year=2014", ["Andalusia", "Kragujevac", "Reggio Calabria", "Tivat"]),
        ("year=2014&kind=city&country=IT", ["Reggio Calabria"]),
        ("q=par", ["Paris"]),
        ("q=KOSICE", ["Košice"]),  # no accents, no case needed
        ("q=ville+de", ["Nantes", "Paris", "Strasbourg"]),  # official names too
        ("q=%20%20ville%20%20%20de%20", ["Nantes", "Paris", "Strasbourg"]),
        ("q=nowhere", []),
    ],
)
def test_filters_and_search(client, query, expected):
    response = client.get(f"/en/participants/?{query}")

    assert response.status_code == 200
    assert sorted(listed_titles(response)) == expected


def test_empty_result_says_so(client):
    response = client.get("/en/participants/?q=nowhere")

    assert "No participant matches your selection." in text_of(response)
    assert results_count(response) == "Shown: 0 cities and regions from 0 countries"


@pytest.mark.parametrize(
    "query",
    [
        "country=ZZ",
        "country=",
        "kind=castle",
        "year=abc",
        "year=1999",
        "year=%C2%B2",  # a superscript two: a digit to str.isdigit(), not to int()
        "year=" + "9" * 5000,
        "status=maybe",
        "sort=up",
        "view=grid",
        "page=-1",
        "page=abc",
        "page=99999",
        "q=" + "x" * 5000,
        "country[]=FR",
        "country=FR&country=ZZ",
    ],
)
def test_bad_values_never_give_an_error(client, query):
    response = client.get(f"/en/participants/?{query}")

    assert response.status_code == 200


def test_unknown_values_are_ignored_and_said_so(client):
    response = client.get("/en/participants/?country=ZZ&kind=castle&year=abc&status=maybe&sort=up&view=grid")
    filters = response.context["directory"].filters

    assert len(listed_titles(response)) == DEMO_COUNT
    assert (filters.country, filters.kind, filters.year, filters.status, filters.sort, filters.view) == (
        "",
        "",
        None,
        "active",
        "name",
        "list",
    )
    assert sorted(filters.ignored) == ["country", "kind", "sort", "status", "view", "year"]
    assert "was not understood" in text_of(response)
    assert '<option value="">All countries</option>' in text_of(response)
    assert " selected>" not in text_of(response).split('id="directory-country"')[1].split("</select>")[0]


def test_good_values_raise_no_notice(client):
    response = client.get("/en/participants/?country=FR&kind=city&year=2013&q=par&sort=number&view=table")

    assert response.context["directory"].filters.ignored == []
    assert "was not understood" not in text_of(response)
    assert listed_titles(response) == ["Paris"]


def test_long_searches_are_cut(client):
    response = client.get("/en/participants/?q=" + "a" * 500)

    assert len(response.context["directory"].filters.q) == directory_module.SEARCH_MAX_LENGTH


# --- Sorting, views and pages ------------------------------------------------------


def test_list_is_sorted_by_name_by_default_ignoring_accents(client):
    titles = listed_titles(client.get("/en/participants/"))

    assert titles == sorted(titles, key=collation_key)
    assert titles.index("Košice") < titles.index("Kragujevac")  # not after "Z" as bytes would have it


def test_sort_by_accession_number(client):
    pages = client.get("/en/participants/?sort=number").context["directory"].page_of_results.object_list
    numbers = [page.accession_number for page in pages]

    assert numbers == sorted(numbers)
    assert numbers[-6:] == [117, 121, 122, 127, 129, 130]


def test_numbered_table_lists_number_country_name_and_date_in_register_order(client):
    response = client.get("/en/participants/?view=table&country=RS")
    html = text_of(response)

    assert "<table" in html
    headers = re.findall(r'<th scope="col">([^<]*)</th>', html)
    assert headers == ["No.", "Country", "Name", "Date of accession"]
    rows = re.findall(
        r"<tr[^>]*>\s*<td[^>]*>(\d+)</td>\s*<td[^>]*>([^<]*)</td>\s*<th scope=\"row\"><a [^>]*>([^<]*)</a>", html
    )
    assert rows == [("41", "Serbia", "Niš"), ("122", "Serbia", "Kragujevac")]
    assert '<time datetime="2014-03-24">24 March 2014</time>' in html


def test_table_can_be_sorted_by_name_and_the_view_links_keep_the_filters(client):
    response = client.get("/en/participants/?view=table&sort=name&country=RS")

    assert listed_titles(response) == ["Kragujevac", "Niš"]
    directory = response.context["directory"]
    assert directory.list_url == "?country=RS&sort=name"
    assert directory.table_url == "?country=RS&sort=name&view=table"


def test_pages_of_results(client, monkeypatch):
    monkeypatch.setattr(directory_module, "PAGE_SIZE", 10)

    first = client.get("/en/participants/?sort=number")
    second = client.get("/en/participants/?sort=number&page=2")
    beyond = client.get("/en/participants/?sort=number&page=999")

    assert len(listed_titles(first)) == 10
    assert set(listed_titles(first)).isdisjoint(listed_titles(second))
    assert 'href="?sort=number&amp;page=2" rel="next"' in text_of(first)
    assert listed_titles(beyond) == listed_titles(client.get("/en/participants/?sort=number&page=3"))


def results_section(html):
    """The directory's results, with the number of pages (which grows) left out."""
    section = re.search(r'<section class="directory__results".*?</section>', html, re.S).group(0)
    return re.sub(r"Page 1 of [0-9]+", "Page 1 of N", section)


@pytest.mark.parametrize("view", ["list", "table"])
def test_a_page_of_the_directory_stays_as_long_with_ten_times_the_participants(
    client, monkeypatch, english_directory, add_participants, view
):
    # Fewer to a page than the demo has, so that the demo already fills a whole page.
    monkeypatch.setattr(directory_module, "PAGE_SIZE", 10)
    entry = r'<li class="participant-list__item">' if view == "list" else r"<tr(?: class=[^>]*)?>\s*<td"
    url = f"/en/participants/?sort=number&view={view}"
    with_the_demo = text_of(client.get(url))

    add_participants(english_directory, 9 * DEMO_COUNT)
    with_ten_times = text_of(client.get(url))
    markers = client.get("/en/participants/map/").json()

    # The newcomers have the highest numbers: the first page lists the same ten.
    assert len(re.findall(entry, with_ten_times)) == len(re.findall(entry, with_the_demo)) == 10
    assert results_section(with_ten_times) == results_section(with_the_demo)
    # All that grows is the counters and the filters' countries and years, not the list.
    assert len(with_ten_times) - len(with_the_demo) < 1000
    assert "Participant 269" not in with_ten_times
    # The map's markers, every page of them, come from one JSON the page does not carry.
    assert len(markers) == 10 * DEMO_COUNT
    assert "data-latitude" not in with_ten_times


# --- Languages ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "country_name"),
    [
        ("/en/participants/?country=RS", "Serbia"),
        ("/fr/participants/?country=RS", "Serbie"),
        ("/de/teilnehmer/?country=RS", "Serbien"),
        ("/sr/uchesnitsi/?country=RS", "Србија"),
        ("/hu/resztvevok/?country=RS", "Szerbia"),
        ("/rom/participantura/?country=FR", "Franca"),
    ],
)
def test_country_names_are_in_the_visitors_language(client, url, country_name):
    html = text_of(client.get(url))

    assert f"<span>{country_name}</span>" in html
    assert f"selected>{country_name}</option>" in html


def test_country_choices_are_sorted_by_their_name_in_the_language(client):
    with translation.override("de"):
        options = client.get("/de/teilnehmer/").context["directory"].country_options
    names = [name for _code, name in options]

    assert names == sorted(names, key=collation_key)
    assert ("DE", "Deutschland") not in options  # no German participant in the demo
    assert ("HR", "Kroatien") in options


def test_untranslated_participants_are_listed_in_english_and_marked(client):
    response = client.get("/de/teilnehmer/?country=RS")
    html = text_of(response)

    assert listed_titles(response) == ["Kragujevac", "Niš"]
    # The link stays in the German site (the page there shows the English text with a
    # notice), and says the words are English.
    assert '<a href="/de/teilnehmer/kragujevac/" lang="en" hreflang="en">Kragujevac</a>' in html
    # Marked as every listing marks a page in another language (core.listings).
    assert '<span class="language-note">(Englisch)</span>' in html


def test_translated_participants_are_listed_in_the_language(client):
    response = client.get("/sr/uchesnitsi/?country=RS")
    html = text_of(response)

    assert sorted(listed_titles(response)) == ["Крагујевац", "Ниш"]
    assert 'href="/sr/uchesnitsi/kragujevats/">Крагујевац</a>' in html
    french = client.get("/fr/participants/?kind=region")
    assert "Andalousie" in listed_titles(french)


def test_drafts_and_private_participants_are_not_listed(client, make_participant, english_directory):
    from wagtail.models import PageViewRestriction

    make_participant("Drafttown", publish=False)
    private = make_participant("Secrettown")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")

    titles = listed_titles(client.get("/en/participants/?status=all"))

    assert "Drafttown" not in titles
    assert "Secrettown" not in titles
    assert len(titles) == DEMO_COUNT


def restrict(page, restriction_type):
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    restriction = PageViewRestriction.objects.create(page=page, restriction_type=restriction_type, password="x")
    if restriction_type == PageViewRestriction.GROUPS:
        restriction.groups.add(Group.objects.get(name="Editors"))


def everything_listed(client, directory_url):
    """The names a directory shows in its list, on its map and in its open data."""
    listed = listed_titles(client.get(f"{directory_url}?status=all"))
    on_the_map = [marker["name"] for marker in client.get(f"{directory_url}map/?status=all").json()]
    in_json = [item["name"] for item in client.get(f"{directory_url}json/?status=all").json()["participants"]]
    in_csv = client.get(f"{directory_url}csv/?status=all").content.decode()
    return listed, on_the_map, in_json, in_csv


@pytest.mark.parametrize("restriction_type", ["login", "password", "groups"])
def test_a_private_participant_is_on_no_list_map_or_open_data(client, make_participant, restriction_type):
    private = make_participant("Secrettown")
    restrict(private, restriction_type)

    for shown in everything_listed(client, "/en/participants/"):
        assert "Secrettown" not in shown
    # Its own page asks for a login or a password instead of showing it.
    assert "participant__facts" not in text_of(client.get(private.url))


@pytest.mark.parametrize("restriction_type", ["login", "password", "groups"])
def test_aliases_of_a_private_participant_are_on_no_list_map_or_open_data(client, restriction_type):
    # German shows Kragujevac as an alias of the English page: Wagtail serves an alias only
    # to visitors its source's restriction lets in, so no directory may list it either.
    english = ParticipantPage.objects.get(slug="kragujevac", locale__language_code="en")
    german = ParticipantPage.objects.get(translation_key=english.translation_key, locale__language_code="de")
    assert german.alias_of_id == english.pk
    assert "Kragujevac" in everything_listed(client, "/de/teilnehmer/")[0]

    restrict(english, restriction_type)

    for directory_url in ("/en/participants/", "/de/teilnehmer/"):
        for shown in everything_listed(client, directory_url):
            assert "Kragujevac" not in shown, directory_url
    assert "participant__facts" not in text_of(client.get(german.url))
    # The French translation is a page of its own, with no restriction: Wagtail serves it.
    assert "Kragujevac" in everything_listed(client, "/fr/participants/")[0]
    assert "participant__facts" in text_of(client.get("/fr/participants/kragujevac/"))


def test_participants_of_a_private_section_are_listed_in_no_language(client, english_directory):
    restrict(english_directory, "login")

    # German lists aliases of the English participants, all below the private directory.
    listed, on_the_map, in_json, _in_csv = everything_listed(client, "/de/teilnehmer/")
    assert listed == on_the_map == in_json == []


# --- The map -----------------------------------------------------------------------


def test_map_data_holds_every_result_with_a_location(client, make_participant):
    make_participant("Nowhere Town", latitude=None, longitude=None, country="IT")

    response = client.get("/en/participants/?country=IT")
    markers = response.context["directory"].map_markers()

    assert {marker["name"] for marker in markers} == {"Milan", "Reggio Calabria", "Turin"}
    assert "Nowhere Town" in listed_titles(response)  # in the list, not on the map
    milan = next(marker for marker in markers if marker["name"] == "Milan")
    assert milan["url"] == "/en/participants/milan/"
    assert milan["country"] == "Italy"
    assert (milan["latitude"], milan["longitude"]) == (45.4642, 9.19)


def test_the_map_fetches_its_markers_for_the_same_filters(client, make_participant):
    make_participant("Nowhere Town", latitude=None, longitude=None, country="IT")

    html = text_of(client.get("/en/participants/?country=IT&view=table&sort=number"))
    address = re.search(r'data-map-items-url="([^"]+)"', html).group(1)
    response = client.get(address)

    # The view and the sort change nothing on the map; the filters choose its markers.
    assert address == "/en/participants/map/?country=IT"
    assert response["Content-Type"] == "application/json"
    assert sorted(marker["name"] for marker in response.json()) == ["Milan", "Reggio Calabria", "Turin"]
    # The page itself no longer carries the markers.
    assert "directory-map-data" not in html
    assert '"latitude"' not in html


def test_the_map_is_left_out_when_no_result_has_a_location(client, make_participant):
    make_participant("Nowhere Town", latitude=None, longitude=None, country="IT")

    unlocated = text_of(client.get("/en/participants/?q=nowhere"))
    located = text_of(client.get("/en/participants/?q=milan"))

    assert "Nowhere Town" in unlocated
    assert "data-directory-map" not in unlocated
    assert "data-directory-map" in located


def test_the_map_markers_are_in_the_visitors_language(client):
    markers = client.get("/fr/participants/map/?country=RS").json()

    assert {marker["country"] for marker in markers} == {"Serbie"}
    assert all(marker["url"].startswith("/fr/") for marker in markers)


def test_map_keeps_its_place_from_the_start_and_uses_the_tile_setting(client, settings):
    settings.MAP_TILE_URL = "https://tiles.example.org/{z}/{x}/{y}.png"
    settings.MAP_TILE_ATTRIBUTION = "Example tiles"

    html = text_of(client.get("/en/participants/"))

    # Not hidden until a script shows it (the page would move when it appears): CSS hides
    # it when scripts are off, and reserves its height before they run.
    section = re.search(r"<section class=\"directory-map\"[^>]*>", html).group(0)
    assert " hidden" not in section
    assert re.search(r'<script src="/static/vendor/leaflet-markercluster/leaflet\.markercluster\.[^"]*js" defer>', html)
    assert 'data-tile-url="https://tiles.example.org/{z}/{x}/{y}.png"' in html
    assert 'data-tile-attribution="Example tiles"' in html
    # Leaflet comes from the site itself, never from a CDN.
    assert re.search(r'<script src="/static/vendor/leaflet/leaflet\.[^"]*js" defer>', html)
    assert "unpkg" not in html
    assert "cdn" not in html.lower()


def test_leaflet_is_served_by_the_site(client):
    from django.contrib.staticfiles import finders

    assert finders.find("vendor/leaflet/leaflet.js")
    assert finders.find("vendor/leaflet/leaflet.css")
    assert finders.find("vendor/leaflet/images/marker-icon.png")
    assert finders.find("vendor/leaflet-markercluster/leaflet.markercluster.js")
