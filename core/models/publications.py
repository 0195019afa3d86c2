from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import BodyBlock
from core.render_cache import lazy_value

from .mixins import BasePage


@dataclass(frozen=True)
class PublicationDownload:
    """One language version of a publication's file, as the page offers it."""

    language_code: str
    language_name_local: str
    url: str
    file_size: int | None
    file_extension: str
    is_visitors_language: bool


class PublicationPage(BasePage):
    """A publication, such as the Alliance's information brochure, with one file per language.

    Editors upload the English file here. Each translation may replace it with the file in
    its own language (in the translation editor: the document is a field translators can
    change); the page then offers every language's file on every language version.
    """

    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("What the publication is about, in a few sentences.")
    )
    publication_date = models.DateField(_("publication date"), null=True, blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The publication in this page's language, usually a PDF."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("more about the publication"))

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("publication_date"),
        FieldPanel("document"),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["core.HomePage", "core.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")

    def get_downloads(self):
        """The file of every language version, the visitor's language first; one query.

        A translation that keeps the source's file adds no language: the file is listed
        once, in the language of the page that first used it (the source comes first).
        """
        return self.downloads_by_translation_key([self.translation_key]).get(self.translation_key, [])

    @classmethod
    def downloads_by_translation_key(cls, translation_keys):
        """`get_downloads()` of several publications at once (by translation key), in one
        query whatever their number: for the lists of publications."""
        versions = (
            cls.objects.live()
            .filter(translation_key__in=list(translation_keys), alias_of__isnull=True, document__isnull=False)
            .select_related("document", "locale")
            .defer_streamfields()
        )
        order = {code: position for position, (code, _name) in enumerate(settings.LANGUAGES)}
        source_first = sorted(
            versions,
            key=lambda page: (
                page.locale.language_code != settings.LANGUAGE_CODE,
                order.get(page.locale.language_code, 99),
            ),
        )
        visitor_language = get_language() or settings.LANGUAGE_CODE
        downloads, seen_documents = {}, set()
        for version in source_first:
            if (version.translation_key, version.document_id) in seen_documents:
                continue
            seen_documents.add((version.translation_key, version.document_id))
            code = version.locale.language_code
            document = version.document
            downloads.setdefault(version.translation_key, []).append(
                PublicationDownload(
                    language_code=code,
                    language_name_local=get_language_info(code)["name_local"],
                    url=document.url,
                    file_size=document.file_size,
                    file_extension=document.file_extension.upper(),
                    is_visitors_language=code == visitor_language,
                )
            )
        for publication_downloads in downloads.values():
            publication_downloads.sort(
                key=lambda download: (not download.is_visitors_language, order.get(download.language_code, 99))
            )
        return downloads

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["downloads"] = lazy_value(self.get_downloads)
        return context
