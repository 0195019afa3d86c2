"""The project's own gettext catalogs, found from the settings.

A catalog lives in `alliance/locale` (LOCALE_PATHS) and in the `locale` folder of each of
the project's apps in INSTALLED_APPS, so adding an app or a language needs no list here.
"""

from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


def project_app_dirs():
    """The folders of the installed apps that are part of this project (not libraries)."""
    base = Path(settings.BASE_DIR).resolve()
    folders = []
    for config in apps.get_app_configs():
        path = Path(config.path).resolve()
        if base in path.parents and "site-packages" not in path.parts:
            folders.append(path)
    return folders


def project_locale_dirs():
    """alliance/locale and each project app's locale folder, whether it exists yet or not."""
    return [Path(path) for path in settings.LOCALE_PATHS] + [folder / "locale" for folder in project_app_dirs()]


def project_catalogs():
    """The project's .po files."""
    return sorted(po for root in project_locale_dirs() if root.is_dir() for po in root.glob("*/LC_MESSAGES/*.po"))


def is_compiled(po_path):
    mo_path = po_path.with_suffix(".mo")
    return mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime


def uncompiled_catalogs():
    """The project's .po files without a .mo file as new as they are.

    The .mo files are built, not kept in the repository: a checkout started without
    `manage.py compile_translations` shows every page in English words and, without the
    Romani catalog, does not know the language at all."""
    return [po for po in project_catalogs() if not is_compiled(po)]


def require_compiled_catalogs():
    """Refuse to serve with catalogs not compiled (production's WSGI start)."""
    missing = uncompiled_catalogs()
    if missing:
        base = Path(settings.BASE_DIR)
        names = ", ".join(str(path.relative_to(base) if base in path.parents else path) for path in missing[:5])
        more = f" and {len(missing) - 5} more" if len(missing) > 5 else ""
        raise ImproperlyConfigured(
            f"{len(missing)} translation catalog(s) are not compiled ({names}{more}): run "
            "`manage.py compile_translations` (or `make translations`) before starting the site."
        )
