"""The body of a news post: the shared blocks, with a picture block that carries a
translatable credit and never lets a picture go out without one."""

import copy

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageBlock, ImageChooserBlock

from core.blocks import BodyBlock, PictureBlock


class RenditionPrefetchingImageChooserBlock(ImageChooserBlock):
    """Loads every picture of a body in one query, together with their renditions.

    A body with five pictures then costs two queries, not one per picture and size.
    """

    def bulk_to_python(self, values):
        values = list(values)
        images = self.model_class.objects.prefetch_renditions().in_bulk([value for value in values if value])
        # Same contract as ChooserBlock.bulk_to_python: one object per value, in order.
        seen, result = set(), []
        for value in values:
            image = images.get(value)
            if image is not None and value in seen:
                # Each use gets its own object: the alt text is set per use.
                image = copy.copy(image)
            result.append(image)
            seen.add(value)
        return result


class CreditedImageBlock(ImageBlock):
    """Wagtail's picture-with-alt-text block, loading renditions in bulk."""

    def __init__(self, required=True, **kwargs):
        super().__init__(required=required, **kwargs)
        chooser = RenditionPrefetchingImageChooserBlock(required=required)
        chooser.set_name("image")
        self.child_blocks["image"] = chooser


class NewsPictureBlock(PictureBlock):
    """A picture in a post, with a caption and a credit line in the post's language.

    The credit comes from the picture library; the credit field here replaces it in this
    post, so that credits made of words ("Picture: EU Delegation to Serbia") can be
    translated with the post. A picture without any credit cannot be published.
    """

    picture = CreditedImageBlock(label=_("Picture"))
    caption = blocks.CharBlock(required=False, max_length=300, label=_("Caption"))
    credit = blocks.CharBlock(
        required=False,
        max_length=255,
        label=_("Credit"),
        help_text=_(
            "Leave empty to use the credit stored with the picture. Write it here when it "
            "contains words that translators should translate."
        ),
    )

    class Meta:
        icon = "image"
        template = "news/blocks/picture.html"
        description = _("A picture with a caption and its credit line.")

    def clean(self, value):
        value = super().clean(value)
        picture = value.get("picture")
        if picture is not None and not (value.get("credit") or "").strip() and not picture.credit.strip():
            raise StructBlockValidationError(
                block_errors={
                    "credit": ValidationError(
                        _("This picture has no credit in the library: write who took it or owns it.")
                    )
                }
            )
        return value


class NewsBodyBlock(BodyBlock):
    """The shared body blocks, with the news picture block in place of the shared one."""

    picture = NewsPictureBlock()
