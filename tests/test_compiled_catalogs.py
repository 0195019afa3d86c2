"""A server never starts with translation catalogs not compiled: the WSGI application
refuses, and `manage.py check` says how to fix it."""

import importlib
import os

import pytest
from django.core import checks
from django.core.exceptions import ImproperlyConfigured

from core.i18n.catalogs import uncompiled_catalogs

PO_FILE = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "Participants"
msgstr "Participants"
"""


@pytest.fixture
def uncompiled_catalog(tmp_path, settings):
    """A catalog of a language folder of its own, with no .mo file beside it."""
    folder = tmp_path / "locale" / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    po = folder / "django.po"
    po.write_text(PO_FILE)
    settings.LOCALE_PATHS = [*settings.LOCALE_PATHS, tmp_path / "locale"]
    return po


def test_the_project_catalogs_are_compiled_here():
    assert uncompiled_catalogs() == []


def test_a_catalog_without_its_mo_file_is_found(uncompiled_catalog):
    assert uncompiled_catalogs() == [uncompiled_catalog]


def test_a_catalog_changed_after_it_was_compiled_is_found(uncompiled_catalog):
    mo = uncompiled_catalog.with_suffix(".mo")
    mo.write_bytes(b"")
    os.utime(mo, (1, 1))

    assert uncompiled_catalogs() == [uncompiled_catalog]


def load_wsgi_module():
    """alliance.wsgi run afresh, as a server starting imports it."""
    import sys

    sys.modules.pop("alliance.wsgi", None)
    return importlib.import_module("alliance.wsgi")


def test_the_wsgi_application_refuses_to_start_and_says_how_to_fix_it(uncompiled_catalog):
    with pytest.raises(ImproperlyConfigured, match="compile_translations"):
        load_wsgi_module()


def test_the_wsgi_application_starts_with_every_catalog_compiled():
    assert callable(load_wsgi_module().application)


def test_the_system_check_names_the_fix(uncompiled_catalog):
    errors = [error for error in checks.run_checks(tags=[checks.Tags.translation]) if error.id == "core.E001"]

    assert len(errors) == 1
    assert "compile_translations" in errors[0].hint


def test_compile_translations_compiles_it(uncompiled_catalog, capsys):
    from core.management.commands.compile_translations import Command

    # As `manage.py compile_translations` runs it, system checks included: the catalogs
    # check must not stop the command that fixes what it reports.
    Command().run_from_argv(["manage.py", "compile_translations"])

    assert uncompiled_catalogs() == []
    assert uncompiled_catalog.with_suffix(".mo").stat().st_size > 0
