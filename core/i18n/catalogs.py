"""The project's own gettext catalogs, found from the settings.

A catalog lives in `alliance/locale` (LOCALE_PATHS) and in the `locale` folder of each of
the project's apps in INSTALLED_APPS, so adding an app or a language needs no list here.
"""

from pathlib import Path

from django.apps import apps
from django.conf import settings


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
