from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, RevisionMixin, TranslatableMixin, WorkflowMixin

from core.models.language_workflow import LanguageWorkflowMixin


class FooterText(LanguageWorkflowMixin, WorkflowMixin, DraftStateMixin, RevisionMixin, TranslatableMixin, models.Model):
    """The site's own words, one per language: its name, and the footer's Alliance
    Taskforce box.

    The name is shown in the header and page titles, the feeds, the calendars and the
    e-mails (see core.site_name). Translate it like a page; a language without its own
    (published) one shows the English box, and the name from the site's catalogs.
    Translators' changes go live once an approver of their language approves them.
    """

    site_name = models.CharField(
        _("site name"),
        max_length=200,
        blank=True,
        help_text=_("The name of the site in this language: header, page titles, feeds, calendars and e-mails."),
    )

    heading = models.CharField(_("heading"), max_length=120, default="Alliance Taskforce")
    body = RichTextField(
        _("text"),
        features=["bold", "italic", "link"],
        help_text=_("Shown above the contact address."),
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="footer_text")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="footer_text",
        for_concrete_model=False,
    )

    panels = [FieldPanel("site_name"), FieldPanel("heading"), FieldPanel("body")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return self.heading

    @property
    def revisions(self):
        return self._revisions

    @classmethod
    def for_language(cls, language_code):
        """The published footer text in this language, or in the default language; one query."""
        default_code = settings.LANGUAGE_CODE
        candidates = cls.objects.filter(
            live=True, locale__language_code__in={language_code, default_code}
        ).select_related("locale")
        by_language = {text.locale.language_code: text for text in candidates}
        return by_language.get(language_code) or by_language.get(default_code)
