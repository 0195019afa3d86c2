"""The e-mails about an application, kept in an outbox until the mail server takes them.

`queue_application_emails` renders the two messages when the application arrives
(the confirmation in the applicant's language) and stores them; a background task
(`forms.tasks.deliver_email`) sends each one. `deliver` never raises: a failure leaves
the message pending with a later attempt time, and the task queue (when it can defer
tasks) or `manage.py send_pending_emails` tries again. A message is claimed before it
is sent, so two workers never send it twice.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Site

from applications.models import EmailPurpose, EmailStatus, OutgoingEmail
from core.absolute_urls import absolute_url
from core.site_name import site_name

logger = logging.getLogger(__name__)

# Pauses between attempts: 1, 2, 4, … minutes, at most six hours.
FIRST_RETRY_DELAY = datetime.timedelta(minutes=1)
LONGEST_RETRY_DELAY = datetime.timedelta(hours=6)
# A message "being sent" for longer than this was left by a worker that died.
STALE_CLAIM = datetime.timedelta(minutes=15)


def taskforce_addresses(submission):
    from core.models import SiteSettings

    site = submission.page.get_site() if submission.page is not None else None
    site = site or Site.objects.filter(is_default_site=True).first()
    address = SiteSettings.for_site(site).contact_email if site is not None else ""
    address = address or settings.APPLICATION_TASKFORCE_EMAIL
    return [address] if address else []


def one_line(text):
    """Header values never hold line breaks (an applicant could type one)."""
    return " ".join(str(text).split())[:250]


def admin_url(submission, request=None):
    """The review page's address: on the host the applicant used, else the configured one.

    The messages are rendered while the application's request is still there; a
    background task that sends them later has no request.
    """
    path = reverse("applications:edit", args=[submission.pk])
    if request is not None:
        return absolute_url(request, path)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def render_messages(submission, request=None):
    """The messages to send for a new application, rendered now (not when sent)."""
    messages = []
    recipients = taskforce_addresses(submission)
    if recipients:
        with translation.override(settings.LANGUAGE_CODE):
            context = {
                "submission": submission,
                "rows": submission.get_data_rows(),
                "files": list(submission.files.all()),
                "admin_url": admin_url(submission, request),
            }
            messages.append(
                OutgoingEmail(
                    submission=submission,
                    purpose=EmailPurpose.TASKFORCE,
                    recipients=recipients,
                    reply_to=[submission.applicant_email] if submission.applicant_email else [],
                    subject=one_line(render_to_string("applications/emails/taskforce_subject.txt", context)),
                    body=render_to_string("applications/emails/taskforce_body.txt", context),
                    language=settings.LANGUAGE_CODE,
                )
            )
    else:
        logger.warning("No Taskforce address in the site settings: application %s is in the inbox only.", submission.pk)

    if submission.applicant_email:
        with translation.override(submission.language):
            context = {"submission": submission, "page": submission.page, "site_name": site_name()}
            messages.append(
                OutgoingEmail(
                    submission=submission,
                    purpose=EmailPurpose.CONFIRMATION,
                    recipients=[submission.applicant_email],
                    reply_to=recipients,
                    subject=one_line(render_to_string("applications/emails/confirmation_subject.txt", context)),
                    body=render_to_string("applications/emails/confirmation_body.txt", context),
                    language=submission.language,
                )
            )
    return messages


def queue_application_emails(submission, request=None):
    """Store the messages of a new application and hand them to the task queue.

    Never raises: the application is already stored, and a message that could not be
    queued is still in the outbox for `send_pending_emails`.
    """
    try:
        messages = render_messages(submission, request)
        now = timezone.now()
        for message in messages:
            message.next_attempt_at = now
            message.save()
    except Exception:
        logger.exception("Could not prepare the e-mails of application %s", submission.pk)
        return []
    for message in messages:
        enqueue_delivery(message.pk)
    return messages


def enqueue_delivery(email_id, run_after=None):
    from applications.tasks import deliver_email

    task = deliver_email
    if run_after is not None:
        if not task.get_backend().supports_defer:
            return None  # send_pending_emails picks it up when it is due
        task = task.using(run_after=run_after)
    try:
        return task.enqueue(email_id)
    except Exception:
        logger.exception("Could not queue e-mail %s; send_pending_emails will send it.", email_id)
        return None


def retry_delay(attempts):
    delay = FIRST_RETRY_DELAY * (2 ** max(0, attempts - 1))
    return min(delay, LONGEST_RETRY_DELAY)


def due_emails(now=None):
    now = now or timezone.now()
    return OutgoingEmail.objects.filter(
        Q(status=EmailStatus.PENDING, next_attempt_at__lte=now)
        | Q(status=EmailStatus.SENDING, claimed_at__lt=now - STALE_CLAIM)
    )


def deliver(email_id):
    """Send one message if it is due. Returns its status afterwards ("sent",
    "pending", "failed"), or None when it was not due or someone else has it."""
    now = timezone.now()
    claimed = (
        due_emails(now)
        .filter(pk=email_id)
        .update(status=EmailStatus.SENDING, claimed_at=now, attempts=F("attempts") + 1)
    )
    if not claimed:
        return None
    email = OutgoingEmail.objects.get(pk=email_id)
    message = EmailMessage(
        subject=email.subject,
        body=email.body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=email.recipients,
        reply_to=email.reply_to or None,
    )
    try:
        message.send(fail_silently=False)
    except Exception as error:  # the mail server is down, refuses, times out…
        email.last_error = f"{type(error).__name__}: {error}"[:2000]
        email.claimed_at = None
        if email.attempts >= settings.APPLICATION_EMAIL_MAX_ATTEMPTS:
            email.status = EmailStatus.FAILED
            logger.error("Gave up sending e-mail %s after %s attempts: %s", email.pk, email.attempts, error)
        else:
            email.status = EmailStatus.PENDING
            email.next_attempt_at = now + retry_delay(email.attempts)
            logger.warning("E-mail %s not sent (attempt %s), trying again later: %s", email.pk, email.attempts, error)
        email.save(update_fields=["status", "next_attempt_at", "claimed_at", "last_error"])
        if email.status == EmailStatus.PENDING:
            enqueue_delivery(email.pk, run_after=email.next_attempt_at)
        return email.status
    email.status = EmailStatus.SENT
    email.sent_at = timezone.now()
    email.claimed_at = None
    email.last_error = ""
    email.save(update_fields=["status", "sent_at", "claimed_at", "last_error"])
    return email.status


def send_pending_emails():
    """Send every message that is due; returns {status: count}."""
    results = {}
    for email_id in due_emails().order_by("next_attempt_at").values_list("pk", flat=True):
        status = deliver(email_id)
        if status is not None:
            results[status] = results.get(status, 0) + 1
    return results
