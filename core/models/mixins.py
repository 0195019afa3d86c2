"""What every page type shares, and the interfaces content apps implement for the frame."""

import datetime
from dataclasses import dataclass
from typing import ClassVar

from django.http import Http404
from django.urls import NoReverseMatch
from django.utils.functional import Promise
from wagtail.models import Page
from wagtail.search import index

from core.privacy import SitePageManager


def exclude_untranslated(queryset):
    """Only the pages written in their own language: the rule of feeds and the sitemap.

    Leaves out the pages that show another language's text because they are not
    translated yet: aliases (wagtail-localize keeps one of each English page in every
    other language) and pages turned from an alias into a translation that is not
    published yet (`SourceContentPage`). They are still served at their address, with a
    notice, and listings show them marked (`core.listings`); a language's feeds and the
    sitemap hold its own pages only.
    """
    return queryset.filter(alias_of__isnull=True, source_content_mark__isnull=True)


class BasePage(Page):
    """The base of every page type on the site.

    Page types are not shown to editors as "Page"; each declares where it may be created
    (`parent_page_types`) and what it may hold (`subpage_types`).
    """

    # The admin's listings leave out aliases (core.admin_listings), also when searching.
    search_fields = [*Page.search_fields, index.FilterField("alias_of")]

    objects = SitePageManager()

    class Meta:
        abstract = True

    def route(self, request, path_components):
        """Wagtail's routing, taking the next page from the query `core.serving` made.

        That query read every page the address names at once and left on each the page
        its next component leads to (`_routing_next`; None where there is none, which
        Wagtail's lookup would answer with a 404). Without it (a page not routed by
        `core.serving`), Wagtail asks the database for the child.
        """
        next_step = self.__dict__.get("_routing_next")
        if next_step is None or not path_components or path_components[0] != next_step[0]:
            return super().route(request, path_components)
        child = next_step[1]
        if child is None:
            raise Http404
        child._cached_parent_obj = self  # get_parent() without a query, as Wagtail does
        return child.route(request, path_components[1:])

    def get_view_restrictions(self):
        """Wagtail's restrictions of this page and its ancestors; for a page `core.serving`
        routed, known from the query that loaded it (no query at all for a public page)."""
        routed = self.__dict__.get("_routed_view_restrictions")
        if routed is not None:
            return routed
        return super().get_view_restrictions()

    def get_frame_home(self):
        """This page's home page, the root of its language's tree."""
        from core.models.pages import HomePage

        return HomePage.objects.ancestor_of(self, inclusive=True).filter(depth=2).first()

    def get_full_url(self, request=None):
        """On the host the visitor used, when there is a request (see core.absolute_urls)."""
        from core.absolute_urls import page_full_url

        return page_full_url(self, request)

    full_url = property(get_full_url)

    def get_cached_paths(self):
        """The addresses of this page a cache may hold, relative to the page: the page
        itself and each of its sub-routes without parameters (feeds, calendars, open
        data). Purged together whenever the page or what it lists changes; a page whose
        sub-routes take parameters (a calendar's months) adds those it has."""
        paths = ["/"]
        for pattern in getattr(self, "get_subpage_urls", list)():
            if pattern.name and not pattern.pattern.regex.groups:
                paths.append(self.reverse_subpage(pattern.name))
        return paths

    def sub_route_in_language(self, request, language_code):
        """Where the visitor is inside this page (a month, a year, a feed), as a sub-path
        of the page's address in `language_code`; "" when the page has no sub-routes.

        The routes of routable pages are language-neutral (numbers and feed names), so
        the sub-path is the same in every language; a page whose routes are translated
        overrides this.
        """
        match = getattr(request, "routable_resolver_match", None)
        if match is None or not match.url_name or not hasattr(self, "reverse_subpage"):
            return ""
        try:
            return self.reverse_subpage(match.url_name, args=match.args, kwargs=match.kwargs).lstrip("/")
        except NoReverseMatch:
            return ""


@dataclass(frozen=True)
class CreditedPicture:
    """A picture as a listing shows it: alt text, caption and credit line travel with it."""

    image: object  # a core.SiteImage
    alt_text: str
    caption: str = ""
    credit: str = ""


@dataclass(frozen=True)
class UpcomingBlock:
    """One block of coming items on the home page (the next events), with its link."""

    heading: str
    items: list
    empty_text: str
    index_page: Page | None = None  # the page listing them all (the calendar)
    index_label: str = ""


@dataclass(frozen=True)
class LatestItem:
    """One entry of the home page's "latest" list, whatever kind of page it comes from."""

    page: Page
    date: datetime.date
    kind: str  # the kind in words, for example "News" or "Event"
    teaser: str = ""
    picture: CreditedPicture | None = None
    # The date in words when the page type writes it itself (an event's "13–15 February
    # 2014"); empty to let the template write `date`.
    date_text: str = ""
    # A short remark shown with the date, for example that an event is cancelled.
    note: str = ""
    # The language of the title and teaser when it is not the list's own (a page not
    # translated yet, shown in its source language); empty when it is.
    text_language: str = ""


class LatestItemMixin:
    """Implemented by dated page types (news posts, events) to appear in "latest".

    The home page finds every page model that mixes this in, asks each for its newest
    pages in one query, and merges them in true date order. The frame never imports the
    content apps that implement it.
    """

    # The kind of item in words, shown before the title; never an icon alone.
    latest_kind_label: ClassVar[str | Promise] = ""

    @classmethod
    def latest_queryset(cls, locale_id):
        """Live, public pages of this type in the tree of the locale `locale_id` that
        have happened, newest first.

        Pages that show another language's text are listed too: annotate them with
        `core.listings.with_text_language`, which marks them. Fetch what `as_latest_item`
        uses with the pages.
        """
        raise NotImplementedError

    def latest_date(self) -> datetime.date:
        raise NotImplementedError

    def latest_teaser(self) -> str:
        """A sentence or two shown under the title; empty for none."""
        return ""

    def latest_picture(self) -> CreditedPicture | None:
        """The picture shown beside the item, with its credit; None for none.

        `latest_queryset` should fetch the picture and its renditions with the pages.
        """
        return None

    def latest_date_text(self) -> str:
        """The date in words, when `latest_date()` alone does not say it all. Optional."""
        return ""

    def latest_note(self) -> str:
        """A short remark shown with the date ("Cancelled"). Optional."""
        return ""

    def as_latest_item(self) -> LatestItem:
        from core.listings import foreign_language

        return LatestItem(
            page=self,
            date=self.latest_date(),
            kind=str(self.latest_kind_label),
            teaser=self.latest_teaser(),
            picture=self.latest_picture(),
            date_text=self.latest_date_text(),
            note=self.latest_note(),
            # Annotated by `core.listings.with_text_language` in `latest_queryset`.
            text_language=foreign_language(self),
        )


def merge_latest_items(item_lists, limit):
    """Merge per-type lists into one, newest first; items of one day by title."""
    items = [item for items in item_lists for item in items]
    items.sort(key=lambda item: (-item.date.toordinal(), item.page.title))
    return items[:limit]


class UpcomingItemMixin:
    """Implemented by page types dated ahead (events) to appear in the home page's
    "Upcoming" block, which the frame shows without importing their apps.

    Items are shown as `as_latest_item()` makes them (`LatestItemMixin`).
    """

    # The heading of the block, what it says when nothing is coming, and the words of
    # the link to the full listing.
    upcoming_heading: ClassVar[str | Promise] = ""
    upcoming_empty_text: ClassVar[str | Promise] = ""
    upcoming_index_label: ClassVar[str | Promise] = ""

    @classmethod
    def upcoming_queryset(cls, locale_id):
        """Live, public pages of this type in the tree of the locale `locale_id` that are
        still to come (or under way), soonest first, annotated by
        `core.listings.with_text_language` and with what `as_latest_item` uses."""
        raise NotImplementedError

    @classmethod
    def upcoming_index_page(cls, locale_id):
        """The live page that lists all of them in that locale (a calendar), or None."""
        return None

    def is_cancelled(self) -> bool:
        """True when it will not take place: listed after those that will, and marked."""
        return False


def soonest_upcoming_items(pages, limit):
    """`pages` (UpcomingItemMixin, soonest first) as the home page lists them: the
    `limit` soonest, those cancelled after the others (each group still soonest first),
    so that a cancelled event never leads the block."""
    pages = list(pages)[:limit]
    pages.sort(key=lambda page: page.is_cancelled())
    return [page.as_latest_item() for page in pages]


def upcoming_page_models():
    """Every concrete page model that takes part in the home page's "Upcoming" block."""
    from wagtail.models import get_page_models

    return [model for model in get_page_models() if issubclass(model, UpcomingItemMixin)]


def dated_page_models():
    """Every concrete page model that takes part in the home page's "latest" list."""
    from wagtail.models import get_page_models

    return [model for model in get_page_models() if issubclass(model, LatestItemMixin)]


class FeedSourceMixin:
    """Implemented by index pages that publish a feed (RSS, Atom, iCalendar).

    The frame links every feed of the visitor's language from each page's <head> and
    from the footer, without knowing which apps provide them.
    """

    def get_feed_links(self, request=None):
        """A list of `FeedLink` for this page's feeds.

        The frame calls it on every page of the site, on pages loaded without their own
        fields (`specific_deferred`), so that all feed sources cost one query: use only
        the columns of `Page` (the address, the routes, `locale_id`), never the page
        type's own fields nor related objects such as `locale`, or each page would fetch
        them. `request` lets the addresses share the request's site lookups.
        """
        raise NotImplementedError


@dataclass(frozen=True)
class FeedLink:
    title: str
    url: str
    content_type: str  # "application/rss+xml", "application/atom+xml", "text/calendar"


def feed_source_models():
    from wagtail.models import get_page_models

    return [model for model in get_page_models() if issubclass(model, FeedSourceMixin)]
