"""Production settings refuse to start without their secrets, and pass the deploy check."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION_ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "alliance.settings.production",
    "SECRET_KEY": "a-long-random-secret-key-for-the-deploy-check-0123456789abcdefghijKLMNOP",
    "ALLOWED_HOSTS": "alliance.example.org",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/alliance",
    "WAGTAILADMIN_BASE_URL": "https://alliance.example.org",
    "EMAIL_HOST": "smtp.example.org",
}


def run_manage(args, environment):
    base = {key: value for key, value in os.environ.items() if key not in PRODUCTION_ENVIRONMENT}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**base, **environment},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    "missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "WAGTAILADMIN_BASE_URL", "EMAIL_HOST"]
)
def test_production_refuses_to_start_without(missing):
    environment = {key: value for key, value in PRODUCTION_ENVIRONMENT.items() if key != missing}

    result = run_manage(["check"], environment)

    assert result.returncode != 0
    assert f"The environment variable {missing} is required in production" in result.stderr


def test_production_refuses_an_empty_secret_key():
    result = run_manage(["check"], {**PRODUCTION_ENVIRONMENT, "SECRET_KEY": "  "})

    assert result.returncode != 0
    assert "SECRET_KEY is required" in result.stderr


def test_deploy_check_passes_with_production_settings():
    result = run_manage(["check", "--deploy", "--fail-level", "WARNING"], PRODUCTION_ENVIRONMENT)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_unknown_site_language_is_refused():
    result = run_manage(["check"], {"DJANGO_SETTINGS_MODULE": "alliance.settings.dev", "SITE_LANGUAGES": "en,fr,xx"})

    assert result.returncode != 0
    assert "SITE_LANGUAGES names languages the site does not know: xx" in result.stderr


def test_site_can_run_with_fewer_languages():
    result = run_manage(
        ["shell", "-c", "from django.conf import settings; print([c for c, _ in settings.LANGUAGES])"],
        {"DJANGO_SETTINGS_MODULE": "alliance.settings.dev", "SITE_LANGUAGES": "fr,rom"},
    )

    assert result.returncode == 0, result.stderr
    # English, the source language, is always there.
    assert "['en', 'fr', 'rom']" in result.stdout


def production_setting(expression, environment=None):
    result = run_manage(
        ["shell", "-c", f"from django.conf import settings; print(repr({expression}))"],
        {**PRODUCTION_ENVIRONMENT, **(environment or {})},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]  # after what `shell` says about its imports


def test_hsts_preload_is_off_unless_asked_for():
    # Preloading is hard to undo: the header must not offer it by default.
    assert production_setting("settings.SECURE_HSTS_PRELOAD") == "False"
    assert production_setting("settings.SECURE_HSTS_PRELOAD", {"SECURE_HSTS_PRELOAD": "true"}) == "True"


def test_deploy_check_passes_with_hsts_preload_asked_for():
    environment = {**PRODUCTION_ENVIRONMENT, "SECURE_HSTS_PRELOAD": "true"}
    result = run_manage(["check", "--deploy", "--fail-level", "WARNING"], environment)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_only_the_preload_warning_is_silenced_and_only_when_preload_is_off():
    assert production_setting("settings.SILENCED_SYSTEM_CHECKS") == "['security.W021']"
    assert production_setting("settings.SILENCED_SYSTEM_CHECKS", {"SECURE_HSTS_PRELOAD": "true"}) == "[]"


def test_the_trusted_proxy_count_has_one_name_for_setting_and_variable():
    setting = "(settings.TRUSTED_PROXY_COUNT, hasattr(settings, 'APPLICATION_PROXY_COUNT'))"

    assert production_setting(setting, {"TRUSTED_PROXY_COUNT": "2"}) == "(2, False)"
