from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    """News posts and their index (see the news issue)."""

    name = "news"
    verbose_name = _("News")

    def ready(self):
        from core.related import register_related_items
        from news.models import NewsPage

        # A participant's or an event's page lists the posts about it.
        register_related_items("participants.ParticipantPage", NewsPage.related_to_participant)
        register_related_items("events.EventPage", NewsPage.related_to_event)
