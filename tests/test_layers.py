"""The project's layering, written in pyproject.toml and checked by import-linter: each app
imports only the apps below it (demo, the translation workflow, the application forms,
news, events, participants, the frame), and the settings import no app."""

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from django.conf import settings
from importlinter.cli import lint_imports

from core.i18n.catalogs import project_app_dirs

ROOT = Path(settings.BASE_DIR)
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]


def contract(contract_id):
    return next(contract for contract in CONFIG["contracts"] if contract["id"] == contract_id)


def test_the_imports_keep_every_contract():
    assert lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True) == 0


def test_every_installed_app_of_the_project_has_its_place_in_the_layers():
    apps = {folder.name for folder in project_app_dirs()}
    assert apps == set(contract("one-way-down")["layers"])
    assert set(CONFIG["root_packages"]) == apps | {"alliance"}


def run_linter_on_a_copy(tmp_path, edit):
    """Lint a copy of the project's packages after `edit(copy)` changed it."""
    for package in CONFIG["root_packages"]:
        shutil.copytree(ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("*.mo", "*.po", "static"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    edit(tmp_path)
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports(no_cache=True))",
        ],
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_an_import_the_wrong_way_breaks_the_contracts(tmp_path):
    def add_wrong_imports(copy):
        # The frame reaching up into a content app, the forms into the participants, and
        # the settings into the frame: three arrows the wrong way.
        with (copy / "core" / "frame.py").open("a") as module:
            module.write("\nfrom news.models import NewsPage  # noqa\n")
        with (copy / "applications" / "acceptance.py").open("a") as module:
            module.write("\nfrom participants.models import ParticipantPage  # noqa\n")
        with (copy / "alliance" / "settings" / "base.py").open("a") as module:
            module.write("\nimport core.models  # noqa\n")

    result = run_linter_on_a_copy(tmp_path, add_wrong_imports)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "3 broken" in result.stdout, result.stdout
    assert "core.frame -> news.models" in result.stdout
