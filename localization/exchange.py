"""Exchange with translation agencies: a language's pending strings out as PO files, and back.

Each PO file holds one page's or snippet's untranslated strings, in wagtail-localize's own
format (its `Translation.export_po()`, keeping only what is left to translate), so that
`Translation.import_po()` takes the agency's file back and files each string where it
belongs. A ZIP holds one PO file per page or snippet.
"""

import io
import re
import zipfile
from dataclasses import dataclass, field

import polib
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from localization.permissions import user_works_in

TRANSLATION_ID_HEADER = "X-WagtailLocalize-TranslationID"


def translations_with_pending_strings(locale):
    """Enabled translations into `locale` that have strings left to translate; one query."""
    untranslated = (
        StringSegment.objects.filter(source_id=OuterRef("source_id"))
        .exclude(context__path="slug")
        .exclude(
            Exists(
                StringTranslation.objects.filter(
                    translation_of_id=OuterRef("string_id"),
                    context_id=OuterRef("context_id"),
                    locale_id=locale.pk,
                    has_error=False,
                )
            )
        )
    )
    return (
        Translation.objects.filter(target_locale=locale, enabled=True)
        .filter(Exists(untranslated))
        .select_related("source", "source__locale", "target_locale")
        .order_by("source__object_repr", "pk")
    )


def pending_po(translation):
    """wagtail-localize's PO file of this translation, with only the untranslated strings."""
    po = translation.export_po()
    pending = polib.POFile(wrapwidth=200)
    pending.metadata = {
        **po.metadata,
        "Language": translation.target_locale.language_code,
        "Project-Id-Version": translation.source.object_repr[:100],
    }
    for entry in po:
        if not entry.obsolete and not entry.msgstr and entry.msgctxt != "slug":
            pending.append(entry)
    return pending


def po_filename(translation):
    name = slugify(translation.source.object_repr)[:50] or "object"
    return f"{name}-{translation.target_locale.language_code}-{str(translation.uuid)[:8]}.po"


def export_pending(locale):
    """A ZIP of one PO file per translation into `locale` with pending strings.

    Returns (zip bytes, number of files, number of strings).
    """
    buffer = io.BytesIO()
    files = strings = 0
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for translation in translations_with_pending_strings(locale):
            po = pending_po(translation)
            if not len(po):
                continue
            archive.writestr(po_filename(translation), str(po))
            files += 1
            strings += len(po)
    return buffer.getvalue(), files, strings


def export_filename(locale):
    return f"translations-{locale.language_code}-{timezone.localdate():%Y-%m-%d}.zip"


@dataclass
class ImportResult:
    translations: list = field(default_factory=list)  # the Translation of each file imported
    strings: int = 0
    problems: list = field(default_factory=list)  # (file name, message)


def _po_files(name, data):
    """(file name, text) of every PO file in an upload (a PO file or a ZIP of them)."""
    if name.lower().endswith(".zip"):
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile:
            yield name, None
            return
        with archive:
            for member in archive.namelist():
                if member.lower().endswith(".po") and not member.startswith("__MACOSX"):
                    yield member, archive.read(member)
    else:
        yield name, data


def _parse(data):
    try:
        return polib.pofile(data.decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None


def import_po_files(name, data, user, locale=None):
    """Import translations from a PO file or a ZIP of PO files exported here.

    Each file names its translation (wagtail-localize's ID header); files for languages
    the user does not work in, or for another language than `locale` when given, are
    refused one by one, with the reason.
    """
    result = ImportResult()
    for file_name, content in _po_files(name, data):
        po = _parse(content) if content is not None else None
        if po is None:
            result.problems.append((file_name, _("not a readable PO file")))
            continue
        translation_id = po.metadata.get(TRANSLATION_ID_HEADER, "")
        if not re.fullmatch(r"[0-9a-f-]{36}", translation_id):
            result.problems.append((file_name, _("it does not say which translation it belongs to")))
            continue
        translation = Translation.objects.filter(uuid=translation_id).select_related("source", "target_locale").first()
        if translation is None:
            result.problems.append((file_name, _("its translation no longer exists")))
            continue
        if locale is not None and translation.target_locale_id != locale.pk:
            result.problems.append((file_name, _("it is for another language")))
            continue
        if not user_works_in(user, translation.target_locale_id):
            result.problems.append((file_name, _("you do not work in its language")))
            continue
        warnings = translation.import_po(po, user=user, tool_name="PO file")
        result.strings += sum(1 for entry in po if entry.msgstr and not entry.obsolete)
        result.translations.append(translation)
        if warnings:
            result.problems.append(
                (
                    file_name,
                    ngettext(
                        "%(count)d string did not match the current text",
                        "%(count)d strings did not match the current text",
                        len(warnings),
                    )
                    % {"count": len(warnings)},
                )
            )
    return result
