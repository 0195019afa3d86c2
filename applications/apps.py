from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApplicationsConfig(AppConfig):
    """The application forms ("Join the Alliance", "Cooperate as NGO"…), their submissions,
    the outbox of their e-mails and the review inbox.

    Named `applications`, not `forms`, so that it is never mistaken for `django.forms`.
    What accepting an application makes belongs to the app that owns it, registered in
    `core.registry`.
    """

    name = "applications"
    verbose_name = _("Application forms")

    def ready(self):
        from applications import signals  # noqa: F401
        from core.registry import register_private_readers

        # Reviewers read letters in applications already; they read the copies made
        # for participant pages too.
        register_private_readers(application_reviewer_groups)


def application_reviewer_groups():
    from django.contrib.auth.models import Group

    return Group.objects.filter(
        permissions__content_type__app_label="applications",
        permissions__codename__in=["view_applicationsubmission", "change_applicationsubmission"],
    ).distinct()
