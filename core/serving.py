"""Serving a page in a fixed number of queries, with Wagtail's own answers.

Wagtail's serve view looks up the site, the active locale and the localized root page,
then walks the tree one query per address component (and one more for each page's
specific type), then reads the page's ancestors and their view restrictions. Here:

- the site matched for a host and port, its root page's translations and the locales'
  ids are kept in the cache (`site_entry`), in the generation of `core.frame`, which a
  saved, moved or deleted page, site or locale renews;
- the pages the address can name are read in one query, every candidate address at
  once (`url_path`), and each page's own `route()` still decides where the request goes
  (`BasePage.route` takes the next page from that query instead of asking for it), so
  that routable pages resolve their sub-routes before their children, exactly as in
  Wagtail;
- the page found is read once more with its own fields, and with its view restrictions
  (and its ancestors') checked inside that query (`core.privacy`): a public page costs
  no query for them, a private one the one query that reads the restrictions to enforce.

Whatever the cache holds is checked against the rows read for the request; should they
disagree (a cache left behind by another process), the request is routed by Wagtail's
own code.

With the render cache on (core.render_cache), the page an address was routed to is kept
too, with what routing learnt of its restrictions, under the frame's generation (renewed
by any saved, moved or deleted page) and the page cache's tokens for the address (renewed
by every purge that reaches it, a changed view restriction among them): the next request
for the address routes the kept page again, through its own `route()`, without a query.
"""

import copy
import hashlib
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db.models import Exists, Q
from django.http import Http404, HttpResponse
from django.http.request import split_domain_port
from django.utils.translation import get_language
from wagtail import hooks
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.models.sites import get_site_for_hostname

from core.frame import FRAME_CACHE_SECONDS, request_cache_version
from core.page_cache import current_generations
from core.privacy import lineage_mirrors_an_alias, lineage_restrictions
from core.render_cache import cache_seconds as kept_route_seconds

_FALLBACK = object()  # the fast route cannot answer for certain: Wagtail's routing decides
_REQUEST_ENTRY = "_serving_site_entry"


@dataclass
class SiteEntry:
    """What serving needs to know of the site a host and port reach, before any page."""

    site: Site | None
    # The site's root page and each of its translations, by locale id (plain pages).
    roots_by_locale_id: dict = field(default_factory=dict)
    locale_ids_by_code: dict = field(default_factory=dict)


def _host_and_port(request):
    # The host as Wagtail's `Site.find_for_request` reads it: before the ALLOWED_HOSTS
    # check, which the site lookup must not raise.
    return split_domain_port(request._get_raw_host())[0], request.get_port()


def _load_site_entry(hostname, port):
    try:
        site = get_site_for_hostname(hostname, port)
    except Site.DoesNotExist:
        return SiteEntry(site=None)
    roots = site.root_page.get_translations(inclusive=True)
    return SiteEntry(
        site=site,
        roots_by_locale_id={root.locale_id: root for root in roots},
        locale_ids_by_code=dict(Locale.objects.values_list("language_code", "id")),
    )


def site_entry(request):
    """The `SiteEntry` of this request's host and port, once per request.

    Also hands the site to Wagtail (`Site.find_for_request` reads it from the request), so
    that nothing else in the request looks it up again.
    """
    entry = getattr(request, _REQUEST_ENTRY, None)
    if entry is None:
        hostname, port = _host_and_port(request)
        key = f"serving:{request_cache_version(request)}:{hostname}:{port}"
        entry = cache.get(key)
        if entry is None:
            entry = _load_site_entry(hostname, port)
            cache.set(key, entry, FRAME_CACHE_SECONDS)
        setattr(request, _REQUEST_ENTRY, entry)
        request._wagtail_site = entry.site
    return entry


class SiteLookupMiddleware:
    """Finds the site of each request in the cache rather than in the database."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not hasattr(request, "_wagtail_site") and not request.path_info.startswith(
            settings.SITE_LOOKUP_EXCLUDED_PREFIXES
        ):
            site_entry(request)
        return self.get_response(request)


def active_locale_id(entry):
    """`Locale.get_active().pk`, from the entry's locales; None where Wagtail finds none."""
    for language_code in (get_language(), settings.LANGUAGE_CODE):
        try:
            code = get_supported_content_language_variant(language_code)
        except LookupError:
            continue
        if code in entry.locale_ids_by_code:
            return entry.locale_ids_by_code[code]
    return None


def localized_root(entry):
    """`site.root_page.localized`: the root page's live translation in the active language.

    Returns the root chosen and the translation passed over for not being live, if any:
    routing checks that it still is not.
    """
    root = entry.site.root_page
    locale_id = active_locale_id(entry)
    translation = entry.roots_by_locale_id.get(locale_id) if locale_id is not None else None
    if translation is None or translation.pk == root.pk:
        return root, None
    if translation.live:
        return translation, None
    return root, translation


def _pages_along(root, components, passed_over=None):
    """The live and non-live pages the address names below `root`, in one query, as the
    chain from the root down to the deepest page that exists; `_FALLBACK` when the rows
    read do not form one, or disagree with the cached roots (`root`, and the translation
    `passed_over` for not being live)."""
    ends = range(1, len(components) + 1)
    candidates = [root.url_path + "".join(f"{part}/" for part in components[:end]) for end in ends]
    cached_roots = [root] if passed_over is None else [root, passed_over]
    rows = Page.objects.filter(
        Q(pk__in=[cached.pk for cached in cached_roots]) | Q(url_path__in=candidates, path__startswith=root.path)
    ).order_by("path")
    by_pk = {}
    by_url_path = {}
    for row in rows:
        by_pk[row.pk] = row
        if row.path.startswith(root.path):
            if row.url_path in by_url_path:
                return _FALLBACK  # two pages at one address: Wagtail's routing gives its own answer
            by_url_path[row.url_path] = row
    for cached in cached_roots:
        row = by_pk.get(cached.pk)
        if row is None or (row.path, row.url_path, row.live) != (cached.path, cached.url_path, cached.live):
            return _FALLBACK
    chain = [by_pk[root.pk]]
    for url_path in candidates:
        row = by_url_path.get(url_path)
        if row is None:
            break
        parent = chain[-1]
        if row.depth != parent.depth + 1 or row.path[: -Page.steplen] != parent.path:
            return _FALLBACK
        chain.append(row)
    return chain


def _load_own_fields(page):
    """Reads the routed page again with its own fields and its view restrictions.

    The page was built from the routing query without the fields of its type
    (`specific_deferred`); they are filled in on the same instance, so that what routing
    bound to it (a routable page's view) keeps it. The result is False when the page is
    no longer what routing saw.
    """
    model = type(page)
    fresh = (
        model._default_manager.filter(pk=page.pk)
        .annotate(is_restricted=Exists(lineage_restrictions(page)), mirrors_an_alias=lineage_mirrors_an_alias(page))
        .first()
    )
    if fresh is None or (fresh.live, fresh.path, fresh.url_path) != (page.live, page.path, page.url_path):
        return False
    for model_field in model._meta.concrete_fields:
        if model_field.attname in fresh.__dict__:
            page.__dict__[model_field.attname] = fresh.__dict__[model_field.attname]
    page._routing_facts = (fresh.is_restricted, fresh.mirrors_an_alias)
    _set_view_restrictions(page, fresh.is_restricted, fresh.mirrors_an_alias)
    return True


def _set_view_restrictions(page, is_restricted, mirrors_an_alias):
    if not mirrors_an_alias:
        # Else Wagtail's own get_view_restrictions() follows the chain of aliases.
        page._routed_view_restrictions = (
            lineage_restrictions(page) if is_restricted else PageViewRestriction.objects.none()
        )


# What routing leaves on pages for this request only: never kept.
_ROUTING_STATE = ("_routing_next", "_routed_view_restrictions", "_routing_facts")


def _kept_route_key(request, path):
    hostname, port = _host_and_port(request)
    address = "\n".join(
        (
            hostname,
            str(port),
            path,
            request.path,
            get_language() or "",
            str(request_cache_version(request)),
            *current_generations(request.path),
        )
    )
    return "serving:route:" + hashlib.md5(address.encode(), usedforsecurity=False).hexdigest()


def _without_routing_state(page):
    kept = copy.copy(page)
    kept.__dict__ = {key: value for key, value in page.__dict__.items() if key not in _ROUTING_STATE}
    parent = page.__dict__.get("_cached_parent_obj")
    if parent is not None:
        kept._cached_parent_obj = _without_routing_state(parent)
    return kept


def _keep_route(request, path, page, remaining):
    cache.set(
        _kept_route_key(request, path),
        (_without_routing_state(page), remaining, page._routing_facts),
        kept_route_seconds(),
    )


def _kept_route(request, path):
    kept = cache.get(_kept_route_key(request, path))
    if kept is None:
        return None
    page, remaining, (is_restricted, mirrors_an_alias) = kept
    if remaining:
        # As the query of the pages along found it: no page below for the next component.
        page._routing_next = (remaining[0], None)
    result = page.route(request, remaining)
    if result[0] is not page:
        return _FALLBACK
    _set_view_restrictions(page, is_restricted, mirrors_an_alias)
    return result


def _fast_route(request, path, entry):
    keeps_routes = kept_route_seconds() > 0
    if keeps_routes:
        kept = _kept_route(request, path)
        if kept is not None:
            return kept
    components = [component for component in path.split("/") if component]
    root, passed_over = localized_root(entry)
    # The home page needs no query of the pages along: the query of its own fields checks
    # what the cache says of it.
    needs_pages_along = components or passed_over is not None
    chain = _pages_along(root, components, passed_over) if needs_pages_along else [root]
    if chain is _FALLBACK:
        return _FALLBACK
    pages = [row.specific_deferred for row in chain]
    for depth, page in enumerate(pages[: len(components)]):
        child = pages[depth + 1] if depth + 1 < len(pages) else None
        page._routing_next = (components[depth], child)
    result = pages[0].route(request, components)
    page = result[0]
    position = next((depth for depth, candidate in enumerate(pages) if page is candidate), None)
    if position is not None:
        if not _load_own_fields(page):
            return _FALLBACK
        if keeps_routes:
            _keep_route(request, path, page, components[position:])
    return result


def route_for_request(request, path):
    """`Page.route_for_request`, in a fixed number of queries; kept on the request as
    Wagtail keeps its own, so that `Page.find_for_request` gives the same answer."""
    if hasattr(request, "_wagtail_route_for_request"):
        return request._wagtail_route_for_request
    entry = site_entry(request)
    result = None
    if entry.site is not None:
        try:
            result = _fast_route(request, path, entry)
        except Http404:
            result = None
        if result is _FALLBACK:
            request.__dict__.pop("routable_resolver_match", None)
            return Page.route_for_request(request, path)
    request._wagtail_route_for_request = result
    return result


def serve_chain(page, request, args, kwargs):
    return page.serve(request, *args, **kwargs)


def serve(request, path):
    """Wagtail's serve view (`wagtail.views.serve`) on `route_for_request`: the same hooks
    (view restrictions among them) in the same order."""
    route_result = route_for_request(request, path)
    if route_result is None:
        raise Http404
    page, args, kwargs = route_result

    on_serve_chain = serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        on_serve_chain = fn(on_serve_chain)

    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result

    return on_serve_chain(page, request, args, kwargs)
