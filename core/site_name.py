"""The site's name in a language, as editors and translators wrote it.

It lives in the site's texts (`core.FooterText.site_name`, translated like the rest of
them). Where a language has no published name of its own yet, the name comes from the
site's catalog (`alliance.site_texts.SITE_NAME_MSGID`), so it is never missing or in
another language. Pages read it from the frame, which loads the site's texts anyway; feeds,
calendars and e-mails call `site_name`, one cached lookup, cleared when a text is saved.
"""

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils import translation

from alliance.site_texts import SITE_NAME_MSGID

CACHE_KEY = "home:site-name:{language}"
CACHE_TIMEOUT = 60 * 60 * 24


def catalog_site_name(language_code):
    with translation.override(language_code):
        return translation.gettext(SITE_NAME_MSGID)


def site_name_from(text, language_code):
    """The name in a language's own site texts, else in the catalogs."""
    if text is not None and text.site_name and text.locale.language_code == language_code:
        return text.site_name
    return catalog_site_name(language_code)


def site_name(language_code=None):
    """The site's name in `language_code` (default: the active language)."""
    from core.models import FooterText

    language_code = language_code or translation.get_language() or settings.LANGUAGE_CODE
    key = CACHE_KEY.format(language=language_code)
    name = cache.get(key)
    if name is None:
        name = site_name_from(FooterText.for_language(language_code), language_code)
        cache.set(key, name, CACHE_TIMEOUT)
    return name


def forget_site_names(**kwargs):
    cache.delete_many([CACHE_KEY.format(language=code) for code, _name in settings.LANGUAGES])


def connect():
    from core.models import FooterText

    post_save.connect(forget_site_names, sender=FooterText, dispatch_uid="core.site_name.forget_on_save")
    post_delete.connect(forget_site_names, sender=FooterText, dispatch_uid="core.site_name.forget_on_delete")
