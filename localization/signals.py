"""Keep the "shows its source text" mark of pages right (see `SourceContentPage`), and
wagtail-localize's copy of each source (its `TranslationSource`) up to date with what is
published, so that translations are written from the source's current content."""

from django.conf import settings
from django.db.models.signals import post_save
from wagtail.models import Page, TranslatableMixin
from wagtail.signals import page_published, published


def mark_converted_alias(sender, instance, update_fields=None, **kwargs):
    """wagtail-localize turned an alias into a page: until it is published, it still shows
    the source text (the alias's copy, or the source text where strings are missing)."""
    if not update_fields or set(update_fields) != {"alias_of_id"}:
        return
    if not isinstance(instance, Page) or instance.alias_of_id is not None or not instance.live:
        return
    from wagtail_localize.models import TranslationSource

    from core.models.translation import SourceContentPage

    source = (
        TranslationSource.objects.filter(object_id=instance.translation_key)
        .exclude(locale_id=instance.locale_id)
        .select_related("locale")
        .first()
    )
    language_code = source.locale.language_code if source else settings.LANGUAGE_CODE
    SourceContentPage.objects.update_or_create(page_id=instance.pk, defaults={"language_code": language_code})


def clear_mark_on_publish(sender, instance, **kwargs):
    from core.models.translation import SourceContentPage

    SourceContentPage.objects.filter(page_id=instance.pk).delete()


def refresh_source_on_publish(sender, instance, **kwargs):
    """Publishing changes the text translations start from: read the source again.

    Without this, wagtail-localize keeps the text it read when the object was first
    submitted: a language translated later got the old text, and the translation editor
    and the agencies' files showed it. Translations made before stay as they are, and
    the dashboard shows them outdated.
    """
    if not isinstance(instance, TranslatableMixin):
        return
    from wagtail_localize.models import TranslationSource

    from localization.operations import refresh_source

    source = TranslationSource.objects.filter(object_id=instance.translation_key, locale_id=instance.locale_id).first()
    if source is not None:
        refresh_source(source)


def start_from_current_source(sender, instance, created=False, update_fields=None, **kwargs):
    """A translation started (or restarted) is written from the source as it is now.

    wagtail-localize's "Translate this page" (and its "restart translation") reuse the
    source record as it was read, perhaps before the last publication or before a change
    saved without one (a snippet without drafts, a script); reading it again here covers
    every way a translation is started.
    """
    if not instance.enabled:
        return
    if not created and update_fields is not None and "enabled" not in update_fields:
        return
    from localization.operations import refresh_source

    refresh_source(instance.source)


def connect():
    from wagtail_localize.models import Translation

    post_save.connect(mark_converted_alias, dispatch_uid="localization.mark_converted_alias")
    page_published.connect(clear_mark_on_publish, dispatch_uid="localization.clear_mark_on_publish")
    # `published` is sent for pages and for snippets with drafts alike.
    published.connect(refresh_source_on_publish, dispatch_uid="localization.refresh_source_on_publish")
    post_save.connect(
        start_from_current_source, sender=Translation, dispatch_uid="localization.start_from_current_source"
    )
