"""The site's own middleware: its "page not found" page on a developer's machine too, and
compression of what it writes as text."""

from django.conf import settings
from django.http import Http404
from django.middleware.gzip import GZipMiddleware
from django.urls import get_resolver


class SiteNotFoundPageInDebugMiddleware:
    """With DEBUG on (`make run`), a missing page shows the site's translated 404 page.

    Django answers an Http404 with its technical "yellow" page whenever DEBUG is on
    (`django.core.handlers.exception.response_for_exception`), which is the first page
    editors and newcomers meet. This hands the exception to the site's own 404 handler
    instead, as production does; server errors keep Django's debug page, and the reason
    for the 404 is still in the console's request log. Without DEBUG it does nothing:
    Django calls the same handler itself.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not settings.DEBUG or not isinstance(exception, Http404):
            return None
        handler = get_resolver(getattr(request, "urlconf", None)).resolve_error_handler(404)
        return handler(request, exception)


# What the site writes as text. Pictures and PDFs are compressed already; WhiteNoise,
# above this middleware, serves the static files from their own compressed copies.
COMPRESSIBLE_TYPES = (
    "text/",
    "application/json",
    "application/ld+json",
    "application/geo+json",
    "application/xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/javascript",
    "image/svg+xml",
)


class TextCompressionMiddleware(GZipMiddleware):
    """Gzip for pages, feeds, calendars, the sitemap and open data, when the client takes it.

    Django's GZipMiddleware, limited to text: it adds `Vary: Accept-Encoding`, weakens
    the ETag, and pads each compressed answer with random bytes ("Heal the Breach")
    so that a page holding a CSRF token cannot be read back from its compressed length.
    """

    def process_response(self, request, response):
        content_type = response.get("Content-Type", "").split(";", 1)[0].strip().lower()
        if not content_type.startswith(COMPRESSIBLE_TYPES):
            return response
        return super().process_response(request, response)
