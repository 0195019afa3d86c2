from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BodyBlock, CallToActionBlock

from .mixins import BasePage, dated_page_models, merge_latest_items

INTRODUCTION_FEATURES = ["bold", "italic", "link"]


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
    # Left open on purpose: every page type that may sit below a home page says so in
    # its own parent_page_types, so the frame never has to name the content apps.
    subpage_types = None

    class Meta:
        verbose_name = _("home page")

    @classmethod
    def can_create_at(cls, parent):
        # Home pages of other languages are made by translating the first one, never
        # by creating a second tree that nothing links to the first.
        return super().can_create_at(parent) and not cls.objects.exists()

    def get_latest_items(self):
        """The newest dated pages of this home page's language, in true date order.

        Only the language's own pages: those that still show the English text (aliases,
        translations not published yet) are left out by each type's `latest_queryset`.
        """
        item_lists = []
        for model in dated_page_models():
            pages = model.latest_queryset(self.locale_id)[: self.latest_count]
            item_lists.append([page.as_latest_item() for page in pages])
        return merge_latest_items(item_lists, self.latest_count)

    def get_localized_call_to_action_pages(self):
        """The pages the calls to action point at, in this page's language, in one query.

        Chosen pages stay the same in every translation (wagtail-localize keeps page
        choosers in sync), so each language's home page links to its own translations.
        """
        keys = {block.value["page"].translation_key for block in self.calls_to_action if block.value.get("page")}
        if not keys:
            return {}
        translations = Page.objects.live().filter(translation_key__in=keys, locale_id=self.locale_id)
        return {page.translation_key: page for page in translations.select_related("locale")}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_items"] = self.get_latest_items()
        context["localized_pages"] = self.get_localized_call_to_action_pages()
        return context


class StandardPage(BasePage):
    """A page of text: about the Alliance, the Taskforce, legal notices."""

    introduction = models.TextField(_("introduction"), blank=True, help_text=_("A short summary shown first."))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "home.PublicationPage"]

    class Meta:
        verbose_name = _("standard page")
