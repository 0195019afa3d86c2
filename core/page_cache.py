"""The page cache: what anonymous visitors are sent, kept in the site's cache.

An anonymous GET of a public address (a page, a feed, a calendar, the sitemap, open
data) is answered from the cache without touching the database once the same address
has been rendered. What may be kept is decided by the response, not by a list of views:
a 200 that sets no cookie, used no CSRF token, does not vary on the visitor, and did not
say `private` or `no-store`. A visitor who carries a session (an editor, or someone who
has entered a page's password) is never served from the cache nor stored in it, so a
private page can only reach the cache through a response that was public.

Each kept response is filed under the address and two generation tokens: one for the
address's path (all of its query strings: filters, pages of a list), and one for the
whole cache. A purge writes new tokens, so what was kept under the old ones is no longer
reachable and expires on its own. Purges come through Wagtail's frontend-cache interface
(`PageCacheBackend`, configured in `WAGTAILFRONTENDCACHE`), so the addresses a publish
purges here are the ones it purges in a frontend cache; `core.purges` decides which.
"""

import hashlib
import logging
import time
import uuid
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.utils import translation
from django.utils.cache import patch_cache_control, set_response_etag
from django.utils.http import http_date
from wagtail.contrib.frontend_cache.backends import BaseBackend

logger = logging.getLogger(__name__)

EVERYTHING_KEY = "page-cache:generation:everything"
HIT_HEADER = "X-Page-Cache"
# Headers a kept response is sent again with; the others are the server's (Date) or
# are set again on the way out (compression, Vary: Accept-Encoding).
KEPT_HEADERS = (
    "Content-Type",
    "Content-Language",
    "Content-Disposition",
    "Cache-Control",
    "ETag",
    "Vary",
    "Last-Modified",
    "Link",
    "Location",
    "X-Robots-Tag",
)
# What a kept answer may vary on: the session cookie (an answer kept here was rendered
# for a request without one, and is only sent to such requests), the language asked for
# (part of the key where the address names no language) and compression (applied on
# the way out).
KEYED_VARY_HEADERS = {"cookie", "accept-language", "accept-encoding"}
# Directives that keep a response out of a shared cache.
UNSHARED_DIRECTIVES = ("private", "no-store", "no-cache")


def cache_seconds():
    return settings.PAGE_CACHE_SECONDS


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def path_generation_key(path):
    return "page-cache:generation:path:" + hashlib.md5(path.encode(), usedforsecurity=False).hexdigest()


def new_token():
    return uuid.uuid4().hex


def current_generations(path):
    """The generation tokens an answer for `path` is filed under, created where missing.

    A token the cache has dropped is replaced by a new one, never by a fixed first
    value: what was filed under the dropped token can then never come back.
    """
    cache = page_cache()
    path_key = path_generation_key(path)
    tokens = cache.get_many([EVERYTHING_KEY, path_key])
    for key in (EVERYTHING_KEY, path_key):
        if key not in tokens:
            cache.add(key, new_token(), timeout=None)
            tokens[key] = cache.get(key) or new_token()
    return tokens[EVERYTHING_KEY], tokens[path_key]


def purge_paths(paths):
    """Make every answer kept for these paths (any query string) unreachable."""
    paths = set(paths)
    if paths:
        page_cache().set_many({path_generation_key(path): new_token() for path in paths}, timeout=None)


def purge_everything():
    page_cache().set(EVERYTHING_KEY, new_token(), timeout=None)


def entry_language(request):
    """The language an answer depends on where its address does not name one ("/",
    the sitemap): the visitor's, from the language cookie or Accept-Language."""
    if translation.get_language_from_path(request.path_info):
        return ""
    return translation.get_language_from_request(request, check_path=False)


def entry_key(request, generations):
    address = "\n".join((request.get_host(), request.get_full_path(), entry_language(request), ":".join(generations)))
    return "page-cache:entry:" + hashlib.md5(address.encode(), usedforsecurity=False).hexdigest()


@dataclass(frozen=True)
class KeptResponse:
    status: int
    headers: tuple
    content: bytes

    @classmethod
    def of(cls, response):
        headers = tuple((name, response[name]) for name in KEPT_HEADERS if response.has_header(name))
        return cls(response.status_code, headers, response.content)

    def to_response(self):
        from django.http import HttpResponse

        response = HttpResponse(self.content, status=self.status)
        for name, value in self.headers:
            response[name] = value
        return response


def request_may_use_cache(request):
    """Whether `request` may be answered from the cache (and its answer kept).

    Only anonymous GET and HEAD requests outside the admin: the session cookie is how
    an editor, a visitor who entered a page's password, or one with a message waiting
    is recognised, without reading the session.
    """
    if request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or CookieStorage.cookie_name in request.COOKIES:
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    return not request.path.startswith(settings.PAGE_CACHE_EXCLUDED_PREFIXES)


def response_may_be_kept(request, response):
    """Whether `response` is the same for every anonymous visitor of the address."""
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if getattr(response, "page_cache_exempt", False):
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False  # a cookie, or a CSRF token in the page: this visitor's own answer
    if getattr(request, "is_preview", False):
        return False
    vary = {header.strip().lower() for header in response.get("Vary", "").split(",") if header.strip()}
    if not vary <= KEYED_VARY_HEADERS:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(directive in cache_control for directive in UNSHARED_DIRECTIVES):
        return False
    return len(response.content) <= settings.PAGE_CACHE_MAX_BYTES


def exempt_from_page_cache(response):
    """Mark a response as this visitor's own: never kept, never kept by a shared cache."""
    response.page_cache_exempt = True
    patch_cache_control(response, private=True)
    return response


class PageCacheMiddleware:
    """Answers anonymous requests from the page cache; keeps the answers that may be shared.

    Placed above the session, locale and authentication middleware, so a hit costs two
    cache reads and no query. Kept answers say so to shared caches (`s-maxage`) and ask
    browsers to check again each time (`max-age=0` with an ETag, answered with a 304).
    Answers that may not be shared are marked `private`, so that no frontend cache keeps
    a page with someone's CSRF token.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = cache_seconds()
        usable = request_may_use_cache(request)
        if not seconds or not usable:
            response = self.get_response(request)
            if not usable or not response_may_be_kept(request, response):
                self.mark_private(request, response)
            return response

        try:
            key = entry_key(request, current_generations(request.path))
            kept = page_cache().get(key)
        except Exception:  # the cache is down: serve without it, as the frame does
            logger.warning("Page cache unavailable; serving without it.", exc_info=True)
            return self.get_response(request)
        if kept is not None:
            response = kept.to_response()
            response[HIT_HEADER] = "hit"
            return response

        response = self.get_response(request)
        if response_may_be_kept(request, response):
            patch_cache_control(response, public=True, max_age=0, s_maxage=seconds)
            if not response.has_header("Last-Modified"):
                response["Last-Modified"] = http_date(time.time())
            set_response_etag(response)
            try:
                page_cache().set(key, KeptResponse.of(response), timeout=seconds)
            except Exception:
                logger.warning("Page cache unavailable; the page was not kept.", exc_info=True)
            response[HIT_HEADER] = "miss"
        else:
            self.mark_private(request, response)
        return response

    @staticmethod
    def mark_private(request, response):
        if request.method not in ("GET", "HEAD") or response.has_header("Cache-Control"):
            return
        if request.path.startswith(settings.PAGE_CACHE_EXCLUDED_PREFIXES) or response.streaming:
            return  # the admin and file downloads say for themselves how they are cached
        patch_cache_control(response, private=True)


class PageCacheBackend(BaseBackend):
    """Wagtail's frontend-cache interface to the page cache: a purged URL's path, with
    all its query strings, is rendered again on its next request. Host names are not
    compared (the site may be reached under several), so a purge reaches every site's
    answers for that path."""

    def purge(self, url):
        purge_paths([urlsplit(url).path or "/"])

    def purge_batch(self, urls):
        purge_paths({urlsplit(url).path or "/" for url in urls})

    def purge_everything(self):
        purge_everything()
