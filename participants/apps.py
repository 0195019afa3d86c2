from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParticipantsConfig(AppConfig):
    """The directory of participant cities and regions, with its register of accessions."""

    name = "participants"
    verbose_name = _("Participants")
    default_auto_field = "django.db.models.BigAutoField"
