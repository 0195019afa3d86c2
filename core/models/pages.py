from dataclasses import dataclass, field

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyBlock, CallToActionBlock
from core.listings import foreign_language, with_text_language
from core.privacy import public_only
from core.render_cache import lazy_value

from .mixins import (
    BasePage,
    UpcomingBlock,
    dated_page_models,
    merge_latest_items,
    soonest_upcoming_items,
    upcoming_page_models,
)
from .publications import PublicationPage

INTRODUCTION_FEATURES = ["bold", "italic", "link"]
# How many coming items (events) the home page shows in each "Upcoming" block.
UPCOMING_COUNT = 3


class HomePage(BasePage):
    """The front page of one language, and the root of that language's page tree.

    There is one per language: the English one is created once, and every other
    language's home page is its translation (Translate in the page's menu).
    """

    introduction = RichTextField(
        _("introduction"),
        features=INTRODUCTION_FEATURES,
        help_text=_("A few sentences that say what the Alliance is."),
    )
    calls_to_action = StreamField(
        [("call_to_action", CallToActionBlock())],
        blank=True,
        max_num=4,
        verbose_name=_("calls to action"),
        help_text=_("The invitations to apply: Join the Alliance, Cooperate as NGO."),
    )
    latest_heading = models.CharField(_("heading of the latest section"), max_length=120, default="Latest")
    latest_count = models.PositiveSmallIntegerField(
        _("number of latest items"),
        default=12,
        help_text=_("How many of the newest news items and events the home page lists."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("more content"))

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("calls_to_action"),
        MultiFieldPanel([FieldPanel("latest_heading"), FieldPanel("latest_count")], heading=_("Latest")),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    parent_page_types = ["wagtailcore.Page"]
    # Home pages of other languages are made by translating the first one, never by
    # creating a second tree that nothing links to the first (translation copies the
    # page; max_count limits only the "add page" choice).
    max_count = 1
    # Left open on purpose: every page type that may sit below a home page says so in
    # its own parent_page_types, so the frame never has to name the content apps.
    subpage_types = None

    class Meta:
        verbose_name = _("home page")

    def get_latest_items(self):
        """The newest dated pages of this home page's language that have happened (news,
        past events), in true date order.

        Pages not translated yet (aliases, translations not published yet) are listed in
        their source language and marked so (`core.listings`).
        """
        item_lists = []
        for model in dated_page_models():
            pages = model.latest_queryset(self.locale_id)[: self.latest_count]
            item_lists.append([page.as_latest_item() for page in pages])
        return merge_latest_items(item_lists, self.latest_count)

    def get_upcoming_blocks(self):
        """One block per page type dated ahead (the next events), in this home page's
        language: its soonest items, cancelled ones after the others, and the page that
        lists them all. Three queries per type, whatever the number of items."""
        blocks = []
        for model in upcoming_page_models():
            pages = model.upcoming_queryset(self.locale_id)[:UPCOMING_COUNT]
            blocks.append(
                UpcomingBlock(
                    heading=str(model.upcoming_heading),
                    items=soonest_upcoming_items(pages, UPCOMING_COUNT),
                    empty_text=str(model.upcoming_empty_text),
                    index_page=model.upcoming_index_page(self.locale_id),
                    index_label=str(model.upcoming_index_label),
                )
            )
        return blocks

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read when a region of the page renders (core.render_cache).
        context["upcoming_blocks"] = lazy_value(self.get_upcoming_blocks)
        context["latest_items"] = lazy_value(self.get_latest_items)
        return context


@dataclass(frozen=True)
class ChildPageItem:
    """One page of a section as its parent lists it."""

    page: Page
    summary: str
    # The language of the title and summary when it is not the visitor's (a page not
    # translated yet, listed in its source language); empty when it is.
    text_language: str = ""
    # The language versions of a publication's file (PublicationDownload); empty for
    # pages that offer none.
    downloads: list = field(default_factory=list)


class StandardPage(BasePage):
    """A page of text: about the Alliance, the Taskforce, legal notices.

    A page with pages below it (Resources, with its publications) lists them after its
    text: title, introduction and, for a publication, the languages of its file.
    """

    introduction = models.TextField(_("introduction"), blank=True, help_text=_("A short summary shown first."))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["core.HomePage", "core.StandardPage"]
    subpage_types = ["core.StandardPage", "core.PublicationPage"]

    class Meta:
        verbose_name = _("standard page")

    def get_child_items(self):
        """The live, public pages below this one, in the tree's order, as `ChildPageItem`s.

        Pages not translated yet are listed in their source language and marked so
        (`core.listings`). A fixed number of queries whatever the number of pages: the
        pages (one per page type) and the files of every publication among them.
        """
        children = list(with_text_language(public_only(self.get_children().live())).defer_streamfields().specific())
        publication_keys = [child.translation_key for child in children if isinstance(child, PublicationPage)]
        downloads = PublicationPage.downloads_by_translation_key(publication_keys) if publication_keys else {}
        return [
            ChildPageItem(
                page=child,
                summary=getattr(child, "introduction", "") or child.search_description,
                text_language=foreign_language(child),
                downloads=downloads.get(child.translation_key, []) if isinstance(child, PublicationPage) else [],
            )
            for child in children
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["child_items"] = lazy_value(self.get_child_items)
        return context
