import os
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from core.i18n.catalogs import project_app_dirs


class Command(BaseCommand):
    help = (
        "Extract the strings of alliance/ and of each project app in INSTALLED_APPS into that "
        "folder's own catalogs, for every site language but the default (needs GNU gettext)."
    )
    # Catalogs just updated are not compiled yet (core.E001): that is what comes next.
    requires_system_checks = []

    def handle(self, *args, **options):
        languages = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
        folders = [Path(path).parent for path in settings.LOCALE_PATHS[:1]] + project_app_dirs()
        here = os.getcwd()
        for folder in folders:
            # makemessages writes into ./locale when there is one, else into LOCALE_PATHS:
            # every folder gets its own, removed again when it holds no strings.
            locale = folder / "locale"
            made = not locale.exists()
            locale.mkdir(exist_ok=True)
            try:
                os.chdir(folder)
                call_command("makemessages", locale=languages, no_location=True, no_obsolete=True, verbosity=0)
            finally:
                os.chdir(here)
            if made and not any(locale.rglob("*.po")):
                locale.rmdir()
            self.stdout.write(f"{folder.name}: {len(list(locale.rglob('*.po'))) if locale.exists() else 0} catalog(s)")
