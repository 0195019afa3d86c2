"""Machine translators for wagtail-localize's "Translate with …" button and our bulk actions.

The setting WAGTAILLOCALIZE_MACHINE_TRANSLATOR picks one (see `localization.config`).
"""

from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail_localize.machine_translators import deepl, libretranslate
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue, lstrip_keep

# The field of a page that holds its address: wagtail-localize makes it a string to translate.
ADDRESS_FIELD = "slug"


def base_language(code):
    return code.split("-")[0].lower()


def addresses_among(source_locale, strings):
    """The texts of `strings` that are a page's address (slug) in the source language."""
    from wagtail_localize.models import StringSegment

    shaped = {
        string.data for string in strings if string.data and slugify(string.data, allow_unicode=True) == string.data
    }
    if not shaped:
        return set()
    return set(
        StringSegment.objects.filter(
            context__path=ADDRESS_FIELD, string__locale=source_locale, string__data__in=shaped
        ).values_list("string__data", flat=True)
    )


class KeepsAddressesMixin:
    """Never machine-translates a page's address.

    wagtail-localize's "Translate with …" button and our bulk actions send every string
    nobody has translated yet, the slug included; the service's words (or the stand-in's
    mark), made into a slug, moved the page to an address nobody chose. Strings that are
    an address in the source language are not sent and get no result, so they stay
    untranslated: the translation keeps the source's address until a person gives it
    one of its own in the translation editor.
    """

    def translate(self, source_locale, target_locale, strings):
        strings = list(strings)
        addresses = addresses_among(source_locale, strings)
        to_send = [string for string in strings if string.data not in addresses]
        if not to_send:
            return {}
        return super().translate(source_locale, target_locale, to_send)


class UnsupportedLanguagesMixin:
    """Declines the languages listed in OPTIONS["UNSUPPORTED_LANGUAGES"] (Romani by default)."""

    def can_translate(self, source_locale, target_locale):
        unsupported = {base_language(code) for code in self.options.get("UNSUPPORTED_LANGUAGES", [])}
        if base_language(target_locale.language_code) in unsupported:
            return False
        return super().can_translate(source_locale, target_locale)


class DeepLTranslator(KeepsAddressesMixin, UnsupportedLanguagesMixin, deepl.DeepLTranslator):
    pass


class LibreTranslator(KeepsAddressesMixin, UnsupportedLanguagesMixin, libretranslate.LibreTranslator):
    pass


class MarkingTranslator(BaseMachineTranslator):
    """Returns each text unchanged behind a plain mark such as "[fr · machine stand-in]"."""

    @staticmethod
    def mark(language_code):
        return f"[{language_code} · machine stand-in]"

    def translate(self, source_locale, target_locale, strings):
        mark = self.mark(target_locale.language_code)
        results = {}
        for string in strings:
            text, leading_whitespace = lstrip_keep(string.data)
            results[string] = StringValue(f"{leading_whitespace}{mark} {text}")
        return results

    def can_translate(self, source_locale, target_locale):
        return base_language(source_locale.language_code) != base_language(target_locale.language_code)


class OfflineStandInTranslator(KeepsAddressesMixin, MarkingTranslator):
    """Works without a network, for development and the tests only (never in production).

    It does not translate: it returns each text unchanged behind a plain mark, so nobody
    mistakes the result for a translation. Inline markup and placeholders stay as they
    are, and so do addresses (see `KeepsAddressesMixin`).
    """

    display_name = _("Offline stand-in (not a real translation)")
