from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LocalizationConfig(AppConfig):
    """The translation workflow on top of wagtail-localize: who translates what,
    approvals, coverage, bulk actions, PO exchange with agencies, machine translators."""

    name = "localization"
    verbose_name = _("Translation workflow")

    def ready(self):
        from localization import signals

        signals.connect()
