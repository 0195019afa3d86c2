"""The calendar's pages: upcoming events, events of a year, the month view, filters."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

pytestmark = pytest.mark.django_db


def get_html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def text(element):
    return " ".join(element.get_text(" ", strip=True).split())


# --- The month view ------------------------------------------------------------------


def test_month_view_is_a_table_with_a_caption_and_weekday_headers(client):
    page = get_html(client, "/en/events/2014/02/")

    table = page.select_one("table.month-calendar__table")
    assert text(table.caption) == "Calendar of February 2014"
    headers = table.select("thead th")
    assert [header["scope"] for header in headers] == ["col"] * 7
    # Screen readers hear the full day name, the screen shows its abbreviation.
    assert [text(header.select_one(".visually-hidden")) for header in headers] == [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
    assert text(page.h1) == "February 2014"


def test_month_view_links_an_event_on_its_day(client):
    page = get_html(client, "/en/events/2014/02/")

    cells = {
        text(cell.select_one(".month-calendar__number")): cell
        for cell in page.select("td.month-calendar__day")
        if cell.select_one(".month-calendar__number")
    }
    link = cells["13"].select_one("a")
    assert link["href"] == "/en/events/first-national-workshop-france/"
    assert text(link) == "First national workshop of the French participants"
    assert cells["12"].select_one("a") is None
    # February 2014 starts on a Saturday: five empty cells before the 1st.
    first_week = page.select("tbody tr")[0].select("td")
    assert [bool(cell.select_one(".month-calendar__number")) for cell in first_week] == [False] * 5 + [True] * 2


def test_month_view_lists_the_months_events_below_the_grid(client):
    page = get_html(client, "/en/events/2014/01/")

    section = page.select_one("section.events__list")
    assert text(section.h2) == "Events in January 2014"
    assert [text(title) for title in section.select(".event-teaser__title")] == [
        "Launch conference of the ROMACT and ROMED2 programmes"
    ]
    assert "18 January 2014" in text(section)


def test_previous_and_next_month_links_have_accessible_names(client):
    page = get_html(client, "/en/events/2014/02/")

    previous_link = page.select_one(".month-nav a[rel=prev]")
    next_link = page.select_one(".month-nav a[rel=next]")
    assert previous_link["href"] == "/en/events/2014/01/"
    assert text(previous_link.select_one(".visually-hidden")) == "Previous month:"
    assert text(previous_link).endswith("January 2014")
    assert next_link["href"] == "/en/events/2014/03/"
    assert "Next month: March 2014" in text(next_link)


def test_month_view_in_french(client):
    page = get_html(client, "/fr/evenements/2014/02/")

    assert text(page.h1) == "Février 2014"
    assert text(page.select_one("thead th .visually-hidden")) == "Lundi"
    assert page.select_one("td a")["href"] == "/fr/evenements/premier-atelier-national-france/"


def test_a_multi_day_event_is_linked_once_and_named_on_its_other_days(client, make_event):
    make_event("Three days", start_date=datetime.date(2030, 5, 6), end_date=datetime.date(2030, 5, 8))
    make_event("Across months", start_date=datetime.date(2030, 4, 29), end_date=datetime.date(2030, 5, 2))

    page = get_html(client, "/en/events/2030/05/")

    links = [text(link) for link in page.select("td a")]
    assert links.count("Three days") == 1
    assert links.count("Across months") == 1  # on 1 May, the first day of the month
    continued = [text(item) for item in page.select("td .month-calendar__continuing")]
    assert continued.count("Three days (continued)") == 2
    assert continued.count("Across months (continued)") == 1


def test_today_is_marked_in_the_month_view(client):
    today = timezone.localdate()
    page = get_html(client, f"/en/events/{today:%Y}/{today:%m}/")

    marked = page.select('td[aria-current="date"]')
    assert [text(cell.select_one(".month-calendar__number")) for cell in marked] == [str(today.day)]


def test_month_view_does_not_lead_crawlers_on_forever(client):
    # December 2013 holds the first event: no link to an earlier month.
    page = get_html(client, "/en/events/2013/12/")
    assert page.select_one(".month-nav a[rel=prev]") is None
    assert page.select_one(".month-nav a[rel=next]") is not None
    # A month without events asks search engines not to index it.
    empty = get_html(client, "/en/events/2014/07/")
    assert empty.select_one('meta[name="robots"]')["content"] == "noindex, follow"
    assert get_html(client, "/en/events/2014/02/").select_one('meta[name="robots"]') is None


@pytest.mark.parametrize(
    "url",
    [
        "/en/events/2014/13/",
        "/en/events/2014/00/",
        "/en/events/0/1/",
        "/en/events/0000/01/",
        "/en/events/99999/01/",
        "/en/events/1899/12/",
        "/en/events/2200/01/",
        "/en/events/2014/123/",
        "/en/events/abcd/01/",
        "/en/events/1899/",
        "/en/events/0000/",
    ],
)
def test_impossible_dates_are_not_found(client, url):
    assert client.get(url).status_code == 404


def test_a_month_without_its_leading_zero_redirects_to_the_address_with_it(client):
    response = client.get("/en/events/2014/2/?country=FR")

    assert response.status_code == 301
    assert response["Location"] == "/en/events/2014/02/?country=FR"


# --- Upcoming events and years -------------------------------------------------------


def test_upcoming_events_are_listed_by_default(client):
    page = get_html(client, "/en/events/")

    titles = [text(title) for title in page.select(".event-teaser__title")]
    assert "Meeting of the Alliance's national contact points" in titles
    assert "First national workshop of the French participants" not in titles  # in 2014
    cancelled = page.find(string="Seminar of the Alliance's participants in the Western Balkans").find_parent("article")
    assert text(cancelled.select_one(".event-status")) == "Cancelled"


def test_the_event_teaser_shows_dates_times_and_place(client):
    page = get_html(client, "/en/events/")

    teaser = page.find(string="Meeting of the Alliance's national contact points").find_parent("article")
    assert "14:00–17:30 (Central European Time)" in text(teaser.select_one(".event-teaser__meta"))
    assert text(teaser.select_one(".event-teaser__place")) == "Strasbourg, France"


def test_year_page_lists_the_events_that_start_that_year(client):
    page = get_html(client, "/en/events/2014/")

    assert text(page.h1) == "Events in 2014"
    titles = [text(title) for title in page.select(".event-teaser__title")]
    assert titles == [
        "Launch conference of the ROMACT and ROMED2 programmes",
        "First national workshop of the French participants",
    ]
    assert page.select_one('.calendar-views__years a[aria-current="page"]')["href"] == "/en/events/2014/"


def test_years_with_events_are_offered(client):
    page = get_html(client, "/en/events/")

    years = [text(link) for link in page.select(".calendar-views__years a")]
    assert "2013" in years
    assert "2014" in years
    assert years == sorted(years, reverse=True)


def test_a_year_without_events_says_so(client):
    page = get_html(client, "/en/events/1950/")

    assert "No event that year." in text(page.select_one("section.events__list"))


def test_long_lists_are_paginated_and_keep_the_filters(client, make_event):
    for day in range(1, 15):
        make_event(f"May event {day}", start_date=datetime.date(2031, 5, day), country="IT", city="Milan")

    first = get_html(client, "/en/events/2031/?country=IT")
    second = get_html(client, "/en/events/2031/?country=IT&page=2")

    assert len(first.select(".event-teaser")) == 12
    assert len(second.select(".event-teaser")) == 2
    assert first.select_one(".pagination a[rel=next]")["href"] == "?country=IT&page=2"
    assert second.select_one('.pagination a[aria-current="page"]')["href"] == "?country=IT&page=2"


@pytest.mark.parametrize("query", ["?page=abc", "?page=999", "?page=-1", "?page="])
def test_a_bad_page_number_shows_a_page_of_the_list(client, query):
    assert client.get(f"/en/events/{query}").status_code == 200


# --- Filters -------------------------------------------------------------------------


def test_filter_by_country(client):
    page = get_html(client, "/en/events/2014/01/?country=IT")
    assert [text(title) for title in page.select(".event-teaser__title")] == [
        "Launch conference of the ROMACT and ROMED2 programmes"
    ]
    assert page.select_one("#filter-country option[selected]")["value"] == "IT"

    other = get_html(client, "/en/events/2014/01/?country=FR")
    assert other.select(".event-teaser__title") == []
    assert "No event this month matches your choice." in text(other.select_one("section.events__list"))


def test_filter_by_attendance(client):
    online = get_html(client, "/en/events/?attendance=online")
    in_person = get_html(client, "/en/events/?attendance=in_person")

    online_titles = {text(title) for title in online.select(".event-teaser__title")}
    in_person_titles = {text(title) for title in in_person.select(".event-teaser__title")}
    assert "Online seminar: how to join the Alliance" in online_titles
    # The exchange in Košice can be attended both ways: it is in both lists.
    assert "Exchange of good practices on Roma inclusion in schools" in online_titles & in_person_titles
    assert "Meeting of the Alliance's national contact points" not in online_titles
    assert "Online seminar: how to join the Alliance" not in in_person_titles


@pytest.mark.parametrize(
    "query", ["?country=XX", "?country=fr", "?attendance=teleport", "?country=%00", "?country=FR&country=<script>"]
)
def test_unknown_filter_values_are_ignored(client, query):
    unfiltered = get_html(client, "/en/events/")
    filtered = get_html(client, f"/en/events/{query}")

    assert [text(t) for t in filtered.select(".event-teaser__title")] == [
        text(t) for t in unfiltered.select(".event-teaser__title")
    ]
    assert filtered.select_one("#filter-country option[selected]") is None
    assert filtered.select_one("#filter-attendance option[selected]") is None


def test_country_filter_offers_the_countries_of_the_calendar_in_the_visitors_language(client):
    page = get_html(client, "/fr/evenements/")

    options = [text(option) for option in page.select("#filter-country option")][1:]
    assert "Italie" in options
    assert "France" in options
    assert "Serbie" in options
    assert "Albanie" not in options  # no event there
    assert options == sorted(options, key=str.casefold)


def test_filters_are_labelled_and_keep_their_values_in_the_month_links(client):
    page = get_html(client, "/en/events/2014/02/?country=FR&attendance=in_person")

    for select in page.select("form.event-filters select"):
        assert page.select_one(f'label[for="{select["id"]}"]') is not None
    assert page.select_one(".month-nav a[rel=prev]")["href"] == "/en/events/2014/01/?country=FR&attendance=in_person"


# --- Feeds in the frame --------------------------------------------------------------


def test_the_calendar_feed_is_linked_from_every_page_of_its_language(client):
    page = get_html(client, "/fr/")

    link = page.select_one('head link[rel="alternate"][type="text/calendar"]')
    assert link["href"] == "/fr/evenements/ics/"
    assert page.select_one('footer a[type="text/calendar"]')["href"] == "/fr/evenements/ics/"


def test_the_month_view_names_every_entry_of_its_context_in_advance():
    """The month view hands its entries to the template lazily, by name
    (core.render_cache.lazy_entries): every entry is named, and no other."""
    import datetime as dt

    from events.models import EventIndexPage
    from events.models.calendar import MonthCalendar

    calendar = EventIndexPage.objects.get(locale__language_code="en")
    events = calendar.listed_events()
    facts = calendar.calendar_facts(events, None)

    context = MonthCalendar(dt.date(2014, 2, 1), events, facts, calendar).context()

    assert set(context) == set(MonthCalendar.CONTEXT_KEYS)
    assert len(MonthCalendar.CONTEXT_KEYS) == len(set(MonthCalendar.CONTEXT_KEYS))
