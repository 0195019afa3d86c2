from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    """News posts and their index (see the news issue)."""

    name = "news"
    verbose_name = _("News")
