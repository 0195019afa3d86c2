"""How far each page is translated into each language: the coverage dashboard's data.

The status of a page in a language (one cell of the dashboard):

- **source not published**: the source page is not live (a draft never published, or
  unpublished) and the language has no page of its own: nothing is missing yet.
- **missing**: the language has no page of its own: nothing at all, or only an alias that
  shows the source page's text.
- **outdated**: the translation was not written from the source's current content:
  either wagtail-localize's copy of the source (`TranslationSource`) was read before the
  source page's last publication, or the translation was last written into the page
  (`TranslationLog`) before the copy was last read (`TranslationSource.last_updated_at`).
  For a translation that wagtail-localize no longer manages, the two pages' last
  publication times are compared.
- **in progress**: the translation exists but is not what visitors read yet: not live,
  still showing the source text, changes waiting for publication or approval, strings
  left to translate (the address, which may stay as in the source, aside), or strings
  translated since the page was last written.
- **up to date**: everything else.

The whole report costs the same few queries whatever the number of pages: the pages, their
translations, wagtail-localize's records and two aggregates of string counts, combined in
Python.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Count, Exists, F, Max, OuterRef
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, WorkflowState, get_page_models
from wagtail_localize.models import StringSegment, Translation, TranslationLog, TranslationSource

from core.i18n.collation import collation_key
from core.models.translation import SourceContentPage

MISSING = "missing"
IN_PROGRESS = "in_progress"
OUTDATED = "outdated"
UP_TO_DATE = "up_to_date"
NOT_PUBLISHED = "not_published"
STATUSES = [MISSING, IN_PROGRESS, OUTDATED, UP_TO_DATE, NOT_PUBLISHED]
STATUS_LABELS = {
    MISSING: _("Missing"),
    IN_PROGRESS: _("In progress"),
    OUTDATED: _("Outdated"),
    UP_TO_DATE: _("Up to date"),
    NOT_PUBLISHED: _("Source not published"),
}

SOURCE_PAGE_FIELDS = ["id", "translation_key", "draft_title", "content_type_id", "depth", "path", "live"]


@dataclass(frozen=True)
class Cell:
    status: str
    locale_id: int
    source_page_id: int
    # The page in the cell's language, when there is one of its own (not an alias).
    target_page_id: int | None = None


@dataclass
class Row:
    page: dict  # the source page's values (SOURCE_PAGE_FIELDS)
    cells: list = field(default_factory=list)


def page_type_choices():
    """(content type id, verbose name) of every page model, for the type filter."""
    models = [model for model in get_page_models() if model is not Page]
    content_types = ContentType.objects.get_for_models(*models)
    choices = [(content_types[model].pk, str(model._meta.verbose_name).capitalize()) for model in models]
    return sorted(choices, key=lambda choice: collation_key(choice[1]))


class CoverageReport:
    """The status of every source page (filtered) in every target locale."""

    def __init__(self, source_locale, target_locales, source_pages):
        """`source_pages`: a queryset of pages in `source_locale` (already filtered)."""
        self.source_locale = source_locale
        self.target_locales = list(target_locales)
        self.source_pages = source_pages.filter(locale=source_locale).exclude(depth=1)

    def _source_keys(self):
        return self.source_pages.values("translation_key")

    def _source_records(self):
        """wagtail-localize's source records of these pages."""
        return TranslationSource.objects.filter(object_id__in=self._source_keys(), locale=self.source_locale)

    def _targets(self):
        page_type = ContentType.objects.get_for_model(Page)
        awaiting_approval = WorkflowState.objects.filter(
            base_content_type_id=page_type.pk,
            object_id=Cast(OuterRef("pk"), output_field=CharField()),
            status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES],
        )
        return (
            Page.objects.filter(translation_key__in=self._source_keys())
            .exclude(locale=self.source_locale)
            .annotate(
                shows_source=Exists(SourceContentPage.objects.filter(page=OuterRef("pk"))),
                awaiting_approval=Exists(awaiting_approval),
            )
            .values(
                "id",
                "translation_key",
                "locale_id",
                "alias_of_id",
                "live",
                "has_unpublished_changes",
                "last_published_at",
                "shows_source",
                "awaiting_approval",
            )
        )

    def compute(self):
        """Rows in tree order, with one cell per target locale."""
        pages = list(self.source_pages.order_by("path").values(*SOURCE_PAGE_FIELDS, "last_published_at"))
        records = {
            record["object_id"]: record
            for record in self._source_records().values("id", "object_id", "last_updated_at")
        }
        source_ids = self._source_records().values("id")
        targets = {(target["translation_key"], target["locale_id"]): target for target in self._targets()}
        managed = set(
            Translation.objects.filter(source_id__in=source_ids, enabled=True).values_list(
                "source_id", "target_locale_id"
            )
        )
        last_written = {
            (entry["source_id"], entry["locale_id"]): entry["last"]
            for entry in TranslationLog.objects.filter(source_id__in=source_ids)
            .values("source_id", "locale_id")
            .annotate(last=Max("created_at"))
        }
        # A translation may keep the source's address (slug): it never keeps a page in progress.
        segments = StringSegment.objects.filter(source_id__in=source_ids).exclude(context__path="slug")
        segment_totals = dict(
            segments.values("source_id").annotate(total=Count("id")).values_list("source_id", "total")
        )
        # Segments with a translation (the same string in the same place), by language.
        translated = {
            (entry["source_id"], entry["string__translations__locale_id"]): (entry["done"], entry["last"])
            for entry in segments.filter(
                string__translations__has_error=False, string__translations__context_id=F("context_id")
            )
            .values("source_id", "string__translations__locale_id")
            .annotate(done=Count("id"), last=Max("string__translations__updated_at"))
        }

        rows = []
        for page in pages:
            record = records.get(page["translation_key"])
            page["source_id"] = record["id"] if record else None
            page["source_updated_at"] = record["last_updated_at"] if record else None
            row = Row(page=page)
            for locale in self.target_locales:
                row.cells.append(self._cell(page, locale, targets, managed, last_written, segment_totals, translated))
            rows.append(row)
        return rows

    def _cell(self, source, locale, targets, managed, last_written, segment_totals, translated):
        target = targets.get((source["translation_key"], locale.pk))
        if target is None or target["alias_of_id"] is not None:
            return Cell(MISSING if source["live"] else NOT_PUBLISHED, locale.pk, source["id"])
        source_id = source["source_id"]
        is_managed = (source_id, locale.pk) in managed
        written_at = last_written.get((source_id, locale.pk))
        if is_managed:
            read_at, published_at = source["source_updated_at"], source["last_published_at"]
            copy_is_current = published_at is None or read_at >= published_at
            if written_at is None or not copy_is_current or written_at < read_at:
                return Cell(OUTDATED, locale.pk, source["id"], target["id"])
        elif (
            source["last_published_at"] is not None
            and target["last_published_at"] is not None
            and source["last_published_at"] > target["last_published_at"]
        ):
            return Cell(OUTDATED, locale.pk, source["id"], target["id"])

        waiting = (
            not target["live"]
            or target["shows_source"]
            or target["has_unpublished_changes"]
            or target["awaiting_approval"]
        )
        if not waiting and is_managed:
            done, last_translated_at = translated.get((source_id, locale.pk), (0, None))
            strings_left = done < segment_totals.get(source_id, 0)
            strings_not_written = (
                last_translated_at is not None and written_at is not None and last_translated_at > written_at
            )
            waiting = strings_left or strings_not_written
        status = IN_PROGRESS if waiting else UP_TO_DATE
        return Cell(status, locale.pk, source["id"], target["id"])


def totals_by_locale(rows):
    """{locale id: Counter of statuses} over all rows."""
    totals = {}
    for row in rows:
        for cell in row.cells:
            totals.setdefault(cell.locale_id, Counter())[cell.status] += 1
    return totals
