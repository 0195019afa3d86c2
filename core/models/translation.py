from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


class SourceContentPage(models.Model):
    """Marks a live page that still shows its source's words while its translation is prepared.

    wagtail-localize turns an alias page (which serves the source page's content at the
    translation's address) into a real page when someone starts translating it. Until a
    translation of it is published, visitors keep reading the source text there, so the
    site must keep telling them so (notice, `lang`, canonical link) exactly as for an
    alias. The mark is added when an alias is converted and removed when the page is
    published. Nobody edits these records.
    """

    page = models.OneToOneField(Page, on_delete=models.CASCADE, related_name="source_content_mark")
    language_code = models.CharField(
        _("language shown"), max_length=20, help_text=_("The language of the text visitors see on the page.")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("page showing its source text")
        verbose_name_plural = _("pages showing their source text")

    def __str__(self):
        return f"{self.page_id} ({self.language_code})"
