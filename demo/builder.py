import io
import json

from django.conf import settings
from django.core.files.images import ImageFile
from django.db import transaction
from PIL import Image, ImageDraw
from wagtail.documents import get_document_model
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.models import SegmentOverride, StringTranslation, Translation, TranslationSource

from core.collections import root_collection
from core.documents import save_document
from core.models import SiteImage


class DemoBuilder:
    """Creates demo content once; running it again finds what is there and adds only
    what is missing, so editors' changes survive a second run."""

    def __init__(self, stdout=None):
        self.stdout = stdout
        self.locales = {}
        self._finishers = []

    def at_end(self, step):
        """Run `step(builder)` once every app's demo content is in place (for example to
        give every language an alias of each page not translated into it)."""
        self._finishers.append(step)

    def finish(self):
        for step in self._finishers:
            step(self)

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    # --- Languages ----------------------------------------------------------------

    def ensure_locales(self):
        for code, _name in settings.LANGUAGES:
            self.locales[code], created = Locale.objects.get_or_create(language_code=code)
            if created:
                self.log(f"Created locale {code}")
        return self.locales

    # --- Pages --------------------------------------------------------------------

    def child_page(self, parent, page):
        """Add `page` below `parent` and publish it, unless a page with its slug is there."""
        existing = parent.get_children().filter(slug=page.slug).first()
        if existing is not None:
            return existing.specific
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.log(f"Created page {page.url_path}")
        return page

    def english_pages(self, model, slugs):
        """The English pages of `model` with these slugs, in that order, to link them.

        A page that is not there (its app's demo content did not run, or an editor
        removed it) is left out, and said so.
        """
        found = {page.slug: page for page in model.objects.filter(locale__language_code="en", slug__in=slugs)}
        for slug in slugs:
            if slug not in found:
                self.log(f"No {model._meta.verbose_name} {slug!r} to link: the link is left out.")
        return [found[slug] for slug in slugs if slug in found]

    @transaction.atomic
    def translate(self, instance, language_code, strings, overrides=None):
        """Translate a page or snippet through wagtail-localize, as a translator would.

        `strings` maps each English text (as wagtail-localize segments it) to its
        translation; texts left out keep the English words until someone translates
        them. `overrides` maps a synchronised field to this language's own value (a
        document or picture of its own). The translation stays in sync with its source
        for translators. An alias in that language (a page showing the English text)
        becomes the translation.
        """
        locale = self.locales[language_code]
        existing = instance.get_translation_or_none(locale)
        if existing is not None and not getattr(existing, "alias_of_id", None):
            return existing.specific if isinstance(existing, Page) else existing

        # From the object as stored, as a translator's "Translate" starts: the instance
        # built here may differ from its row (a body's blocks get their ids as they are
        # saved), and a source read from it would look changed and be read again.
        stored = type(instance)._default_manager.get(pk=instance.pk)
        source, _created = TranslationSource.get_or_create_from_instance(stored)
        Translation.objects.update_or_create(source=source, target_locale=locale, defaults={"enabled": True})
        for segment in source.stringsegment_set.select_related("string", "context"):
            text = strings.get(segment.string.data)
            if text is not None:
                StringTranslation.objects.update_or_create(
                    translation_of=segment.string,
                    locale=locale,
                    context=segment.context,
                    defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
                )
        for segment in source.overridablesegment_set.select_related("context"):
            if segment.context.path in (overrides or {}):
                SegmentOverride.objects.update_or_create(
                    locale=locale,
                    context=segment.context,
                    defaults={"data_json": json.dumps(overrides[segment.context.path])},
                )
        # Saved as a draft and published here rather than by wagtail-localize's
        # on-commit hook, so that the result is the same inside a test transaction.
        has_drafts = isinstance(instance, Page | DraftStateMixin)
        source.create_or_update_translation(locale, publish=not has_drafts, fallback=True, copy_parent_pages=True)
        translated = source.get_translated_instance(locale)
        if isinstance(translated, Page):
            translated = translated.specific
        if has_drafts:
            translated.get_latest_revision().publish()
        self.log(f"Translated {instance} into {language_code}")
        return translated

    def translate_all(self, instance, translations):
        """`translations` maps language codes to string tables; configured languages only."""
        configured = {code for code, _name in settings.LANGUAGES}
        return {
            code: self.translate(instance, code, strings)
            for code, strings in translations.items()
            if code in configured and code != settings.LANGUAGE_CODE
        }

    # --- Documents ----------------------------------------------------------------

    def document(self, title, filename, data):
        """A document made from bytes, created once by title."""
        Document = get_document_model()
        existing = Document.objects.filter(title=title).first()
        if existing is not None:
            return existing
        return save_document(data, filename, title=title, collection=root_collection())

    # --- Pictures -----------------------------------------------------------------

    def picture(self, title, credit, colours, description=""):
        """A generated picture (bands of colour, no photograph), created once by title."""
        existing = SiteImage.objects.filter(title=title).first()
        if existing is not None:
            return existing
        width, height = 1600, 900
        canvas = Image.new("RGB", (width, height), colours[0])
        draw = ImageDraw.Draw(canvas)
        band = height // len(colours)
        for index, colour in enumerate(colours):
            draw.rectangle([0, index * band, width, (index + 1) * band], fill=colour)
        for step in range(0, width, 160):
            draw.ellipse([step, height // 3, step + 120, height // 3 + 120], outline="white", width=6)
        buffer = io.BytesIO()
        canvas.save(buffer, format="JPEG", quality=85)
        filename = "".join(ch if ch.isalnum() else "-" for ch in title.lower())[:60] + ".jpg"
        image = SiteImage(title=title, credit=credit, description=description or title, collection=root_collection())
        image.file = ImageFile(buffer, name=filename)
        image.save()
        return image
