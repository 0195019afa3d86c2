from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParticipantsConfig(AppConfig):
    """The directory of participant cities and regions (see the participants issue)."""

    name = "participants"
    verbose_name = _("Participants")
