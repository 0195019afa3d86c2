from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin


class FooterText(TranslatableMixin, models.Model):
    """The words of the footer's Alliance Taskforce box, one per language.

    Translate it like a page; a language without its own shows the English one.
    """

    heading = models.CharField(_("heading"), max_length=120, default="Alliance Taskforce")
    body = RichTextField(
        _("text"),
        features=["bold", "italic", "link"],
        help_text=_("Shown above the contact address."),
    )

    panels = [FieldPanel("heading"), FieldPanel("body")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return self.heading

    @classmethod
    def for_language(cls, language_code):
        """The footer text in this language, or in the default language; one query."""
        default_code = settings.LANGUAGE_CODE
        candidates = cls.objects.filter(locale__language_code__in={language_code, default_code}).select_related(
            "locale"
        )
        by_language = {text.locale.language_code: text for text in candidates}
        return by_language.get(language_code) or by_language.get(default_code)
