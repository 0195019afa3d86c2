"""Settings for the public site. Refuses to start without its secrets and addresses.

Required environment: SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL, WAGTAILADMIN_BASE_URL,
EMAIL_HOST. See README.md, "Configuration".
"""

from alliance.environment import env, env_bool, env_list, env_required

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = env_required("SECRET_KEY")
ALLOWED_HOSTS = [host.strip() for host in env_required("ALLOWED_HOSTS").split(",") if host.strip()]
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
# Production always runs on PostgreSQL; there is no SQLite fallback here.
env_required("DATABASE_URL")
WAGTAILADMIN_BASE_URL = env_required("WAGTAILADMIN_BASE_URL")
EMAIL_HOST = env_required("EMAIL_HOST")
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
# The page cache is purged in the process that publishes. Several server processes share
# it only through Redis; with each process's own memory, the others would go on sending
# a page for minutes after it changed, so without REDIS_URL it is off unless asked for.
PAGE_CACHE_SECONDS = env("PAGE_CACHE_SECONDS", 5 * 60 if env("REDIS_URL", "") else 0, cast=int)
RENDER_CACHE_SECONDS = env("RENDER_CACHE_SECONDS", PAGE_CACHE_SECONDS, cast=int)

# HTTPS everywhere. Behind a proxy that terminates TLS, it must set X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# The frontend cache and the supervisor probe each instance over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]
SECURE_HSTS_SECONDS = env("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365, cast=int)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
# Preloading (browsers shipping "HTTPS only" for the domain and all its subdomains) is a
# commitment that takes months to undo, so it is off unless asked for. Off, Django's
# deploy check warns (security.W021); that warning is about a choice made here on
# purpose, so it is silenced then, and every other warning still fails the check.
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
if not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True

# Hashed, compressed static files served by WhiteNoise with far-future expiry headers.
STORAGES = {
    "default": {"BACKEND": env("MEDIA_STORAGE_BACKEND", "django.core.files.storage.FileSystemStorage")},
    "staticfiles": {"BACKEND": "alliance.static_storage.StaticFilesStorage"},
    # Never a public bucket: applicants' letters are opened through the admin only.
    "applications": STORAGES["applications"],  # noqa: F405
}
if env("APPLICATION_STORAGE_BACKEND"):
    # For instance a private django-storages bucket; its options come from its own settings.
    STORAGES["applications"] = {"BACKEND": env("APPLICATION_STORAGE_BACKEND")}

# Background tasks (the application forms' e-mails) wait in the database until
# `manage.py db_worker` runs them.
TASKS = {"default": {"BACKEND": env("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}

# One line per request (alliance.request_log) to stderr.
LOGGING["loggers"]["alliance.requests"]["level"] = env("REQUEST_LOG_LEVEL", "INFO")  # noqa: F405
ADMINS = [("Alliance web team", address) for address in env_list("ADMIN_EMAILS", [])]
