"""The directory as open data: CSV and JSON parse, and hold what the directory shows."""

import csv
import io
import json

import pytest

from participants.opendata import FIELDS

pytestmark = pytest.mark.django_db


def directory_rows(client, url):
    pages = client.get(url).context["directory"].results
    return [(page.accession_number, page.title, page.country.code) for page in pages]


def read_csv(response):
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))


def read_json(response):
    assert response["Content-Type"] == "application/json; charset=utf-8"
    return json.loads(response.content)


@pytest.mark.parametrize("query", ["", "?country=FR", "?kind=region&sort=number", "?q=ville+de", "?year=2014"])
def test_csv_matches_the_directory(client, query):
    response = client.get(f"/en/participants/csv/{query}")
    rows = read_csv(response)

    assert response.status_code == 200
    assert rows
    assert list(rows[0].keys()) == FIELDS
    assert [(int(row["number"]), row["name"], row["country"]) for row in rows] == directory_rows(
        client, f"/en/participants/{query}"
    )
    assert response["Content-Disposition"] == 'attachment; filename="participants-en.csv"'


@pytest.mark.parametrize("query", ["", "?country=RS", "?kind=city&sort=number"])
def test_json_matches_the_directory(client, query):
    response = client.get(f"/fr/participants/json/{query}")
    data = read_json(response)

    assert data["language"] == "fr"
    assert [(item["number"], item["name"], item["country"]) for item in data["participants"]] == directory_rows(
        client, f"/fr/participants/{query}"
    )
    assert data["count"] == len(data["participants"])


def test_records_hold_codes_and_names_in_the_requested_language(client):
    english = read_json(client.get("/en/participants/json/?country=RS"))["participants"]
    french = read_json(client.get("/fr/participants/json/?country=RS"))["participants"]
    kragujevac_en = next(item for item in english if item["number"] == 122)
    kragujevac_fr = next(item for item in french if item["number"] == 122)

    assert kragujevac_en == {
        "number": 122,
        "name": "Kragujevac",
        "official_name": "Град Крагујевац",
        "kind": "city",
        "kind_label": "City or municipality",
        "country": "RS",
        "country_name": "Serbia",
        "accession_date": "2014-03-24",
        "status": "active",
        "status_label": "Active",
        "withdrawal_date": None,
        "latitude": 44.0128,
        "longitude": 20.9114,
        "url": "http://testserver/en/participants/kragujevac/",
        "language": "en",
    }
    assert (kragujevac_fr["country_name"], kragujevac_fr["kind_label"], kragujevac_fr["url"]) == (
        "Serbie",
        "Ville ou commune",
        "http://testserver/fr/participants/kragujevac/",
    )


def test_untranslated_participants_come_in_english_and_say_so(client):
    data = read_json(client.get("/de/teilnehmer/json/?country=RS"))

    assert {item["language"] for item in data["participants"]} == {"en"}
    assert {item["country_name"] for item in data["participants"]} == {"Serbien"}


def test_csv_in_serbian_is_utf8(client):
    rows = read_csv(client.get("/sr/uchesnitsi/csv/?country=RS&sort=number"))

    assert [(row["number"], row["name"], row["country_name"]) for row in rows] == [
        ("41", "Ниш", "Србија"),
        ("122", "Крагујевац", "Србија"),
    ]


def test_bad_filters_give_the_whole_directory(client):
    everything = read_json(client.get("/en/participants/json/"))
    with_bad_values = read_json(client.get("/en/participants/json/?country=ZZ&kind=castle&year=x&sort=up"))

    assert with_bad_values["participants"] == everything["participants"]


def test_directory_links_its_open_data_with_the_current_filters(client):
    html = client.get("/en/participants/?country=FR&view=table").content.decode()

    assert 'href="/en/participants/csv/?country=FR&amp;sort=number"' in html
    assert 'href="/en/participants/json/?country=FR&amp;sort=number"' in html
    assert '<link rel="alternate" type="text/csv" href="/en/participants/csv/"' in html
