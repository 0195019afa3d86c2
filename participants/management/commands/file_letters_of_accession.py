from django.core.management.base import BaseCommand

from participants.letters import file_all_letters


class Command(BaseCommand):
    help = (
        "Put every participant's letter of accession in the staff-only collection, or in the public one "
        "where a live page shows it. Run it once after upgrading from a version that kept letters in the "
        "root collection; safe to run again."
    )

    def handle(self, *args, **options):
        count = file_all_letters()
        self.stdout.write(f"{count} letter(s) of accession filed.")
