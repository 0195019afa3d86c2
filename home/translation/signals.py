"""Keep the "shows its source text" mark of pages right (see `SourceContentPage`)."""

from django.conf import settings
from django.db.models.signals import post_save
from wagtail.models import Page
from wagtail.signals import page_published


def mark_converted_alias(sender, instance, update_fields=None, **kwargs):
    """wagtail-localize turned an alias into a page: until it is published, it still shows
    the source text (the alias's copy, or the source text where strings are missing)."""
    if not update_fields or set(update_fields) != {"alias_of_id"}:
        return
    if not isinstance(instance, Page) or instance.alias_of_id is not None or not instance.live:
        return
    from wagtail_localize.models import TranslationSource

    from home.models.translation import SourceContentPage

    source = (
        TranslationSource.objects.filter(object_id=instance.translation_key)
        .exclude(locale_id=instance.locale_id)
        .select_related("locale")
        .first()
    )
    language_code = source.locale.language_code if source else settings.LANGUAGE_CODE
    SourceContentPage.objects.update_or_create(page_id=instance.pk, defaults={"language_code": language_code})


def clear_mark_on_publish(sender, instance, **kwargs):
    from home.models.translation import SourceContentPage

    SourceContentPage.objects.filter(page_id=instance.pk).delete()


def connect():
    post_save.connect(mark_converted_alias, dispatch_uid="home.translation.mark_converted_alias")
    page_published.connect(clear_mark_on_publish, dispatch_uid="home.translation.clear_mark_on_publish")
