"""Settings for a developer's machine: `make run` uses these."""

import os

from alliance.environment import env, env_list
from alliance.settings.machine_translation import machine_translator_config

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

# Without DeepL or LibreTranslate, an offline stand-in that marks its output as not a
# translation lets developers try machine translation; production offers none.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_config(os.environ, stand_in=True)
