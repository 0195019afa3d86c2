from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale

from localization import exchange


class Command(BaseCommand):
    help = (
        "Exchange with translation agencies. 'export LANG FILE.zip' writes one PO file per page or snippet "
        "with the strings still to translate into LANG; 'import FILE' (a .po or a .zip of them) files the "
        "translations back into wagtail-localize."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["export", "import"])
        parser.add_argument("language", help="Language code (export), or the file to import (import).")
        parser.add_argument("file", nargs="?", help="Where to write the ZIP (export).")
        parser.add_argument(
            "--user", help="Username recorded as the translator on import (default: the first superuser)."
        )

    def handle(self, *args, action, language, file=None, user=None, **options):
        if action == "export":
            self.export(language, file)
        else:
            self.import_(Path(language), user)

    def export(self, language_code, file):
        if not file:
            raise CommandError("Give the ZIP file to write: translation_po export fr pending-fr.zip")
        locale = Locale.objects.filter(language_code=language_code).first()
        if locale is None:
            raise CommandError(f"No locale {language_code!r}.")
        data, files, strings = exchange.export_pending(locale)
        Path(file).write_bytes(data)
        self.stdout.write(self.style.SUCCESS(f"{strings} string(s) in {files} PO file(s) written to {file}."))

    def import_(self, path, username):
        if not path.is_file():
            raise CommandError(f"No file {path}.")
        User = get_user_model()
        user = (
            User.objects.filter(username=username).first()
            if username
            else User.objects.filter(is_superuser=True, is_active=True).order_by("pk").first()
        )
        if user is None:
            raise CommandError("No such user; pass --user with a user who works in the files' languages.")
        result = exchange.import_po_files(path.name, path.read_bytes(), user)
        for name, problem in result.problems:
            self.stderr.write(f"{name}: {problem}")
        self.stdout.write(
            self.style.SUCCESS(f"{result.strings} string(s) imported for {len(result.translations)} translation(s).")
        )
