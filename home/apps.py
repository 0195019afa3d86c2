from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The shared frame: home and standard pages, pictures, site settings, blocks.

    Content apps (news, events, participants, forms) build on this app; it never
    imports them. Where the frame needs their content (the home page's "latest"
    section), it asks the interfaces in `home.models.mixins`.
    """

    name = "home"
    verbose_name = _("Site frame")

    def ready(self):
        from home import site_name
        from home.translation import signals

        signals.connect()
        site_name.connect()
