from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The shared frame: home, standard and publication pages, pictures, site settings,
    blocks, and the interfaces through which the apps above it meet.

    Content apps (news, events, participants), the application forms, the translation
    workflow and the demo build on this app; it never imports them. Where the frame needs
    their content (the home page's "latest" section, related items), it asks the
    interfaces in `core.models.mixins` and the registries in `core.related` and
    `core.registry`.
    """

    name = "core"
    verbose_name = _("Site frame")

    def ready(self):
        from core import checks, frame, purges, site_name  # noqa: F401 (checks registers itself)

        frame.connect()
        purges.connect()
        site_name.connect()
