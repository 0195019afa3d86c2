"""The site's own strings exist in all the site's languages: every catalog complete, none fuzzy,
and no string in the code that the catalogs miss."""

import os
import re
import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command

from core.i18n.catalogs import project_app_dirs

ROOT = Path(settings.BASE_DIR)
TARGET_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
# alliance/ and every app of the project in INSTALLED_APPS: a new app is checked as soon
# as it is installed.
PROJECT_APPS = ["alliance", *(folder.name for folder in project_app_dirs())]
# A module or template with strings for the gettext catalogs.
TRANSLATABLE = re.compile(r"gettext|pgettext|ngettext|\{%-?\s*(translate|trans|blocktranslate|blocktrans)\b")


def holds_strings(path):
    return (
        path.is_file()
        and path.suffix in {".py", ".html", ".txt"}
        and "migrations" not in path.parts
        # An app that holds nothing but its AppConfig is a content area not built yet;
        # once it has modules or templates, its AppConfig's name is checked with them.
        and path.name != "apps.py"
        and TRANSLATABLE.search(path.read_text(encoding="utf-8", errors="ignore")) is not None
    )


def apps_with_strings():
    return [app for app in PROJECT_APPS if any(holds_strings(path) for path in (ROOT / app).rglob("*"))]


def catalog(app, language):
    return ROOT / app / "locale" / language / "LC_MESSAGES" / "django.po"


def catalogs():
    return [(app, language) for app in apps_with_strings() for language in TARGET_LANGUAGES]


def keys(po):
    return {(entry.msgctxt, entry.msgid) for entry in po if not entry.obsolete}


def test_the_apps_with_strings_are_found():
    # The check below must look at real catalogs: the frame's two are always there.
    assert {"alliance", "core", "localization", "applications"} <= set(apps_with_strings())


@pytest.mark.parametrize(("app", "language"), catalogs())
def test_every_language_has_a_complete_catalog(app, language):
    path = catalog(app, language)
    assert path.is_file(), f"{path.relative_to(ROOT)} is missing: run `make messages` and translate it"
    po = polib.pofile(str(path))

    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert not untranslated, f"{path.relative_to(ROOT)}: untranslated: {untranslated}"
    assert not fuzzy, f"{path.relative_to(ROOT)}: fuzzy: {fuzzy}"
    assert "fuzzy" not in po.metadata_as_entry().flags, f"{path.relative_to(ROOT)}: the header is fuzzy"
    assert po.metadata.get("Language") == language
    assert re.match(r"nplurals=\d+; plural=", po.metadata.get("Plural-Forms", "")), "Plural-Forms is not set"
    nplurals = int(re.search(r"nplurals=(\d+)", po.metadata["Plural-Forms"]).group(1))
    for entry in po:
        if entry.msgid_plural and not entry.obsolete:
            assert len(entry.msgstr_plural) == nplurals, f"{entry.msgid}: {nplurals} plural forms expected"
            assert all(entry.msgstr_plural.values()), f"{entry.msgid}: an empty plural form"


@pytest.mark.parametrize("app", apps_with_strings())
def test_every_language_has_the_same_strings(app):
    reference = keys(polib.pofile(str(catalog(app, TARGET_LANGUAGES[0]))))
    for language in TARGET_LANGUAGES[1:]:
        assert keys(polib.pofile(str(catalog(app, language)))) == reference, language


@pytest.fixture(scope="module")
def xgettext():
    path = shutil.which("xgettext")
    if path is None:
        message = "GNU gettext is not installed (apt-get install gettext): the string extraction cannot be checked."
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.mark.parametrize("app", apps_with_strings())
def test_the_catalogs_hold_every_string_of_the_code(app, xgettext, tmp_path, monkeypatch):
    """Extract the strings as `make messages` would (makemessages run in the app's
    folder; here in this process, in a copy of the folder), and compare."""
    copy = tmp_path / app
    shutil.copytree(ROOT / app, copy, ignore=shutil.ignore_patterns("*.mo", "__pycache__"))
    # makemessages writes into ./locale when there is one, else into settings.LOCALE_PATHS:
    # the copy must have its own, so that nothing outside it is touched.
    (copy / "locale").mkdir(exist_ok=True)
    language = TARGET_LANGUAGES[0]
    before = {path: path.stat().st_mtime_ns for path in ROOT.glob("*/locale*/*/LC_MESSAGES/django.po")}
    monkeypatch.chdir(copy)
    call_command("makemessages", locale=[language], no_location=True, no_obsolete=True, verbosity=0)
    assert {path: path.stat().st_mtime_ns for path in before} == before, "the project's catalogs were touched"

    extracted = keys(polib.pofile(str(copy / "locale" / language / "LC_MESSAGES" / "django.po")))
    committed = keys(polib.pofile(str(catalog(app, language))))
    missing, unused = extracted - committed, committed - extracted
    assert not missing, f"strings missing from {app}'s catalogs (run `make messages`): {missing}"
    assert not unused, f"strings no longer used in {app} (run `make messages`): {unused}"


@pytest.mark.parametrize("language", TARGET_LANGUAGES)
def test_a_string_shared_by_several_catalogs_has_one_translation(language):
    # Django merges the catalogs (the first one wins), so two different translations of
    # one string mean a page shows a word the other app's translator did not choose.
    translations = {}
    for app in apps_with_strings():
        path = catalog(app, language)
        if not path.is_file():
            continue
        for entry in polib.pofile(str(path)):
            if entry.obsolete or entry.msgid_plural or not entry.msgstr:
                continue
            translations.setdefault((entry.msgctxt, entry.msgid), {})[app] = entry.msgstr
    disagreements = {key[1]: found for key, found in translations.items() if len(set(found.values())) > 1}
    assert not disagreements, disagreements
