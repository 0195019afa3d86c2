"""Settings for the test suite: fast, isolated, and still close to production."""

from alliance.environment import env
from alliance.settings.machine_translation import STAND_IN_CONFIG

from .base import *  # noqa: F403
from .base import cache_settings

DEBUG = False
SECRET_KEY = "test-only-key-not-secret"
ALLOWED_HOSTS = ["localhost", "testserver", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Each test starts with an empty in-memory cache unless a test points REDIS_URL at a
# server on purpose.
CACHES = cache_settings(env("TEST_REDIS_URL", ""))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "applications": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
}
# Tests change content without publishing it; the page cache's own tests turn it on.
PAGE_CACHE_SECONDS = 0
RENDER_CACHE_SECONDS = 0
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# The finders serve static files in browser tests without a collectstatic step.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
WAGTAILADMIN_BASE_URL = "http://testserver"
# Tests never call a translation service, whatever the environment holds.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = dict(STAND_IN_CONFIG)
# Tests never reach the network: map tiles point at a closed local port, so the map
# must work (markers, popups) without tiles.
MAP_TILE_URL = "http://127.0.0.1:9/tiles/{z}/{x}/{y}.png"
# Pictures asked for as AVIF are encoded as WebP (tests/conftest.py), the slowest
# encoder costing seconds a page; the `real_avif` fixture encodes them as AVIF.
TESTS_ENCODE_AVIF = False
