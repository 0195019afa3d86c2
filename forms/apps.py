from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FormsConfig(AppConfig):
    """The application forms and their review inbox (see the application forms issue)."""

    name = "forms"
    verbose_name = _("Application forms")

    def ready(self):
        from forms import signals  # noqa: F401
