"""Background tasks of the application forms (Django's task framework, django-tasks)."""

from django_tasks import task


@task()
def deliver_email(email_id: int) -> str | None:
    """Send one e-mail of the outbox (see forms/mail.py); a failure leaves it pending."""
    from applications.mail import deliver

    return deliver(email_id)
