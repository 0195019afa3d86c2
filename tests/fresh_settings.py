"""Settings modules read afresh under another environment, in the test process.

A settings module reads the environment when it is imported. `load_settings` imports it
(and the modules of alliance.settings it builds on) again in a fresh module namespace,
with the environment given, and puts back what the test process had: the running
settings stay untouched. No Django process has to start for each environment tried.
"""

import importlib
import os
import sys
from types import SimpleNamespace
from unittest import mock

from django.conf import global_settings
from django.core.management import call_command
from django.test import override_settings

SETTINGS_PACKAGE = "alliance.settings"
# What the production settings require, with values that are never used (nothing connects).
PRODUCTION_ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "alliance.settings.production",
    "SECRET_KEY": "a-long-random-secret-key-for-the-deploy-check-0123456789abcdefghijKLMNOP",
    "ALLOWED_HOSTS": "alliance.example.org",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/alliance",
    "WAGTAILADMIN_BASE_URL": "https://alliance.example.org",
    "EMAIL_HOST": "smtp.example.org",
}
# Variables of the developer's or CI's environment that would change what is read.
CLEARED = {*PRODUCTION_ENVIRONMENT, "SITE_LANGUAGES", "SECURE_HSTS_PRELOAD", "TRUSTED_PROXY_COUNT"} | {
    "DEEPL_API_KEY",
    "LIBRETRANSLATE_URL",
    "LIBRETRANSLATE_API_KEY",
}


def load_settings(module_name, environment):
    """The settings of module `module_name` imported under `environment` (added to the
    process's environment without the variables in CLEARED), by name."""
    kept_modules = {name: module for name, module in sys.modules.items() if name.startswith(f"{SETTINGS_PACKAGE}.")}
    package = importlib.import_module(SETTINGS_PACKAGE)
    kept_attributes = dict(vars(package))
    variables = {name: value for name, value in os.environ.items() if name not in CLEARED} | environment
    for name in kept_modules:
        del sys.modules[name]
    try:
        with mock.patch.dict(os.environ, variables, clear=True):
            module = importlib.import_module(module_name)
        # What the module leaves out is Django's default, as for django.conf.settings.
        names = {name for name in dir(global_settings) if name.isupper()} | set(dir(module))
        return SimpleNamespace(
            **{name: getattr(module, name, getattr(global_settings, name, None)) for name in names if name.isupper()}
        )
    finally:
        for name in [name for name in sys.modules if name.startswith(f"{SETTINGS_PACKAGE}.")]:
            del sys.modules[name]
        sys.modules.update(kept_modules)
        for name in set(vars(package)) - set(kept_attributes):
            delattr(package, name)
        for name, value in kept_attributes.items():
            setattr(package, name, value)


def production_settings(environment=None):
    return load_settings("alliance.settings.production", {**PRODUCTION_ENVIRONMENT, **(environment or {})})


# The deploy check looks at neither the databases nor the storages. Overriding STORAGES
# would also give the rest of the run new, empty in-memory storages, without the demo's
# pictures and documents (the fresh-interpreter test checks production's for real).
NOT_OVERRIDDEN = {"DATABASES", "STORAGES"}
# Settings that would rebuild the app registry or the request handling if overridden:
# production must use the same as the test run for the check below to be production's.
SAME_AS_THE_TEST_RUN = {"INSTALLED_APPS", "MIDDLEWARE", "ROOT_URLCONF", "TEMPLATES"}


def deploy_check(production, stdout):
    """`manage.py check --deploy --fail-level WARNING` on these production settings, run
    in this process: every setting production changes is overridden while it runs."""
    from django.conf import settings

    for name in SAME_AS_THE_TEST_RUN:
        assert getattr(production, name) == getattr(settings, name), f"production has other {name}"
    changed = {
        name: value
        for name, value in vars(production).items()
        if name not in NOT_OVERRIDDEN | SAME_AS_THE_TEST_RUN and getattr(settings, name, object()) != value
    }
    with override_settings(**changed):
        call_command("check", deploy=True, fail_level="WARNING", stdout=stdout)
