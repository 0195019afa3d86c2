"""Settings shared by every environment.

Anything that differs between machines (secrets, service addresses, host names)
comes from the environment; see README.md, "Configuration".
"""

import os
from pathlib import Path

import dj_database_url
import xstatic.pkg.leaflet
import xstatic.pkg.leaflet_markercluster
from django.core.exceptions import ImproperlyConfigured

from alliance.environment import env, env_bool, env_list
from alliance.languages import SITE_LANGUAGE_CATALOGUE, register_extra_languages
from alliance.settings.machine_translation import machine_translator_config

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "alliance"
# Everything the running site writes (SQLite file, uploaded media) lives under var/
# unless the environment points elsewhere; var/ is git-ignored.
VAR_DIR = Path(env("VAR_DIR", str(BASE_DIR / "var")))

# --- Applications --------------------------------------------------------------------

INSTALLED_APPS = [
    # The shared frame first, then the content areas that build on it, the application
    # forms, the translation workflow (before wagtail_localize: it overrides two of its
    # admin templates) and the demo content.
    "core",
    "news",
    "events",
    "participants",
    "applications",
    "localization",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Country fields, and the country names in every language (participants).
    "django_countries",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Background tasks (e-mails of the application forms, Wagtail's own index updates).
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    # First: its request id and time cover the whole answer (alliance.request_log).
    "alliance.request_log.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Below WhiteNoise, which compresses static files itself; above everything that
    # writes the body. The ETag is taken from the uncompressed body, so it does not
    # change with the random padding of compression.
    "alliance.middleware.TextCompressionMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    # Above the session, locale and authentication middleware: a page kept for anonymous
    # visitors is sent without them, and without a query (core.page_cache).
    "core.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # The request's Wagtail site from the cache (core.serving), before anything asks for it.
    "core.serving.SiteLookupMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Translators reach wagtail-localize's translation views for their own languages only.
    "localization.middleware.TranslationLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so that it sees a view's Http404 first; only acts when DEBUG is on.
    "alliance.middleware.SiteNotFoundPageInDebugMiddleware",
]

ROOT_URLCONF = "alliance.urls"
WSGI_APPLICATION = "alliance.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            # The `date` filter writes the first of the month as each language does.
            "builtins": ["core.templatetags.long_dates"],
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Data ------------------------------------------------------------------------------

# SQLite is the embedded default; DATABASE_URL (postgres://…) selects PostgreSQL.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=env("DATABASE_CONN_MAX_AGE", 0, cast=int),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def cache_settings(redis_url):
    """A shared Redis cache when REDIS_URL is set, else a per-process memory cache.

    The Redis cache ignores connection errors (and gives up quickly), so when Redis
    is down the site keeps serving, only without the cache.
    """
    if not redis_url:
        return {
            "default": {
                "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                "LOCATION": "alliance",
            }
        }
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", "alliance"),
            "TIMEOUT": 600,
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
            },
        }
    }


CACHES = cache_settings(env("REDIS_URL", ""))

# --- The page cache (core.page_cache, core.purges) -----------------------------------------

# How long an anonymous visitor's page is kept at most. Publishing purges what it
# changes at once; this bounds what no save announces (the "upcoming" lists move on
# with the date). 0 turns the page cache off.
PAGE_CACHE_SECONDS = env("PAGE_CACHE_SECONDS", 5 * 60, cast=int)
PAGE_CACHE_ALIAS = "default"
# Rendered regions of pages (head, header, content, footer) kept for the requests the
# page cache does not answer (a session, a form's CSRF token), in the same cache and
# purged with it (core.render_cache). 0 turns them off.
RENDER_CACHE_SECONDS = env("RENDER_CACHE_SECONDS", PAGE_CACHE_SECONDS, cast=int)
PAGE_CACHE_MAX_BYTES = env("PAGE_CACHE_MAX_BYTES", 2 * 1024 * 1024, cast=int)
# Never answered from the page cache: the admin and the documents (whose collections
# may be private) say for themselves how they are cached.
PAGE_CACHE_EXCLUDED_PREFIXES = ("/admin/", "/documents/", "/django-admin/", "/healthz/")
# Addresses that must answer without the database: the site is not looked up for them
# before their view runs (core.serving.SiteLookupMiddleware).
SITE_LOOKUP_EXCLUDED_PREFIXES = ("/healthz/",)
# Purges go through Wagtail's frontend-cache interface, to the page cache and to any
# frontend cache listed here.
WAGTAILFRONTENDCACHE = {"page_cache": {"BACKEND": "core.page_cache.PageCacheBackend"}}
# Each language has pages of its own (translations, aliases), and each is purged when it
# changes: rewriting a purged address into every language would reach other pages' paths.
WAGTAILFRONTENDCACHE_LANGUAGES = []
# Log, rather than hide, the errors the Redis cache ignores.
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True

# --- Languages -------------------------------------------------------------------------

# English is the source language; SITE_LANGUAGES (comma-separated codes) runs the site
# with fewer or other languages taken from SITE_LANGUAGE_CATALOGUE.
register_extra_languages()
LANGUAGE_CODE = "en"
_site_language_codes = env_list("SITE_LANGUAGES", list(SITE_LANGUAGE_CATALOGUE))
_unknown = [code for code in _site_language_codes if code not in SITE_LANGUAGE_CATALOGUE]
if _unknown:
    raise ImproperlyConfigured(
        f"SITE_LANGUAGES names languages the site does not know: {', '.join(_unknown)}. "
        "Add them to alliance/languages.py first (see README, 'Adding a language')."
    )
if LANGUAGE_CODE not in _site_language_codes:
    _site_language_codes.insert(0, LANGUAGE_CODE)
LANGUAGES = [(code, SITE_LANGUAGE_CATALOGUE[code]) for code in _site_language_codes]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Paris"
# alliance/locale holds the strings of alliance/ itself.
LOCALE_PATHS = [PROJECT_DIR / "locale"]
# What Django itself formats (numeric dates, form input, numbers) where its own formats do not
# fit: British English and Romani. Dates in words come from core.i18n.dates.
FORMAT_MODULE_PATH = ["alliance.formats"]

# --- Static files and media ------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(VAR_DIR / "static")))
STATICFILES_DIRS = [
    PROJECT_DIR / "static",
    # Leaflet (the participants' map), installed from PyPI (XStatic-Leaflet) and served by
    # the site itself under /static/vendor/leaflet/: no CDN, no npm, no build step.
    ("vendor/leaflet", xstatic.pkg.leaflet.BASE_DIR),
    # Its marker clusters (XStatic-Leaflet-MarkerCluster): nearby markers become one
    # target instead of pins overlapping one another.
    ("vendor/leaflet-markercluster", xstatic.pkg.leaflet_markercluster.BASE_DIR),
]
# Files browsers ask for at the site's root (/favicon.ico, /apple-touch-icon.png), served
# by WhiteNoise at those addresses.
WHITENOISE_ROOT = PROJECT_DIR / "public"
MEDIA_URL = env("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(VAR_DIR / "media")))

# Storage backends are named here and nowhere else, so that media and static files can
# move to object storage (django-storages) by changing settings only.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    # Files sent with applications (letters of accession). Outside MEDIA_ROOT, so no
    # URL reaches them: staff open them through an admin view that checks permissions.
    "applications": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(Path(env("APPLICATION_FILES_ROOT", str(VAR_DIR / "private" / "applications"))))},
    },
}

# --- Wagtail ---------------------------------------------------------------------------

WAGTAIL_SITE_NAME = "European Alliance of Cities and Regions for Roma Inclusion"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "core.SiteImage"
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "png", "gif": "png", "webp": "webp"}
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "docx", "xlsx", "ods", "csv", "txt"]
# Documents are always sent by Wagtail's view, which checks the collections' view
# restrictions (private letters of accession); a link or redirect to the storage's own
# address would bypass them.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_ENABLE_UPDATE_CHECK = False
# The admin speaks every content language too, so translators work in their own.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"
# A new translation is a draft until someone publishes it (or approves it): visitors keep
# reading the source text, with a notice, instead of a half-translated page.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# DeepL (DEEPL_API_KEY), LibreTranslate (LIBRETRANSLATE_URL), or None: no machine
# translation until a service is configured (dev.py and test.py add an offline stand-in);
# see alliance/settings/machine_translation.py.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_config(os.environ)

# --- Maps ------------------------------------------------------------------------------

# The tile server behind the participants' map: a URL template in Leaflet's form and the
# attribution its licence asks for (HTML). OpenStreetMap's public tiles by default; their
# usage policy suits a small site, a busy one should use its own or a paid provider.
# An empty MAP_TILE_URL draws the markers on a plain background.
MAP_TILE_URL = env("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = env(
    "MAP_TILE_ATTRIBUTION",
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
)

# --- E-mail ----------------------------------------------------------------------------

EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = env("EMAIL_PORT", 25, cast=int)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "alliance-website@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Background tasks ------------------------------------------------------------------

# Tasks run at once, in the request, unless TASKS_BACKEND names a queue. Production
# uses the database queue (django_tasks_db.DatabaseBackend) worked by `manage.py db_worker`.
TASKS = {"default": {"BACKEND": env("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")}}
# `/healthz/` (alliance.health) fails its task check when a task has waited longer.
HEALTH_TASK_MAX_WAIT_SECONDS = env("HEALTH_TASK_MAX_WAIT_SECONDS", 15 * 60, cast=int)

# --- Application forms (applications app) -----------------------------------------------

# Largest letter of accession (or other PDF) an applicant may upload, in bytes.
APPLICATION_UPLOAD_MAX_BYTES = env("APPLICATION_UPLOAD_MAX_BYTES", 10 * 1024 * 1024, cast=int)
# Longest text a multi-line field accepts, in characters.
APPLICATION_TEXT_MAX_LENGTH = env("APPLICATION_TEXT_MAX_LENGTH", 5000, cast=int)
# Applications (and their files and e-mails) older than this are deleted by
# `manage.py delete_old_applications`.
APPLICATION_RETENTION_DAYS = env("APPLICATION_RETENTION_DAYS", 730, cast=int)
# A form sent sooner than this after it was shown is taken for a robot's.
APPLICATION_MIN_FILL_SECONDS = env("APPLICATION_MIN_FILL_SECONDS", 3, cast=int)
# At most this many applications from one address in the window (seconds).
APPLICATION_RATE_LIMIT_COUNT = env("APPLICATION_RATE_LIMIT_COUNT", 5, cast=int)
APPLICATION_RATE_LIMIT_WINDOW = env("APPLICATION_RATE_LIMIT_WINDOW", 3600, cast=int)
# How many reverse proxies in front of the site append to X-Forwarded-For. 0 means the
# site faces the internet and REMOTE_ADDR is the visitor's address.
TRUSTED_PROXY_COUNT = env("TRUSTED_PROXY_COUNT", 0, cast=int)
# Where applications are announced when the site settings hold no Taskforce address.
APPLICATION_TASKFORCE_EMAIL = env("APPLICATION_TASKFORCE_EMAIL", "")
# E-mails that fail are tried again, waiting longer each time, up to this many times.
APPLICATION_EMAIL_MAX_ATTEMPTS = env("APPLICATION_EMAIL_MAX_ATTEMPTS", 10, cast=int)

# --- Security --------------------------------------------------------------------------

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Wagtail exempts its own preview views, which the admin shows in a frame.
X_FRAME_OPTIONS = "DENY"

# Everything to stderr, each record with the id of the request it belongs to
# (alliance.request_log); one key=value line per request at INFO from
# "alliance.requests" (REQUEST_LOG_LEVEL: INFO in production). Django's own handler
# still mails errors to ADMINS when DEBUG is off.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "alliance.request_log.RequestIdFilter"}},
    "formatters": {
        "with_request_id": {"format": "%(asctime)s %(levelname)s %(name)s request_id=%(request_id)s %(message)s"}
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["request_id"], "formatter": "with_request_id"}
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
    "loggers": {
        "alliance.requests": {
            "handlers": ["console"],
            "level": env("REQUEST_LOG_LEVEL", "WARNING"),
            "propagate": False,
        }
    },
}
