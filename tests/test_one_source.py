"""Each fact of the site has one source in the code: month names, the sort order, the list of
countries, the PDF writer, the root collection. These tests read the project's Python files
and fail when a second source appears."""

import ast
import functools
import os
import re
from pathlib import Path

import pytest
from babel import Locale
from babel.dates import get_month_names
from django.conf import settings

from core.i18n.countries import COUNCIL_OF_EUROPE_MEMBER_STATES
from core.i18n.dates import CLDR_LOCALE_NAMES, ROMANI

ROOT = Path(__file__).resolve().parent.parent
SKIPPED_FOLDERS = {".venv", "node_modules", "migrations", "var", ".git"}
THIS_FILE = Path(__file__).resolve()


def project_python_files():
    # Walked folder by folder, so that the virtual environment is never entered.
    for directory, folders, names in os.walk(ROOT):
        folders[:] = sorted(name for name in folders if name not in SKIPPED_FOLDERS and not name.startswith("."))
        for name in sorted(names):
            path = Path(directory) / name
            if name.endswith(".py") and path.resolve() != THIS_FILE:
                yield path


@functools.cache
def string_literals(path):
    """The set of string literals in a Python file (read once per run: every language's
    month names are looked for in every file)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return frozenset(
        node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)
    )


def relative(path):
    return path.relative_to(ROOT).as_posix()


def month_names_by_language():
    """Every site language's month names, as written in a date and on their own."""
    names = {}
    for code, _name in settings.LANGUAGES:
        if code in ROMANI:
            names[code] = set(ROMANI[code].MONTHS)
            continue
        locale = Locale.parse(CLDR_LOCALE_NAMES.get(code, code))
        wide = {
            name for context in ("format", "stand-alone") for name in get_month_names("wide", context, locale).values()
        }
        names[code] = wide | {name.capitalize() for name in wide}
    return names


def files_holding(threshold, wanted):
    """The files with at least `threshold` different strings of `wanted` as whole literals."""
    found = []
    for path in project_python_files():
        if len(wanted.intersection(string_literals(path))) >= threshold:
            found.append(relative(path))
    return found


def test_month_names_are_written_in_one_module():
    # A table of month names holds most of a year's; a date in a text holds one or two.
    holders = set()
    for names in month_names_by_language().values():
        holders.update(files_holding(6, names))
    assert holders == {"core/i18n/dates.py"}


def test_the_site_has_one_list_of_countries():
    english_names = set(COUNCIL_OF_EUROPE_MEMBER_STATES.values())
    assert files_holding(10, english_names) == ["core/i18n/countries.py"]
    # A table keyed by country codes ("FR": …) is a list of countries too.
    keyed = re.compile(r"""["']([A-Z]{2})["']\s*:""")
    holders = []
    for path in project_python_files():
        codes = set(keyed.findall(path.read_text(encoding="utf-8"))) & set(COUNCIL_OF_EUROPE_MEMBER_STATES)
        if len(codes) >= 10:
            holders.append(relative(path))
    assert holders == ["core/i18n/countries.py"]


@pytest.mark.parametrize(
    ("what", "pattern", "home"),
    [
        ("the sort order", r"^\s*def collation_key\b|pyuca\.Collator\(", "core/i18n/collation.py"),
        ("the PDF writer", r"startxref", "demo/pdf.py"),
        ("the root collection", r"Collection\.add_root\(", "core/collections.py"),
        ("the date template filter", r"^def date\(", "core/templatetags/long_dates.py"),
    ],
)
def test_one_definition_of(what, pattern, home):
    regex = re.compile(pattern, re.MULTILINE)
    # Tests may read a PDF's structure; they never write one of their own.
    files = [path for path in project_python_files() if not (what == "the PDF writer" and "tests" in path.parts)]
    holders = [relative(path) for path in files if regex.search(path.read_text(encoding="utf-8"))]
    assert holders == [home], what


def test_no_second_date_formatting_catalog_or_format_modules_with_words():
    # (Compiled .mo files are not tracked: only a catalog source would be a second source.)
    assert not list((ROOT / "alliance").glob("locale_calendar/*/LC_MESSAGES/*.po"))
    for module in (ROOT / "alliance" / "formats").rglob("formats.py"):
        assigned = {
            target.id
            for node in ast.parse(module.read_text(encoding="utf-8")).body
            if isinstance(node, ast.Assign)
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        # Dates in words come from core.i18n.dates; Django's formats keep numbers only.
        words = {"DATE_FORMAT", "DATETIME_FORMAT", "TIME_FORMAT", "YEAR_MONTH_FORMAT", "MONTH_DAY_FORMAT"}
        assert not assigned & words, relative(module)
