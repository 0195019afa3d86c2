from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, F, OuterRef, Subquery, Value, When
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


@dataclass(frozen=True)
class TopicName:
    """A topic as a page shows it: its name in the page's language, its slug for
    addresses, and its translation key to compare it with the topics of a filter."""

    translation_key: object
    slug: str
    name: str


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
    def _best_translations(cls, translation_key, locale_id):
        """The translations of the topic with `translation_key` (a value or an outer
        reference), best first: in the locale `locale_id`, then in the default language,
        then in any language."""
        return (
            cls.objects.filter(translation_key=translation_key)
            .annotate(
                language_rank=Case(
                    When(locale_id=locale_id, then=Value(0)),
                    When(locale__language_code=settings.LANGUAGE_CODE, then=Value(1)),
                    default=Value(2),
                )
            )
            .order_by("language_rank", "pk")
        )

    @classmethod
    def name_in_locale(cls, translation_key, locale_id):
        """An expression for annotating a query: the name of the topic with
        `translation_key` (an outer reference) in the locale `locale_id` where translated,
        else in the default language, else in any language; asked in the same query."""
        return Subquery(cls._best_translations(translation_key, locale_id).values("name")[:1])

    @classmethod
    def in_locale(cls, topics, locale_id):
        """The topics of the queryset `topics`, one row per topic (not per translation),
        each in the language `name_in_locale` chooses; one query."""
        best = cls._best_translations(OuterRef("translation_key"), locale_id).values("pk")[:1]
        return (
            cls.objects.filter(translation_key__in=topics.values("translation_key"))
            .alias(best_pk=Subquery(best))
            .filter(pk=F("best_pk"))
        )
