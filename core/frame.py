"""The site frame of a request: home page, menu, language links, alternates, footer.

Computed once per request, in a fixed number of queries whatever the number of
languages or menu entries, and shared by every template tag that needs it. What is the
same on every page of a language (the menu, the footer text, the feed links, the site
settings) is kept in the site's cache, per site, host and language, until a page, the
footer text, the settings, a site or a language is saved, moved or deleted
(`forget_site_frames`).
"""

import uuid
from dataclasses import dataclass, replace
from functools import cached_property

from django.conf import settings
from django.core.cache import cache
from django.db.models import OuterRef, Subquery
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_unpublished, post_page_move

from alliance.languages import own_language_name
from core.absolute_urls import page_full_url
from core.models.mixins import feed_source_models
from core.models.site_settings import SiteSettings
from core.models.snippets import FooterText
from core.models.translation import SourceContentPage
from core.privacy import public_only
from core.site_name import site_name_from

# Where a language link goes when the page has no translation of its own in that language.
FALLBACK_HOME = "home"  # no page at all there: the link opens that language's home page
FALLBACK_SOURCE = "source"  # an alias there shows the source text, with a notice


def shown_language_annotation():
    """The language a page still shows when it is marked as showing its source text."""
    return Subquery(SourceContentPage.objects.filter(page_id=OuterRef("pk")).values("language_code")[:1])


def content_language(page, pages_by_pk=None):
    """The language of the text a live page shows: its own, or its source's.

    An alias across languages shows the page it mirrors; a page converted from an alias
    shows its source's text until a translation of it is published (`shown_language`,
    annotated by `shown_language_annotation`). `pages_by_pk` holds pages already loaded,
    so that the page an alias mirrors is found without a query.
    """
    own = page.locale.language_code
    if page.alias_of_id:
        original = (pages_by_pk or {}).get(page.alias_of_id)
        return original.locale.language_code if original is not None else own
    return getattr(page, "shown_language", None) or own


FRAME_VERSION_KEY = "site-frame:version"
# The parts are forgotten whenever what they show changes; the timeout bounds how long a
# change can be missed where that cannot reach: a cache of each process's memory (no
# REDIS_URL) behind several processes, or Redis unreachable at the moment of the change.
FRAME_CACHE_SECONDS = 5 * 60
_MISSING = object()


def frame_cache_version():
    """The generation of the cached frame parts; a new one makes every old part unreachable.

    A random token rather than a counter: should the cache lose the key, a new token
    cannot meet parts cached under an old one.
    """
    version = cache.get(FRAME_VERSION_KEY)
    if version is None:
        cache.add(FRAME_VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(FRAME_VERSION_KEY)
    return version


def request_cache_version(request):
    """`frame_cache_version()`, read once per request."""
    version = getattr(request, "_frame_cache_version", None)
    if version is None:
        version = frame_cache_version()
        request._frame_cache_version = version
    return version


def forget_site_frames(**kwargs):
    """Something the frame shows changed: every language's cached parts are forgotten."""
    cache.set(FRAME_VERSION_KEY, uuid.uuid4().hex, None)


def forget_site_frames_on_change(sender, instance, **kwargs):
    # Pages (menu titles and order, feed sources, aliases), the footer text, the site
    # settings, the sites and the languages. Saving a draft counts too: cheaper than
    # telling it apart. A view restriction added or removed changes which pages the
    # menu may list.
    if isinstance(instance, Page | FooterText | SiteSettings | Site | Locale | PageViewRestriction):
        forget_site_frames()


def connect():
    post_save.connect(forget_site_frames_on_change, dispatch_uid="core.frame.forget_on_save")
    post_delete.connect(forget_site_frames_on_change, dispatch_uid="core.frame.forget_on_delete")
    page_unpublished.connect(forget_site_frames, dispatch_uid="core.frame.forget_on_unpublish")
    post_page_move.connect(forget_site_frames, dispatch_uid="core.frame.forget_on_move")


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name_local: str
    url: str
    is_current: bool
    # False when this page has no translation of its own in that language: the link then
    # goes to that language's home page (fallback "home") or to the page that shows the
    # source text there (fallback "source").
    is_translated: bool
    fallback: str | None = None


@dataclass(frozen=True)
class MenuEntry:
    title: str
    url: str
    current: str | None  # the aria-current value: "page", "true" (inside it) or None
    lang: str | None = None  # set when the entry's title is in another language than the page


@dataclass(frozen=True)
class Alternate:
    hreflang: str
    url: str


class SiteFrame:
    def __init__(self, request, page=None):
        self.request = request
        self.page = page
        self.language = get_language() or settings.LANGUAGE_CODE
        self.site = Site.find_for_request(request) if request is not None else None

    @cached_property
    def _cache_version(self):
        return request_cache_version(self.request)

    def _kept(self, part, compute):
        """`compute()`, kept in the cache for this site, host and language."""
        if self.request is None or self.site is None:
            return compute()
        key = f"site-frame:{self._cache_version}:{self.site.pk}:{self.request.get_host()}:{self.language}:{part}"
        value = cache.get(key, _MISSING)
        if value is _MISSING:
            value = compute()
            cache.set(key, value, FRAME_CACHE_SECONDS)
        return value

    @cached_property
    def _pages_by_language(self):
        """Live home pages and live translations of the current page, by language."""
        if self.site is None:
            return {}, {}
        homes = self._kept("homes", self._home_pages)
        home_key = self.site.root_page.translation_key
        if self.page is None:
            return homes, {}
        if self.page.translation_key == home_key:
            return homes, dict(homes)
        return homes, self._live_pages_by_language(self.page.translation_key)

    def _home_pages(self):
        return self._live_pages_by_language(self.site.root_page.translation_key)

    @staticmethod
    def _live_pages_by_language(translation_key):
        pages = (
            Page.objects.live()
            .filter(translation_key=translation_key)
            .select_related("locale")
            .annotate(shown_language=shown_language_annotation())
        )
        return {page.locale.language_code: page for page in pages}

    @cached_property
    def _translations_by_pk(self):
        _homes, translations = self._pages_by_language
        return {page.pk: page for page in translations.values()}

    def _shows_source(self, page):
        return page.alias_of_id is not None or bool(getattr(page, "shown_language", None))

    @cached_property
    def _current(self):
        """The current page as loaded with its translations (annotated), if it is live."""
        if self.page is None:
            return None
        return self._translations_by_pk.get(self.page.pk)

    @cached_property
    def content_language(self):
        """The language of the page's text: the visitor's, or the source's when not translated."""
        if self._current is None:
            return self.language
        return content_language(self._current, self._translations_by_pk)

    @cached_property
    def shows_source_text(self):
        """True when the page shows its source text because it is not translated yet."""
        return self._current is not None and self.content_language != self._current.locale.language_code

    @cached_property
    def source_page(self):
        """The page whose text is shown, when this one is not translated yet."""
        if not self.shows_source_text:
            return None
        if self._current.alias_of_id:
            return self._translations_by_pk.get(self._current.alias_of_id)
        _homes, translations = self._pages_by_language
        return translations.get(self.content_language)

    @cached_property
    def home(self):
        homes, _translations = self._pages_by_language
        return homes.get(self.language) or homes.get(settings.LANGUAGE_CODE)

    def _menu_items(self):
        """(pk, path, title, address, language of the title) of each menu entry."""
        if self.home is None:
            return []
        items = (
            public_only(self.home.get_children().live().in_menu())
            .select_related("locale", "alias_of__locale")
            .annotate(shown_language=shown_language_annotation())
        )
        menu = []
        for item in items:
            original = item.alias_of
            text_language = original.locale.language_code if original is not None else item.shown_language
            lang = text_language if text_language and text_language != self.language else None
            menu.append((item.pk, item.path, item.title, item.get_url(self.request), lang))
        return menu

    @cached_property
    def menu_entries(self):
        entries = []
        for pk, path, title, url, lang in self._kept("menu", self._menu_items):
            current = None
            if self.page is not None and self.page.pk == pk:
                current = "page"
            elif self.page is not None and self.page.path.startswith(path):
                current = "true"  # the visitor is somewhere inside this section
            entries.append(MenuEntry(title=title, url=url, current=current, lang=lang))
        return entries

    def _sub_route(self, language_code):
        """The sub-route the visitor is on (a month, a year of the calendar) in a language's
        words, to add to the page's address in that language."""
        if self.page is None or self.request is None:
            return ""
        sub_route_in_language = getattr(self.page, "sub_route_in_language", None)
        return sub_route_in_language(self.request, language_code) if sub_route_in_language else ""

    def _where_in_page(self, language_code):
        """The sub-route and the query string (filters, search) the visitor is on, for the
        language links. The canonical link and the alternates carry the sub-route only: a
        month of the calendar is a page of its own, a filtered list is not."""
        query = self.request.META.get("QUERY_STRING", "") if self.request is not None else ""
        return self._sub_route(language_code) + (f"?{query}" if query else "")

    @cached_property
    def language_links(self):
        homes, translations = self._pages_by_language
        links = []
        for code, _name in settings.LANGUAGES:
            target = translations.get(code)
            fallback = None
            if target is None:
                target, fallback = homes.get(code), FALLBACK_HOME
            elif self._shows_source(target):
                fallback = FALLBACK_SOURCE
            if target is None:
                continue  # the language is configured but has no pages yet
            if self.page is None:
                fallback = None
            url = target.get_url(self.request)
            if fallback != FALLBACK_HOME:
                url += self._where_in_page(code)
            links.append(
                LanguageLink(
                    code=code,
                    name_local=own_language_name(code),
                    url=url,
                    is_current=code == self.language,
                    is_translated=fallback is None,
                    fallback=fallback,
                )
            )
        return links

    @cached_property
    def alternates(self):
        """hreflang alternates: only real translations, never a fallback.

        A page that shows its source text has none: its canonical link points search
        engines at the source, so it is not a duplicate in another language.
        """
        if self.page is None or self.shows_source_text:
            return []
        _homes, translations = self._pages_by_language
        alternates = [
            Alternate(hreflang=code, url=page_full_url(translations[code], self.request) + self._sub_route(code))
            for code, _name in settings.LANGUAGES
            if code in translations and not self._shows_source(translations[code])
        ]
        source = translations.get(settings.LANGUAGE_CODE)
        if len(alternates) > 1 and source is not None:
            default_url = page_full_url(source, self.request) + self._sub_route(settings.LANGUAGE_CODE)
            alternates.append(Alternate(hreflang="x-default", url=default_url))
        return alternates

    @cached_property
    def canonical_url(self):
        if self.page is None or not self.page.live:
            return None
        if self.source_page is not None:
            return page_full_url(self.source_page, self.request) + self._sub_route(self.content_language)
        return page_full_url(self.page, self.request) + self._sub_route(self.language)

    @cached_property
    def site_settings(self):
        """The site's settings (its social links, the contact address)."""
        if self.site is None:
            return None
        return self._kept("settings", lambda: SiteSettings.for_site(self.site))

    @cached_property
    def footer_text(self):
        return self._kept("footer", lambda: FooterText.for_language(self.language))

    @cached_property
    def site_name(self):
        """The site's name in the visitor's language, from the texts the footer loads."""
        return site_name_from(self.footer_text, self.language)

    @cached_property
    def feed_links(self):
        """The feeds of the visitor's language, from every page type that publishes one."""
        return self._kept("feeds", self._feed_links)

    def _feed_links(self):
        models = feed_source_models()
        if not models or self.home is None:
            return []
        # One query for every source, whatever the number of page types: the plain pages,
        # each turned into its own type without fetching that type's fields
        # (`specific_deferred`; get_feed_links uses Page fields only). All of Page's
        # columns are fetched: building the specific page reads each of them, so a
        # deferred one (`.only()`) would cost a query per field and page. Related objects
        # loaded with the page (`select_related`) do not reach the specific page either.
        sources = Page.objects.live().type(*models).descendant_of(self.home)
        # Titles as text in this language: the links are kept per language.
        return [
            replace(link, title=str(link.title))
            for source in sources
            for link in source.specific_deferred.get_feed_links(self.request)
        ]


def get_site_frame(request, page=None):
    """The frame of this request, computed once and kept on the request."""
    if request is None:
        return SiteFrame(None, page)
    frame = getattr(request, "_site_frame", None)
    if frame is None or frame.page is not page:
        frame = SiteFrame(request, page)
        request._site_frame = frame
    return frame
