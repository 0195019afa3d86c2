"""E-mails waiting to be sent, so that none is lost while the mail server is down."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .submissions import ApplicationSubmission


class EmailStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to be sent")
    SENDING = "sending", _("Being sent")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed; no more attempts")


class EmailPurpose(models.TextChoices):
    TASKFORCE = "taskforce", _("Notice to the Alliance Taskforce")
    CONFIRMATION = "confirmation", _("Confirmation to the applicant")


class OutgoingEmail(models.Model):
    """One e-mail about an application, rendered when the application arrived.

    A background task sends it; when the mail server fails, it stays pending and is
    tried again later (with growing pauses), by the task queue or by
    `manage.py send_pending_emails`. It is sent at most once.
    """

    submission = models.ForeignKey(ApplicationSubmission, on_delete=models.CASCADE, related_name="emails")
    purpose = models.CharField(_("purpose"), max_length=16, choices=EmailPurpose.choices)
    recipients = models.JSONField()
    reply_to = models.JSONField(default=list, blank=True)
    subject = models.CharField(max_length=255)
    body = models.TextField()
    language = models.CharField(max_length=16)

    status = models.CharField(
        _("status"), max_length=16, choices=EmailStatus.choices, default=EmailStatus.PENDING, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(db_index=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.get_purpose_display()}: {self.subject}"
