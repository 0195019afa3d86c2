from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class SiteImage(AbstractImage):
    """A picture in the image library, carrying its own credit line.

    The credit is stored with the picture, so it is shown wherever the picture is used
    (listings, page bodies, feeds) and editors never have to repeat it.
    """

    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_("Who took or owns the picture, as it should be printed beside it."),
    )

    admin_form_fields = (*Image.admin_form_fields, "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = _("picture")
        verbose_name_plural = _("pictures")


class SiteRendition(AbstractRendition):
    image = models.ForeignKey(SiteImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
