"""Rendered regions of pages, kept for the requests the page cache cannot answer.

The page cache (core.page_cache) sends anonymous visitors a whole kept response. Every
other request renders its page again: an editor or a visitor with a session browsing
the site, and everyone on a form page, whose answer carries a CSRF token of its own.
Most of such a page is the same for all of them: the head, the header with its menu and
language links, the page's content, the footer. A template marks those parts as regions
(`{% cached_region "name" %}…{% endcached_region %}`, in `core.templatetags.render_cache`)
and they are rendered once, then kept.

A region is filed under the address (host, path and query string), the interface
language and the same two generation tokens as the page cache's answer for the address,
so every purge that reaches the page cache (core.purges decides which) reaches the
regions of the same address too: nothing here needs purges of its own.

What keeps a region per visitor out: it is kept only when it rendered without using the
request's CSRF token or its messages (both watched as it renders), never for a preview,
a request other than GET or HEAD, or a template without a page; the Wagtail user bar and
a form's own token stay outside regions. A region is looked up only while the page is
rendered, which is after the page's view restrictions let the request in, so a kept
region of a private page is sent to nobody the page would refuse.
"""

import hashlib
import operator
from functools import partial

from django.conf import settings
from django.utils import translation
from django.utils.functional import SimpleLazyObject

from core.page_cache import current_generations, page_cache

KEY_PREFIX = "render-cache:region:"


def cache_seconds():
    return settings.RENDER_CACHE_SECONDS


def request_may_use_regions(request, page):
    if not cache_seconds() or request is None or page is None:
        return False
    return request.method in ("GET", "HEAD") and not getattr(request, "is_preview", False)


def _generations(request):
    # Read once per request: every region of a page shares them.
    generations = getattr(request, "_render_cache_generations", None)
    if generations is None:
        generations = request._render_cache_generations = current_generations(request.path)
    return generations


def region_key(request, name, variant=""):
    address = "\n".join(
        (
            name,
            str(variant),
            request.get_host(),
            request.get_full_path(),
            translation.get_language() or "",
            *_generations(request),
        )
    )
    return KEY_PREFIX + hashlib.md5(address.encode(), usedforsecurity=False).hexdigest()


def _hands_out_state(request):
    """(a CSRF token handed out, messages read) so far in this request."""
    messages = getattr(request, "_messages", None)
    return bool(request.META.get("CSRF_COOKIE_NEEDS_UPDATE")), bool(getattr(messages, "used", False))


def render_region(request, name, variant, render):
    """The region's HTML from the cache, or rendered and kept when it is the same for
    every visitor.

    `render(watch_token)` renders the region; it calls `watch_token()` when the region
    asks for the CSRF token (the template tag passes a stand-in for the `csrf_token`
    variable that does so). Python code handing a token out or reading messages is seen
    on the request.
    """
    cache = page_cache()
    key = region_key(request, name, variant)
    html = cache.get(key)
    if html is not None:
        return html
    token_wanted = []
    handed_out_before = _hands_out_state(request)
    html = render(lambda: token_wanted.append(True))
    handed_out_after = _hands_out_state(request)
    newly_handed_out = any(
        after and not before for before, after in zip(handed_out_before, handed_out_after, strict=True)
    )
    if not token_wanted and not newly_handed_out:
        cache.set(key, str(html), timeout=cache_seconds())
    return html


def lazy_value(compute):
    """`compute()`, run when a template first uses the value: a page whose regions come
    from the cache never reads what only they show. For values that templates use as
    objects, lists or mappings (not as dates or numbers given to filters)."""
    return SimpleLazyObject(compute)


PREPARATION = "render_preparation"


class RenderPreparation:
    """What a page loads in bulk for its templates (its pictures with their renditions,
    say), done by the first region that renders rather than comes from the cache, and
    only once. A view puts it in the context under `PREPARATION`."""

    def __init__(self, *steps):
        self.steps = steps
        self.done = False

    def run(self):
        if not self.done:
            self.done = True
            for step in self.steps:
                step()


def prepare_render(context):
    preparation = context.get(PREPARATION)
    if preparation is not None:
        preparation.run()


def lazy_entries(compute, keys):
    """Context entries `keys` of the mapping `compute()` returns, computed (once, for
    all of them) when a template first uses one of them."""
    entries = SimpleLazyObject(compute)
    return {key: SimpleLazyObject(partial(operator.getitem, entries, key)) for key in keys}
