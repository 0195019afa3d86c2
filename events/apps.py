from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    """The event calendar (see the events issue)."""

    name = "events"
    verbose_name = _("Events")
