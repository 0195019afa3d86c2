"""Spam and abuse protection of the public forms: honeypot, fill time, rate limit.

- A robot that fills in the hidden honeypot field, or sends the form faster than a
  person could, is shown the ordinary thank-you page; nothing is stored or sent.
- A signed token in the form says when it was shown. A missing or forged token (an
  old page, a changed secret key) is not taken for a robot: the form is shown again
  with a message, so that a person loses nothing.
- One address may send a limited number of applications in a time window; past that
  the form is shown again with its answers and a message (HTTP 429).
"""

import hashlib
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

TOKEN_SALT = "applications.fill-time"
RATE_KEY_PREFIX = "applications:rate"


def client_address(request):
    """The visitor's address.

    Behind TRUSTED_PROXY_COUNT trusted reverse proxies, each of which appends the
    address it received from to X-Forwarded-For, the visitor's address is that many
    entries from the right. The entries further left are whatever the client sent,
    so they are never trusted.
    """
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies > 0:
        hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
        if len(hops) >= proxies:
            return hops[-proxies]
    return request.META.get("REMOTE_ADDR", "")


class FormGuard:
    HONEYPOT_NAME = "extra_reference_code"
    TOKEN_NAME = "form_token"

    def __init__(self, request, page):
        self.request = request
        self.page = page
        self._started_at = self._read_token()

    # --- The fill-time token -------------------------------------------------------------

    def _read_token(self):
        token = self.request.POST.get(self.TOKEN_NAME, "") if self.request.method == "POST" else ""
        if not token:
            return None
        try:
            value = signing.loads(token, salt=TOKEN_SALT)
        except signing.BadSignature:
            return None
        if not isinstance(value, dict) or value.get("page") != str(self.page.translation_key):
            return None
        started = value.get("started")
        return started if isinstance(started, int | float) else None

    def new_token(self):
        """A token for the form being shown. A form shown again after an error keeps
        the time it was first shown, so correcting it never looks hurried."""
        started = self._started_at if self._started_at is not None else time.time()
        return signing.dumps({"page": str(self.page.translation_key), "started": started}, salt=TOKEN_SALT)

    def token_is_valid(self):
        return self._started_at is not None

    def looks_automated(self):
        if self.request.POST.get(self.HONEYPOT_NAME, ""):
            return True
        if self._started_at is None:
            return False
        return time.time() - self._started_at < settings.APPLICATION_MIN_FILL_SECONDS

    # --- The rate limit ------------------------------------------------------------------

    def _rate_key(self):
        # The address is hashed: the cache never holds visitors' addresses.
        digest = hashlib.sha256(f"{settings.SECRET_KEY}:{client_address(self.request)}".encode()).hexdigest()
        window = int(time.time() // settings.APPLICATION_RATE_LIMIT_WINDOW)
        return f"{RATE_KEY_PREFIX}:{digest[:32]}:{window}"

    def is_rate_limited(self):
        return (cache.get(self._rate_key()) or 0) >= settings.APPLICATION_RATE_LIMIT_COUNT

    def record_submission(self):
        key = self._rate_key()
        if cache.add(key, 1, timeout=settings.APPLICATION_RATE_LIMIT_WINDOW):
            return
        try:
            cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.add(key, 1, timeout=settings.APPLICATION_RATE_LIMIT_WINDOW)
