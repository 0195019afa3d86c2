"""The picture of a page (a news post, an event): one set of fields and one way to show it.

The picture is a ForeignKey, so listings fetch it with the pages (`with_pictures`); what
every template and listing shows is `credited_picture`, the picture together with its alt
text, caption and credit line in the page's language.
"""

from django.conf import settings
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from core.models.mixins import CreditedPicture

NO_CREDIT = _("This picture has no credit in the library: write who took it or owns it.")


class PagePicture(models.Model):
    """Mixed into a page type: its picture, with words of its own in each translation."""

    picture = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("picture"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown at the top of the page and beside its teaser."),
    )
    picture_alt_text = models.CharField(
        _("alt text"),
        max_length=255,
        blank=True,
        help_text=_(
            "What the picture shows, for people who cannot see it. Leave empty to use the "
            "description stored with the picture."
        ),
    )
    picture_caption = models.CharField(_("caption"), max_length=300, blank=True)
    picture_credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_(
            "Leave empty to use the credit stored with the picture. Write it here when it "
            "contains words that translators should translate."
        ),
    )

    picture_panel = MultiFieldPanel(
        [
            FieldPanel("picture"),
            FieldPanel("picture_alt_text"),
            FieldRowPanel([FieldPanel("picture_caption"), FieldPanel("picture_credit")]),
        ],
        heading=_("Picture"),
    )

    class Meta:
        abstract = True

    @property
    def credited_picture(self):
        """The picture with its alt text, caption and credit line, or None."""
        if self.picture is None:
            return None
        return CreditedPicture(
            image=self.picture,
            alt_text=self.picture_alt_text or self.picture.default_alt_text or "",
            caption=self.picture_caption,
            credit=self.picture_credit.strip() or self.picture.credit.strip(),
        )

    def picture_errors(self):
        """A picture goes out with a credit: its own on this page, else the library's."""
        if self.picture_id and not (self.picture_credit.strip() or self.picture.credit.strip()):
            return {"picture_credit": NO_CREDIT}
        return {}

    @staticmethod
    def with_pictures(queryset):
        """The pages with their pictures (joined) and all the pictures' renditions (one more
        query), for listings."""
        return queryset.select_related("picture").prefetch_related(Prefetch("picture__renditions"))
