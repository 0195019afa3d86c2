"""What the translation tools do to pages and snippets.

wagtail-localize writes a translation into the target's database row even when asked for a
draft (`Translation.save_target(publish=False)`), and for a live page that row is what
visitors see. So translations that still need approval are written here as a new revision
only (`save_translation_draft`), and go live when that revision is published: by an
approver, or when the language's approval workflow is approved.
"""

import json
from dataclasses import dataclass, field

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.coreutils import find_available_slug
from wagtail.log_actions import log
from wagtail.models import COMMENTS_RELATION_NAME, DraftStateMixin, Page, WorkflowMixin, WorkflowState
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)
from wagtail_localize.strings import StringValue

from localization.permissions import (
    user_can_edit_translated_object,
    user_can_publish_in,
    user_can_publish_translated_object,
    user_works_in,
)


class TranslationActionError(Exception):
    """An action that cannot be done, with a message for the person who asked."""


def get_target(translation):
    """The translated page or snippet, or None when it does not exist yet."""
    try:
        instance = translation.source.get_translated_instance(translation.target_locale)
    except ObjectDoesNotExist:
        return None
    return instance.specific if isinstance(instance, Page) else instance


# What Wagtail writes into an object's row when a draft is saved or the object is locked:
# not the published content, so no reason to read the source again.
DRAFT_BOOKKEEPING_FIELDS = {
    "draft_title",
    "latest_revision",
    "latest_revision_created_at",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
    COMMENTS_RELATION_NAME,
}


def _published_content(data):
    return {key: value for key, value in data.items() if key not in DRAFT_BOOKKEEPING_FIELDS}


def _serialized(instance):
    """The object's row as wagtail-localize serialises it into `TranslationSource.content_json`."""
    if isinstance(instance, ClusterableModel):
        return json.loads(instance.to_json())
    return json.loads(json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder))


def source_changed(source, instance=None):
    """Has the source object's published content changed since wagtail-localize read it?

    The object's database row is its published content (drafts live in revisions), so it
    is compared with the copy, leaving out what saving a draft changes in the row.
    """
    if instance is None:
        try:
            instance = source.get_source_instance()
        except ObjectDoesNotExist:
            return False
    return _published_content(_serialized(instance)) != _published_content(json.loads(source.content_json))


def refresh_source(source):
    """Read the source object again if its published content changed (in place, with its
    strings); True if it did.

    wagtail-localize keeps the copy it read when the object was first submitted and
    writes every translation from that copy, so a translation started later would be
    written from the old text and counted as up to date.
    """
    if not source_changed(source):
        return False
    source.update_from_db()
    return True


def current_source(instance):
    """wagtail-localize's source record of `instance`, up to date with its published content."""
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        refresh_source(source)
    return source


def can_hold_draft(instance_or_model):
    model = instance_or_model if isinstance(instance_or_model, type) else type(instance_or_model)
    return issubclass(model, Page | DraftStateMixin)


def _convert_alias(page, user):
    """Make an alias a page of its own, keeping what visitors see (the source's copy)."""
    page.alias_of_id = None
    # Saving just this field lets `localization.signals` mark the page as still
    # showing its source text, whoever converts it (this code or wagtail-localize).
    page.save(update_fields=["alias_of_id"], clean=False)
    log(
        instance=page,
        action="wagtail.convert_alias",
        user=user,
        data={"page": {"id": page.id, "title": page.get_admin_display_title()}},
    )


@transaction.atomic
def save_translation_draft(translation, user=None):
    """Write the translated strings into a new draft revision of the target.

    Creates the target when it does not exist (as a page that is not live) and turns an
    alias into a page of its own. What visitors see does not change. Returns the target.
    """
    source, locale = translation.source, translation.target_locale
    target = get_target(translation)
    if target is not None and not can_hold_draft(target):
        raise TranslationActionError(
            _("A %(model)s has no drafts: its translation goes live when it is saved.")
            % {"model": target._meta.verbose_name}
        )
    if target is None:
        # wagtail-localize creates it (with its parents where needed); a new page is not live.
        target, _created = source.create_or_update_translation(
            locale, user=user, publish=False, copy_parent_pages=True, fallback=True
        )
        return target.specific if isinstance(target, Page) else target
    if isinstance(target, Page) and target.alias_of_id:
        _convert_alias(target, user)

    draft = source.get_ephemeral_translated_instance(locale, fallback=True)
    if isinstance(draft, Page):
        draft.slug = find_available_slug(draft.get_parent(), slugify(draft.slug), ignore_page_id=draft.pk)
    revision = draft.save_revision(user=user, log_action=True)
    TranslationLog.objects.create(source=source, locale=locale, revision=revision)
    return draft


@transaction.atomic
def publish_translation(translation, user=None):
    """Write the translation and publish it at once (for people allowed to publish)."""
    target = get_target(translation)
    if target is not None and not can_hold_draft(target):
        translation.save_target(user=user, publish=True)
        return get_target(translation)
    target = save_translation_draft(translation, user)
    state = target.current_workflow_state if isinstance(target, WorkflowMixin) else None
    if state is not None:
        # Publishing directly replaces the approval that was asked for.
        state.cancel(user=user)
    target.get_latest_revision().publish(user=user)
    return target


def submit_for_approval(instance, user):
    """Start (or resume) the approval workflow of the instance's latest revision."""
    workflow = instance.get_workflow() if isinstance(instance, WorkflowMixin) else None
    if workflow is None:
        raise TranslationActionError(
            _(
                "There is no approval workflow for this language. "
                "Ask an administrator to run setup_translation_workflow."
            )
        )
    state = instance.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user=user)
        return state
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        return state  # already waiting; the approver will see the latest revision
    return workflow.start(instance, user)


def machine_fill(translation, user=None, translator=None):
    """Fill the strings that have no translation yet with the machine translator.

    Returns the number of strings filled. Never overwrites a person's translation.
    """
    translator = translator or get_machine_translator()
    if translator is None:
        raise TranslationActionError(_("No machine translator is configured."))
    source, locale = translation.source, translation.target_locale
    if not translator.can_translate(source.locale, locale):
        return 0
    missing = (
        StringSegment.objects.filter(source=source)
        .annotate_translation(locale, include_errors=True)
        .filter(translation__isnull=True)
        .select_related("string")
    )
    contexts_by_string = {}
    for segment in missing:
        contexts_by_string.setdefault(segment.string_id, (segment.string, set()))[1].add(segment.context_id)
    if not contexts_by_string:
        return 0
    values = {string_id: StringValue(string.data) for string_id, (string, _contexts) in contexts_by_string.items()}
    results = translator.translate(source.locale, locale, list(values.values()))
    created = []
    for string_id, (_string, contexts) in contexts_by_string.items():
        result = results.get(values[string_id])
        if result is None or result.data is None:
            continue
        for context_id in contexts:
            created.append(
                StringTranslation(
                    translation_of_id=string_id,
                    locale=locale,
                    context_id=context_id,
                    data=result.data,
                    translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
                    tool_name=str(translator.display_name),
                    last_translated_by=user,
                )
            )
    StringTranslation.objects.bulk_create(created, ignore_conflicts=True)
    return len(created)


@dataclass
class BulkResult:
    """What a bulk action did, for the message shown afterwards."""

    written: list = field(default_factory=list)  # (instance, locale) pairs
    submitted: int = 0
    published: int = 0
    machine_strings: int = 0
    skipped: list = field(default_factory=list)  # (description, reason) pairs


def _write(translation, user, *, publish, submit, machine, result):
    if machine:
        result.machine_strings += machine_fill(translation, user)
    if publish:
        target = publish_translation(translation, user)
        result.published += 1
    else:
        target = save_translation_draft(translation, user)
        if submit:
            submit_for_approval(target, user)
            result.submitted += 1
    result.written.append((target, translation.target_locale))
    return target


def pages_to_translate(page, include_subtree):
    """The page and, if asked, its descendants, parents before children."""
    if not include_subtree:
        return [page.specific]
    return list(Page.objects.filter(path__startswith=page.path).order_by("path").specific())


def translate_pages(page, locales, user, *, include_subtree=False, machine=False, submit=False, publish=False):
    """Translate a page (and its subtree) into `locales` in one step.

    Languages where a page already has a translation of its own are left alone (they are
    updated with `update_outdated`); aliases are replaced by real translations. Each new
    translation is saved as a draft, and optionally machine-translated, submitted for
    approval or, for people allowed to, published.
    """
    result = BulkResult()
    pages = pages_to_translate(page, include_subtree)
    translated = set(
        Page.objects.filter(translation_key__in=[p.translation_key for p in pages], alias_of__isnull=True).values_list(
            "translation_key", "locale_id"
        )
    )
    for current in pages:
        todo = [
            locale
            for locale in locales
            if locale.pk != current.locale_id and (current.translation_key, locale.pk) not in translated
        ]
        if not todo:
            continue
        with transaction.atomic():
            source = current_source(current)
            for locale in todo:
                if not user_works_in(user, locale):
                    result.skipped.append((str(current), _("you do not work in %(language)s") % {"language": locale}))
                    continue
                translation, _created = Translation.objects.update_or_create(
                    source=source, target_locale=locale, defaults={"enabled": True}
                )
                may_publish = publish and user_can_publish_in(user, locale)
                _write_or_skip(translation, str(current), user, may_publish, submit, machine, result)
    return result


def _write_or_skip(translation, label, user, may_publish, submit, machine, result):
    """Write one translation; what cannot be written is listed as skipped, with why."""
    try:
        _write(
            translation,
            user,
            publish=may_publish,
            submit=submit and not may_publish,
            machine=machine,
            result=result,
        )
    except (TranslationActionError, ValidationError) as error:
        result.skipped.append((label, _message(error)))


def _message(error):
    if isinstance(error, ValidationError):
        return "; ".join(error.messages)
    return str(error)


def outdated_translations(locale, source_locale, translations=None):
    """Enabled translations into `locale` whose source changed since they were last written.

    Pages are judged as on the coverage dashboard; snippets by comparing their current
    content with the text wagtail-localize last read, and its read time with the time
    the translation was last written.
    """
    from localization.coverage import OUTDATED, CoverageReport

    report = CoverageReport(source_locale, [locale], Page.objects.all())
    outdated_page_keys = {row.page["translation_key"] for row in report.compute() if row.cells[0].status == OUTDATED}
    candidates = (translations or Translation.objects.all()).filter(
        target_locale=locale, enabled=True, source__locale=source_locale
    )
    candidates = candidates.select_related("source", "source__specific_content_type", "target_locale")
    outdated = []
    for translation in candidates.annotate(last_written=_last_written()):
        source = translation.source
        model = source.specific_content_type.model_class()
        if model is None:
            continue
        if issubclass(model, Page):
            if source.object_id in outdated_page_keys:
                outdated.append(translation)
        elif source_changed(source) or (
            translation.last_written is None or source.last_updated_at > translation.last_written
        ):
            outdated.append(translation)
    return outdated


def _last_written():
    from django.db.models import Max, OuterRef, Subquery

    return Subquery(
        TranslationLog.objects.filter(source_id=OuterRef("source_id"), locale_id=OuterRef("target_locale_id"))
        .values("source_id")
        .annotate(last=Max("created_at"))
        .values("last")[:1]
    )


def update_outdated(locale, source_locale, user, *, machine=False, submit=False, publish=False, translations=None):
    """Bring every outdated translation into `locale` up to date with its source, in one step.

    Each source is read again (`update_from_db`), then each translation is written as a
    draft (optionally machine-translating the new strings and submitting it for approval)
    or, for people allowed to, published.
    """
    if not user_works_in(user, locale):
        raise PermissionDenied
    result = BulkResult()
    refreshed = set()
    for translation in outdated_translations(locale, source_locale, translations):
        target = get_target(translation)
        if target is not None and not user_can_edit_translated_object(user, target):
            result.skipped.append((translation.source.object_repr, _("you may not edit it")))
            continue
        may_publish = publish and (target is None or user_can_publish_translated_object(user, target))
        if target is not None and not can_hold_draft(target) and not may_publish:
            result.skipped.append((translation.source.object_repr, _("it has no drafts; an approver updates it")))
            continue
        with transaction.atomic():
            if translation.source_id not in refreshed:
                translation.source.update_from_db()
                refreshed.add(translation.source_id)
            _write_or_skip(translation, translation.source.object_repr, user, may_publish, submit, machine, result)
    return result


def pending_string_count(translation):
    return (
        StringSegment.objects.filter(source_id=translation.source_id)
        .exclude(context__path="slug")
        .annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .count()
    )


__all__ = [
    "BulkResult",
    "TranslationActionError",
    "current_source",
    "get_target",
    "machine_fill",
    "publish_translation",
    "refresh_source",
    "save_translation_draft",
    "source_changed",
    "submit_for_approval",
    "translate_pages",
    "update_outdated",
]
