"""Production settings refuse to start without their secrets, and pass the deploy check.

The settings are read afresh in this process under each environment tried
(tests/fresh_settings.py); one test starts manage.py in a fresh interpreter, as a
deployment does.
"""

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from tests.fresh_settings import CLEARED, PRODUCTION_ENVIRONMENT, deploy_check, load_settings, production_settings

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    "missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "WAGTAILADMIN_BASE_URL", "EMAIL_HOST"]
)
def test_production_refuses_to_start_without(missing):
    environment = {key: value for key, value in PRODUCTION_ENVIRONMENT.items() if key != missing}

    with pytest.raises(ImproperlyConfigured, match=f"The environment variable {missing} is required in production"):
        load_settings("alliance.settings.production", environment)


def test_production_refuses_an_empty_secret_key():
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY is required"):
        production_settings({"SECRET_KEY": "  "})


def test_deploy_check_passes_with_production_settings_in_a_fresh_interpreter():
    # The one check that starts Django as a deployment does: manage.py, production
    # settings from the environment alone, nothing imported before.
    base = {key: value for key, value in os.environ.items() if key not in CLEARED}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={**base, **PRODUCTION_ENVIRONMENT},
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_deploy_check_passes_with_production_settings():
    output = io.StringIO()

    deploy_check(production_settings(), output)

    assert "no issues" in output.getvalue()


def test_the_deploy_check_run_here_can_fail():
    output = io.StringIO()
    production = production_settings()
    production.SECURE_SSL_REDIRECT = False

    with pytest.raises(Exception, match=r"security\.W008"):
        deploy_check(production, output)


def test_unknown_site_language_is_refused():
    with pytest.raises(ImproperlyConfigured, match="SITE_LANGUAGES names languages the site does not know: xx"):
        load_settings("alliance.settings.dev", {"SITE_LANGUAGES": "en,fr,xx"})


def test_site_can_run_with_fewer_languages():
    dev = load_settings("alliance.settings.dev", {"SITE_LANGUAGES": "fr,rom"})

    # English, the source language, is always there.
    assert [code for code, _name in dev.LANGUAGES] == ["en", "fr", "rom"]


def test_hsts_preload_is_off_unless_asked_for():
    # Preloading is hard to undo: the header must not offer it by default.
    assert production_settings().SECURE_HSTS_PRELOAD is False
    assert production_settings({"SECURE_HSTS_PRELOAD": "true"}).SECURE_HSTS_PRELOAD is True


def test_deploy_check_passes_with_hsts_preload_asked_for():
    output = io.StringIO()

    deploy_check(production_settings({"SECURE_HSTS_PRELOAD": "true"}), output)

    assert "no issues" in output.getvalue()


def test_only_the_preload_warning_is_silenced_and_only_when_preload_is_off():
    assert production_settings().SILENCED_SYSTEM_CHECKS == ["security.W021"]
    assert production_settings({"SECURE_HSTS_PRELOAD": "true"}).SILENCED_SYSTEM_CHECKS == []


def test_the_trusted_proxy_count_has_one_name_for_setting_and_variable():
    production = production_settings({"TRUSTED_PROXY_COUNT": "2"})

    assert production.TRUSTED_PROXY_COUNT == 2
    assert not hasattr(production, "APPLICATION_PROXY_COUNT")
