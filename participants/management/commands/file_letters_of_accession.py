from django.core.management.base import BaseCommand
from django.db import transaction

from participants.letters import ensure_letter_collections, file_letters
from participants.models import ParticipantPage


class Command(BaseCommand):
    help = (
        "Put every participant's letter of accession in the staff-only collection, or in the public one "
        "where a live page shows it. Run it once after upgrading from a version that kept letters in the "
        "root collection; safe to run again."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            ensure_letter_collections()
            pages = ParticipantPage.objects.exclude(letter_of_accession=None)
            letters = set(pages.values_list("letter_of_accession_id", flat=True))
            file_letters(letters)
        self.stdout.write(f"{len(letters)} letter(s) of accession filed.")
