"""One log line per request, in key=value form, carrying the request's id.

The id is the `X-Request-ID` the frontend cache sets (Varnish names each request), or
one made here when there is none or it is not a plain token; it goes back in the
response's `X-Request-ID` header and into every log record written while the request is
served (`RequestIdFilter`), so an error mail, a traceback on stderr and the request's
line can be found together.

    … INFO alliance.requests request_id=5f0c… method=GET path=/fr/actualites/ status=200
    ms=12.4 bytes=4721 cache=hit user=-       (one line)
"""

import contextvars
import logging
import re
import time
import uuid

from django.core.signals import request_finished

logger = logging.getLogger("alliance.requests")

REQUEST_ID_HEADER = "X-Request-ID"
_ACCEPTED_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")
_current_request_id = contextvars.ContextVar("request_id", default="-")


def current_request_id():
    return _current_request_id.get()


def request_id_of(request):
    given = request.headers.get(REQUEST_ID_HEADER, "")
    return given if _ACCEPTED_ID.fullmatch(given) else uuid.uuid4().hex


def _value(text):
    """A value that keeps the line one line and splittable on spaces."""
    text = str(text)
    if text and not re.search(r'[\s"=\\]', text) and text.isprintable():
        return text
    # unicode_escape doubles backslashes and writes line breaks as \n; then the quotes.
    return '"' + text.encode("unicode_escape").decode("ascii").replace('"', '\\"') + '"'


def format_fields(fields):
    return " ".join(f"{key}={_value(value)}" for key, value in fields.items())


class RequestLogMiddleware:
    """First in the stack, so that its time covers the whole answer, a page cache hit too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_id = request_id_of(request)
        request.request_id = request_id
        # Kept until the response is closed (`forget_request_id`): Django logs a 404 or
        # a 500 after the middleware has returned.
        _current_request_id.set(request_id)
        started = time.monotonic()
        response = self.get_response(request)
        response[REQUEST_ID_HEADER] = request_id
        self.log(request, response, started)
        return response

    def log(self, request, response, started):
        user = getattr(request, "user", None)
        fields = {
            "method": request.method,
            "path": request.path,
            "status": response.status_code,
            "ms": f"{(time.monotonic() - started) * 1000:.1f}",
            "bytes": len(response.content) if not response.streaming else "-",
            "cache": response.get("X-Page-Cache", "-"),
            # Whether staff made it, never who: names belong to the audit log.
            "user": "staff" if user is not None and getattr(user, "is_authenticated", False) else "-",
        }
        logger.info(format_fields(fields))


def forget_request_id(**kwargs):
    _current_request_id.set("-")


request_finished.connect(forget_request_id, dispatch_uid="alliance.request_log.forget_request_id")


class RequestIdFilter(logging.Filter):
    """Adds `request_id` to every record, "-" outside a request."""

    def filter(self, record):
        record.request_id = current_request_id()
        return True
