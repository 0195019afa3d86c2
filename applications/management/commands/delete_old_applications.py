import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from applications.models import ApplicationFile, ApplicationSubmission


class Command(BaseCommand):
    help = (
        "Delete applications older than APPLICATION_RETENTION_DAYS (or --days), with their "
        "files and e-mails. Run it daily (cron) to keep the privacy promise of the forms."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Keep this many days instead of the setting.")
        parser.add_argument("--dry-run", action="store_true", help="Only say how many would be deleted.")

    def handle(self, *args, days=None, dry_run=False, **options):
        days = settings.APPLICATION_RETENTION_DAYS if days is None else days
        cutoff = timezone.now() - datetime.timedelta(days=days)
        old = ApplicationSubmission.objects.filter(submit_time__lt=cutoff)
        count = old.count()
        if dry_run:
            self.stdout.write(f"{count} application(s) sent before {cutoff:%Y-%m-%d} would be deleted.")
            return
        files = ApplicationFile.objects.filter(submission__in=old).count()
        with transaction.atomic():
            # Their files and e-mails go with them (see forms/signals.py for the files).
            old.delete()
        self.stdout.write(f"Deleted {count} application(s) sent before {cutoff:%Y-%m-%d}, and {files} file(s).")
