import polib
from django.core.management.base import BaseCommand, CommandError

from core.i18n.catalogs import project_catalogs


class Command(BaseCommand):
    help = (
        "Compile the project's gettext catalogs (.po) into .mo files. Does the work of "
        "compilemessages without needing GNU gettext on the machine."
    )

    def handle(self, *args, **options):
        compiled = 0
        for po_path in project_catalogs():
            try:
                catalog = polib.pofile(str(po_path))
            except OSError as error:
                raise CommandError(f"{po_path}: {error}") from error
            mo_path = po_path.with_suffix(".mo")
            if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                continue
            catalog.save_as_mofile(str(mo_path))
            compiled += 1
        self.stdout.write(f"Compiled {compiled} catalog(s); the others were up to date.")
