from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FormsConfig(AppConfig):
    """The application forms and their review inbox (see the application forms issue)."""

    name = "forms"
    verbose_name = _("Application forms")

    def ready(self):
        from forms import signals  # noqa: F401
        from participants.letters import register_letter_readers

        # Reviewers read letters in applications already; they read the copies made
        # for participant pages too.
        register_letter_readers(application_reviewer_groups)


def application_reviewer_groups():
    from django.contrib.auth.models import Group

    return Group.objects.filter(
        permissions__content_type__app_label="forms",
        permissions__codename__in=["view_applicationsubmission", "change_applicationsubmission"],
    ).distinct()
