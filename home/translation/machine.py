"""Machine translators for wagtail-localize's "Translate with …" button and our bulk actions.

The setting WAGTAILLOCALIZE_MACHINE_TRANSLATOR picks one (see `home.translation.config`).
"""

from django.utils.translation import gettext_lazy as _
from wagtail_localize.machine_translators import deepl, libretranslate
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue, lstrip_keep


def base_language(code):
    return code.split("-")[0].lower()


class UnsupportedLanguagesMixin:
    """Declines the languages listed in OPTIONS["UNSUPPORTED_LANGUAGES"] (Romani by default)."""

    def can_translate(self, source_locale, target_locale):
        unsupported = {base_language(code) for code in self.options.get("UNSUPPORTED_LANGUAGES", [])}
        if base_language(target_locale.language_code) in unsupported:
            return False
        return super().can_translate(source_locale, target_locale)


class DeepLTranslator(UnsupportedLanguagesMixin, deepl.DeepLTranslator):
    pass


class LibreTranslator(UnsupportedLanguagesMixin, libretranslate.LibreTranslator):
    pass


class OfflineStandInTranslator(BaseMachineTranslator):
    """Works without a network, for development and demonstrations.

    It does not translate: it returns each text unchanged behind a plain mark such as
    "[fr · machine stand-in]", so nobody mistakes the result for a translation. Inline
    markup and placeholders stay as they are.
    """

    display_name = _("Offline stand-in (not a real translation)")

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
