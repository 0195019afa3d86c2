from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


class ParticipantLink(Orderable):
    """A link from another app's page to a participant (a news post, an event).

    Each concrete link adds `page`, the ParentalKey to the page that makes the link.
    Chosen once on the source page and kept the same in every translation (the row is
    synchronised, not translated); each language shows the participant's page in that
    language, and the participant's page lists the linking page (core.related).
    """

    participant = models.ForeignKey(
        "participants.ParticipantPage", verbose_name=_("participant"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("participant")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("participant")
        # Each participant once per page; the page editor says so in the form.
        constraints = [models.UniqueConstraint(fields=["page", "participant"], name="%(app_label)s_%(class)s_unique")]
