"""The picture of a page (a news post, an event): one set of fields and one way to show it.

The picture is a ForeignKey, so listings fetch it with the pages (`with_pictures`); what
every template and listing shows is `credited_picture`, the picture together with its alt
text, caption and credit line in the page's language.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.images import get_image_model

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

    def load_picture_with_body(self, body):
        """Load this page's picture, and the pictures of `body` (a StreamField's value),
        all with their renditions, in one query: a page showing both pays once.

        Converts the body's blocks now rather than while the template renders them.
        """
        with pictures_loaded_along([self.picture_id]) as loaded:
            list(body)
        if self.picture_id:
            # Loaded with the body's pictures, or on its own when the body has none.
            self.picture = loaded.get(self.picture_id) or images_with_renditions([self.picture_id]).get(self.picture_id)

    @staticmethod
    def with_pictures(queryset):
        """The pages with their pictures (joined) and all the pictures' renditions (one more
        query), for listings."""
        return queryset.select_related("picture").prefetch_related(Prefetch("picture__renditions"))


def images_with_renditions(image_ids):
    """The pictures with these ids, by id, each with all its renditions ready for
    `get_rendition`, in one query: the renditions, each joined to its picture.

    A picture never rendered yet has no rendition to be joined to: those are read in a
    second query, with no renditions (the first visit makes them).
    """
    image_model = get_image_model()
    image_ids = set(image_ids) - {None}
    images = {}
    renditions = image_model.get_rendition_model().objects.filter(image_id__in=image_ids).select_related("image")
    for rendition in renditions:
        # Each rendition comes with its own copy of the picture: keep the first one.
        image = images.get(rendition.image_id)
        if image is None:
            image = images[rendition.image_id] = rendition.image
            # Where Wagtail's `prefetch_renditions()` puts them; renditions made later
            # are added to it too.
            image.prefetched_renditions = []
        rendition.image = image
        image.prefetched_renditions.append(rendition)
    missing = image_ids - images.keys()
    if missing:
        for image in image_model.objects.filter(pk__in=missing):
            image.prefetched_renditions = []
            images[image.pk] = image
    return images


# Pictures to load together with the next pictures a body asks for (see
# `pictures_loaded_along`), and where to put them once loaded.
_pictures_along = ContextVar("pictures_along", default=None)


@contextmanager
def pictures_loaded_along(image_ids):
    """While active, the first pictures a StreamField loads (`images_for_blocks`) are
    loaded together with the pictures `image_ids`, in the same query. Yields a dict that
    receives every picture loaded meanwhile, by id."""
    loaded = {}
    token = _pictures_along.set((set(image_ids) - {None}, loaded))
    try:
        yield loaded
    finally:
        _pictures_along.reset(token)


def images_for_blocks(image_ids):
    """The pictures a StreamField's image blocks ask for, by id, with their renditions
    (`images_with_renditions`), together with any asked for by `pictures_loaded_along`."""
    along = _pictures_along.get()
    if along is None:
        return images_with_renditions(image_ids)
    pending, loaded = along
    images = images_with_renditions({*image_ids, *pending})
    pending.clear()
    loaded.update(images)
    return images
