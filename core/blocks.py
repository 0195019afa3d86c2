"""The shared StreamField blocks every page body is built from (news, events, participants, standard pages).

Each block has its own template, a description for the editor's block picker and, where
it needs no network, a preview value for the block preview.
"""

import copy

from django.core.exceptions import ValidationError
from django.db.models import F, Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock, ImageChooserBlock
from wagtail.models import Page

from core.models.pictures import images_for_blocks

HEADING_LEVELS = [("h2", _("Level 2 heading")), ("h3", _("Level 3 heading")), ("h4", _("Level 4 heading"))]
PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(choices=HEADING_LEVELS, default="h2", label=_("Level"))

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        description = _("A heading that starts a new section of the text.")
        preview_value = {"text": "Local action for Roma inclusion", "level": "h2"}


class RenditionPrefetchingImageChooserBlock(ImageChooserBlock):
    """Loads every picture of a body together with their renditions, in one query.

    A body with five pictures then costs one query, not one per picture and size.
    """

    def bulk_to_python(self, values):
        values = list(values)
        images = images_for_blocks(values)
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


class PictureBlock(blocks.StructBlock):
    """A picture in a page's body, with its alt text, a caption and a credit line in the
    page's language.

    The credit comes from the picture library; the credit field here replaces it on this
    page, so that credits made of words ("Picture: EU Delegation to Serbia") can be
    translated with the page. A picture without any credit cannot be published.
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
        template = "blocks/picture.html"
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


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quotation"))
    author = blocks.CharBlock(required=False, max_length=200, label=_("Author"))
    author_role = blocks.CharBlock(required=False, max_length=200, label=_("Author's role"))

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        description = _("A quotation with the name and role of the person quoted.")
        preview_value = {
            "quote": "Inclusion is decided where people live: in their town and their region.",
            "author": "A Congress rapporteur",
            "author_role": "Congress of Local and Regional Authorities",
        }


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video address"), help_text=_("A YouTube or Vimeo address."))
    title = blocks.CharBlock(max_length=200, label=_("Title"), help_text=_("Says what the video shows."))

    class Meta:
        icon = "media"
        template = "blocks/video.html"
        # No preview value: previewing an embed would fetch it from the video site.
        description = _("An embedded video with a title.")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(
        required=False,
        max_length=200,
        label=_("Link text"),
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document.html"
        description = _("A download link that shows the file's type and size.")


def chosen_pages_with_translations(page_ids):
    """The pages of `page_ids` by id, and the live pages of their translation keys by key
    and language, in one query."""
    if not page_ids:
        return {}, {}
    chosen_keys = Page.objects.filter(pk__in=page_ids).values("translation_key")
    pages = Page.objects.filter(Q(pk__in=page_ids) | Q(live=True, translation_key__in=chosen_keys)).annotate(
        language_code=F("locale__language_code")
    )
    pages_by_id, translations = {}, {}
    for page in pages:
        if page.pk in page_ids:
            pages_by_id[page.pk] = page
        if page.live:
            translations.setdefault(page.translation_key, {})[page.language_code] = page
    return pages_by_id, translations


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, label=_("Heading"))
    text = blocks.TextBlock(required=False, label=_("Text"))
    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    url = blocks.URLBlock(required=False, label=_("Or an external address"))
    link_label = blocks.CharBlock(max_length=80, label=_("Button text"))

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action.html"
        description = _("A short invitation with a button to a page or an address.")
        preview_value = {
            "heading": "Join the Alliance",
            "text": "Local and regional authorities can become participants.",
            "url": "https://example.org/",
            "link_label": "Apply",
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["link_url"] = self.link_url(value, (parent_context or {}).get("request"))
        return context

    def bulk_to_python(self, values):
        """The blocks of a stream, their chosen pages read with those pages' live
        translations in the visitor's language: one query for all the calls to action of
        a page, whatever their number and language."""
        values = list(values)
        page_ids = [value["page"] for value in values if value.get("page")]
        without_pages = [{name: item for name, item in value.items() if name != "page"} for value in values]
        struct_values = super().bulk_to_python(without_pages)
        pages_by_id, translations = chosen_pages_with_translations(page_ids)
        seen = set()
        for value, struct_value in zip(values, struct_values, strict=True):
            page = pages_by_id.get(value.get("page"))
            if page is not None:
                # A page chosen twice is two instances, as Wagtail's own chooser gives it.
                page = copy.copy(page) if page.pk in seen else page
                seen.add(page.pk)
                page.live_translations = translations.get(page.translation_key, {})
            struct_value["page"] = page
        return struct_values

    @staticmethod
    def link_url(value, request=None):
        """The page in the visitor's language when it is translated, else the page chosen."""
        page = value.get("page")
        if page is None:
            return value.get("url")
        translations = getattr(page, "live_translations", None)
        if translations is None:  # a block converted on its own, not with its stream
            return page.localized.get_url(request)
        try:
            language_code = get_supported_content_language_variant(get_language())
        except LookupError:
            return page.get_url(request)
        return translations.get(language_code, page).get_url(request)

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose a page or give an address, not both and not neither.")
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(message), "url": ValidationError(message)}
            )
        return value


class BodyBlock(blocks.StreamBlock):
    """The body of every content page: news posts, events, participants, standard pages."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=PARAGRAPH_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph.html",
        label=_("Paragraph"),
        description=_("Text with links and lists."),
        preview_value="<p>Cities and regions share what works for Roma inclusion.</p>",
    )
    picture = PictureBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    document = DocumentBlock()
    call_to_action = CallToActionBlock()
