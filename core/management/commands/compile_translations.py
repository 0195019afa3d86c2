import polib
from django.core.management.base import BaseCommand, CommandError

from core.i18n.catalogs import is_compiled, project_catalogs


class Command(BaseCommand):
    help = (
        "Compile the project's gettext catalogs (.po) into .mo files. Does the work of "
        "compilemessages without needing GNU gettext on the machine."
    )
    # Its own job is what the catalogs check (core.E001) asks for: it must run without it.
    requires_system_checks = []

    def handle(self, *args, **options):
        compiled = 0
        for po_path in project_catalogs():
            try:
                catalog = polib.pofile(str(po_path))
            except OSError as error:
                raise CommandError(f"{po_path}: {error}") from error
            if is_compiled(po_path):
                continue
            catalog.save_as_mofile(str(po_path.with_suffix(".mo")))
            compiled += 1
        self.stdout.write(f"Compiled {compiled} catalog(s); the others were up to date.")
