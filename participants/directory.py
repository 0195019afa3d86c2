"""The participant directory: who is shown, filtered, counted and sorted how.

The Alliance has a few hundred participants at most, so the directory reads every live
participant of the visitor's language in one query (no StreamField, no picture) and
filters, counts, sorts and paginates them in Python. The page therefore costs the same
number of queries whatever the filters and however many participants there are.

Every language lists every participant: a participant not yet translated into the
visitor's language is listed in English (and marked so, as every listing does:
core.listings), so that the counter is the same
in every language and never drifts like the hand-kept counters of the old site.
"""

import re
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Q
from django.utils.translation import get_language, ngettext, pgettext

from core.i18n.collation import collation_key
from core.i18n.countries import country_name, fold
from core.listings import with_text_language
from core.privacy import exclude_private
from participants.models import ParticipantKind, ParticipantPage, ParticipantStatus

PAGE_SIZE = 100
SEARCH_MAX_LENGTH = 100
SORT_CHOICES = ("name", "number")
VIEW_CHOICES = ("list", "table")
STATUS_CHOICES = ("active", "withdrawn", "all")
YEAR = re.compile(r"[0-9]{4}")


def participants_summary(participant_count, country_count):
    """ "130 cities and regions from 29 countries", with each language's plural rules."""
    participants = ngettext("%(count)s city or region", "%(count)s cities and regions", participant_count) % {
        "count": participant_count
    }
    countries = ngettext("from %(count)s country", "from %(count)s countries", country_count) % {"count": country_count}
    return pgettext("counter: N cities and regions from M countries", "%(participants)s %(countries)s") % {
        "participants": participants,
        "countries": countries,
    }


def participant_pages(language_code):
    """Every live, public participant once, as seen from `language_code`. One query.

    A register lists every member in every language: a participant not yet translated
    is there with its page in this language's tree (an alias showing the English text)
    or, where a language keeps no aliases, with its English page. A private page (or an
    alias of one) is never listed; that condition is part of the same query."""
    default_code = settings.LANGUAGE_CODE
    live = exclude_private(ParticipantPage.objects.live())
    if language_code == default_code:
        pages = live.filter(locale__language_code=default_code)
    else:
        translated = ParticipantPage.objects.live().filter(locale__language_code=language_code)
        pages = live.filter(
            Q(locale__language_code=language_code)
            | (Q(locale__language_code=default_code) & ~Q(translation_key__in=translated.values("translation_key")))
        )
    return with_text_language(pages).defer_streamfields().select_related("locale").order_by("pk")


@dataclass
class Filters:
    """The directory's query string, cleaned. Values the directory does not know are
    ignored (treated as "all") and named in `ignored`; they never cause an error."""

    q: str = ""
    country: str = ""
    kind: str = ""
    year: int | None = None
    status: str = "active"
    sort: str = ""
    view: str = "list"
    sort_given: bool = False
    ignored: list = field(default_factory=list)

    @classmethod
    def from_query(cls, query, known_countries, known_years):
        filters = cls()

        def choose(name, valid, default=""):
            """The cleaned value of `name` if `valid` accepts it, else `default`."""
            value = query.get(name, "").strip()
            if not value:
                return default
            cleaned = valid(value)
            if cleaned is None:
                filters.ignored.append(name)
                return default
            return cleaned

        filters.q = " ".join(query.get("q", "").split())[:SEARCH_MAX_LENGTH]
        filters.country = choose("country", lambda value: value.upper() if value.upper() in known_countries else None)
        filters.kind = choose("kind", lambda value: value if value in ParticipantKind.values else None)
        filters.year = choose(
            "year", lambda value: int(value) if YEAR.fullmatch(value) and int(value) in known_years else None, None
        )
        filters.status = choose("status", lambda value: value if value in STATUS_CHOICES else None, "active")
        filters.view = choose("view", lambda value: value if value in VIEW_CHOICES else None, "list")
        # The numbered table reads best in the register's order, the list by name.
        default_sort = "number" if filters.view == "table" else "name"
        filters.sort = choose("sort", lambda value: value if value in SORT_CHOICES else None, default_sort)
        filters.sort_given = query.get("sort", "").strip() in SORT_CHOICES
        return filters

    @property
    def is_filtered(self):
        return bool(self.q or self.country or self.kind or self.year or self.status != "active")

    def as_query(self, **changes):
        """The query string for these filters, with `changes` (None removes a value)."""
        values = {
            "q": self.q,
            "country": self.country,
            "kind": self.kind,
            "year": self.year,
            "status": "" if self.status == "active" else self.status,
            # A sort the visitor did not choose is each view's own default: leave it out.
            "sort": self.sort if self.sort_given else "",
            "view": "" if self.view == "list" else self.view,
        }
        values.update(changes)
        return urlencode([(key, value) for key, value in values.items() if value not in (None, "")])


def has_location(page):
    return page.latitude is not None and page.longitude is not None


def matches_search(page, needle):
    return needle in fold(page.title) or needle in fold(page.official_name)


class Directory:
    def __init__(self, pages, query, language_code, request=None):
        self.language_code = language_code
        self.request = request
        self.all_pages = list(pages)
        for page in self.all_pages:
            # Read once: each read of a country field makes a new Country object, and the
            # directory reads every participant's code several times.
            page.directory_country_code = page.country.code
            page.directory_country_name = country_name(page.directory_country_code)
            # `text_language` (core.listings): an alias shows its English source's text.
            page.is_fallback = page.text_language != language_code
        self.filters = Filters.from_query(query, self.known_countries, self.known_years)

    @classmethod
    def for_request(cls, request):
        language_code = get_language() or settings.LANGUAGE_CODE
        return cls(participant_pages(language_code), request.GET, language_code, request)

    # --- What there is ------------------------------------------------------------

    @cached_property
    def active_pages(self):
        return [page for page in self.all_pages if page.status == ParticipantStatus.ACTIVE]

    @cached_property
    def known_countries(self):
        return {page.directory_country_code for page in self.all_pages}

    @cached_property
    def known_years(self):
        return {page.accession_date.year for page in self.all_pages}

    @cached_property
    def country_options(self):
        """(code, name) of every country with participants, by name in this language."""
        names = {page.directory_country_code: page.directory_country_name for page in self.all_pages}
        return sorted(names.items(), key=lambda item: collation_key(item[1]))

    @cached_property
    def year_options(self):
        return sorted(self.known_years, reverse=True)

    kind_options = ParticipantKind.choices

    @property
    def summary(self):
        """The Alliance as a whole: its active participants and their countries."""
        return participants_summary(
            len(self.active_pages), len({page.directory_country_code for page in self.active_pages})
        )

    # --- What the visitor asked for ----------------------------------------------

    @cached_property
    def results(self):
        filters = self.filters
        pages = self.all_pages
        if filters.status != "all":
            pages = [page for page in pages if page.status == filters.status]
        if filters.country:
            pages = [page for page in pages if page.directory_country_code == filters.country]
        if filters.kind:
            pages = [page for page in pages if page.kind == filters.kind]
        if filters.year:
            pages = [page for page in pages if page.accession_date.year == filters.year]
        if filters.q:
            needle = fold(filters.q)
            pages = [page for page in pages if matches_search(page, needle)]
        if filters.sort == "number":
            # Participants waiting for their number (none on the public site) go last.
            return sorted(pages, key=lambda page: (page.accession_number is None, page.accession_number or 0))
        return sorted(pages, key=lambda page: (collation_key(page.title), page.accession_number or 0))

    @property
    def results_summary(self):
        return participants_summary(len(self.results), len({page.directory_country_code for page in self.results}))

    @cached_property
    def page_of_results(self):
        page_number = self.request.GET.get("page") if self.request is not None else None
        return Paginator(self.results, PAGE_SIZE).get_page(page_number)

    def _page_url(self, number):
        return "?" + self.filters.as_query(page=number if number > 1 else None)

    @property
    def previous_url(self):
        results = self.page_of_results
        return self._page_url(results.previous_page_number()) if results.has_previous() else ""

    @property
    def next_url(self):
        results = self.page_of_results
        return self._page_url(results.next_page_number()) if results.has_next() else ""

    @property
    def list_url(self):
        return "?" + self.filters.as_query(view=None)

    @property
    def table_url(self):
        return "?" + self.filters.as_query(view="table")

    @property
    def data_query(self):
        """The filters and sorting for the open data links (which have no views)."""
        sort = None if self.filters.sort == "name" else self.filters.sort
        return self.filters.as_query(view=None, sort=sort)

    @property
    def map_query(self):
        """The filters that choose the map's markers (not the view, the sort or the page)."""
        return self.filters.as_query(view=None, sort=None)

    @property
    def has_map_markers(self):
        """Whether the map has anything to show, without writing its markers (their
        addresses cost time, and the page does not carry them: the map fetches them)."""
        return any(has_location(page) for page in self.results)

    def map_markers(self):
        """Every result that has a location, for the map (all pages of results)."""
        return [
            {
                "name": page.title,
                "url": page.get_url(self.request),
                "country": page.directory_country_name,
                "number": page.accession_number,
                "latitude": float(page.latitude),
                "longitude": float(page.longitude),
                "lang": page.text_language,
            }
            for page in self.results
            if has_location(page)
        ]
