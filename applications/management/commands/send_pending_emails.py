from django.core.management.base import BaseCommand

from applications.mail import send_pending_emails


class Command(BaseCommand):
    help = (
        "Send the application e-mails that are due: those waiting since the mail server was "
        "down, and any the task queue lost. Safe to run often (from cron, every few minutes): "
        "each e-mail is sent once."
    )

    def handle(self, *args, **options):
        results = send_pending_emails()
        summary = ", ".join(f"{count} {status}" for status, count in sorted(results.items())) or "nothing due"
        self.stdout.write(f"E-mails: {summary}.")
