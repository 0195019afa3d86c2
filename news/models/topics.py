from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Topic(TranslatableMixin, index.Indexed, models.Model):
    """A subject that news posts are filed under ("Congress sessions", "Roma youth").

    Editors choose topics on each post; visitors filter the news by them. Translate a
    topic like a page: its name is shown in each language. Its short name in addresses
    (the slug) is the same in every language, so a filtered address never breaks when a
    translator renames a topic.
    """

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("short name in addresses"),
        max_length=80,
        allow_unicode=False,
        blank=True,
        help_text=_("Used in filtered addresses (?topic=…). Made from the name when left empty."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale_id")]
    # The slug is an identifier, not words: every translation keeps the source's.
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="news_topic_unique_slug_per_locale"),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if not self.slug:
            self.slug = slugify(self.name)[:80]
        if not self.slug:
            raise ValidationError({"slug": _("Give a short name made of letters, digits and hyphens.")})
        # A translation shares its source's slug; a different topic must not take it.
        clash = Topic.objects.filter(slug=self.slug).exclude(translation_key=self.translation_key)
        if clash.exists():
            raise ValidationError({"slug": _("Another topic already uses this short name.")})

    @classmethod
    def localized_by_key(cls, translation_keys, locale_id):
        """The topics with these keys, each in the locale `locale_id` where translated,
        else in the default language, else in any language; one query."""
        best = {}
        for topic in cls.objects.filter(translation_key__in=translation_keys).select_related("locale"):
            if topic.locale_id == locale_id:
                rank = 0
            elif topic.locale.language_code == settings.LANGUAGE_CODE:
                rank = 1
            else:
                rank = 2
            if topic.translation_key not in best or rank < best[topic.translation_key][0]:
                best[topic.translation_key] = (rank, topic)
        return {key: topic for key, (_rank, topic) in best.items()}
