"""Settings for a developer's machine: `make run` uses these."""

from alliance.environment import env, env_list

from .base import *  # noqa: F403

DEBUG = True
# A fixed key is fine here: dev settings never serve the public (production.py refuses
# to start without SECRET_KEY).
SECRET_KEY = env("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
INTERNAL_IPS = ["127.0.0.1"]

# The SQLite file and uploaded media live under var/ on a developer's machine.
VAR_DIR.mkdir(exist_ok=True)  # noqa: F405
