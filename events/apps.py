from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    """The event calendar (see the events issue)."""

    name = "events"
    verbose_name = _("Events")

    def ready(self):
        from core.related import register_related_items
        from events.models import EventPage

        # A participant's page lists the events it takes part in.
        register_related_items("participants.ParticipantPage", EventPage.related_to_participant)
