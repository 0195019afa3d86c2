"""The site frame of a request: home page, menu, language links, alternates, footer.

Computed once per request, in a fixed number of queries whatever the number of
languages or menu entries, and shared by every template tag that needs it.
"""

from dataclasses import dataclass
from functools import cached_property

from django.conf import settings
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, Site

from home.models.mixins import feed_source_models
from home.models.snippets import FooterText


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name_local: str
    url: str
    is_current: bool
    # False when this page has no translation in that language and the link goes to
    # that language's home page instead.
    is_translated: bool


@dataclass(frozen=True)
class MenuEntry:
    title: str
    url: str
    current: str | None  # the aria-current value: "page", "true" (inside it) or None


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
    def _pages_by_language(self):
        """Live home pages and live translations of the current page, by language."""
        homes, translations = {}, {}
        if self.site is None:
            return homes, translations
        home_key = self.site.root_page.translation_key
        keys = {home_key}
        if self.page is not None:
            keys.add(self.page.translation_key)
        pages = Page.objects.live().filter(translation_key__in=keys).select_related("locale")
        for candidate in pages:
            code = candidate.locale.language_code
            if candidate.translation_key == home_key:
                homes[code] = candidate
            if self.page is not None and candidate.translation_key == self.page.translation_key:
                translations[code] = candidate
        return homes, translations

    @cached_property
    def home(self):
        homes, _translations = self._pages_by_language
        return homes.get(self.language) or homes.get(settings.LANGUAGE_CODE)

    @cached_property
    def menu_entries(self):
        if self.home is None:
            return []
        entries = []
        for item in self.home.get_children().live().public().in_menu().select_related("locale"):
            current = None
            if self.page is not None and self.page.pk == item.pk:
                current = "page"
            elif self.page is not None and self.page.path.startswith(item.path):
                current = "true"  # the visitor is somewhere inside this section
            entries.append(MenuEntry(title=item.title, url=item.get_url(self.request), current=current))
        return entries

    @cached_property
    def language_links(self):
        homes, translations = self._pages_by_language
        links = []
        for code, _name in settings.LANGUAGES:
            target = translations.get(code)
            is_translated = target is not None
            if target is None:
                target = homes.get(code)
            if target is None:
                continue  # the language is configured but has no pages yet
            links.append(
                LanguageLink(
                    code=code,
                    name_local=get_language_info(code)["name_local"],
                    url=target.get_url(self.request),
                    is_current=code == self.language,
                    is_translated=is_translated or self.page is None,
                )
            )
        return links

    @cached_property
    def alternates(self):
        """hreflang alternates: only real translations, never a fallback."""
        if self.page is None:
            return []
        _homes, translations = self._pages_by_language
        alternates = [
            Alternate(hreflang=code, url=translations[code].get_full_url(self.request))
            for code, _name in settings.LANGUAGES
            if code in translations
        ]
        source = translations.get(settings.LANGUAGE_CODE)
        if len(alternates) > 1 and source is not None:
            alternates.append(Alternate(hreflang="x-default", url=source.get_full_url(self.request)))
        return alternates

    @cached_property
    def canonical_url(self):
        if self.page is None or not self.page.live:
            return None
        return self.page.get_full_url(self.request)

    @cached_property
    def footer_text(self):
        return FooterText.for_language(self.language)

    @cached_property
    def feed_links(self):
        """The feeds of the visitor's language, from every page type that publishes one."""
        models = feed_source_models()
        if not models or self.home is None:
            return []
        sources = Page.objects.live().type(*models).descendant_of(self.home).specific()
        return [link for source in sources for link in source.get_feed_links()]


def get_site_frame(request, page=None):
    """The frame of this request, computed once and kept on the request."""
    if request is None:
        return SiteFrame(None, page)
    frame = getattr(request, "_site_frame", None)
    if frame is None or frame.page is not page:
        frame = SiteFrame(request, page)
        request._site_frame = frame
    return frame
