"""The languages the platform can publish in: one `SiteLanguage` entry each.

Django ships language information, translations and date formats for most European
languages, but not for Romani. Romani is registered here the way Django registers its
own languages: its entry carries Django's language information (name, local name,
script direction); its gettext catalog is in alliance/locale/rom/ and its format
module in alliance/formats/rom/.
"""

from dataclasses import dataclass

from django.conf.locale import LANG_INFO
from django.utils.functional import Promise
from django.utils.text import capfirst
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class SiteLanguage:
    """Everything the code needs to know of one language; its strings are in its catalogs.

    `own_name`: the language's word for itself, when Django's local name is not the noun
    (Django's local names for Czech and Slovak are the adverbs "česky", "slovensky", "in
    Czech"). `lang_info`: Django's language information (name, local name, direction),
    for a language Django does not ship.
    """

    code: str
    english_name: str | Promise
    own_name: str = ""
    lang_info: dict | None = None


# Every language the site knows, in the order the language switcher shows them: adding
# a language is adding its entry here, and its catalogs (see the README).
# settings.SITE_LANGUAGES picks the ones a site runs with.
KNOWN_LANGUAGES = [
    SiteLanguage("en", _("English")),
    SiteLanguage("fr", _("French")),
    SiteLanguage("de", _("German")),
    SiteLanguage("it", _("Italian")),
    SiteLanguage("es", _("Spanish")),
    SiteLanguage("ro", _("Romanian")),
    SiteLanguage("bg", _("Bulgarian")),
    SiteLanguage("hu", _("Hungarian")),
    SiteLanguage("sk", _("Slovak"), own_name="slovenčina"),
    SiteLanguage("cs", _("Czech"), own_name="čeština"),
    # Serbian in Cyrillic, the official script of Serbia.
    SiteLanguage("sr", _("Serbian")),
    # ISO 639-2 has no two-letter code for Romani; "rom" is its three-letter code.
    SiteLanguage(
        "rom",
        _("Romani"),
        lang_info={"bidi": False, "code": "rom", "name": "Romani", "name_local": "Romani čhib"},
    ),
]

# Code -> English name of every known language, the order kept.
SITE_LANGUAGE_CATALOGUE = {language.code: language.english_name for language in KNOWN_LANGUAGES}


def own_language_name(code):
    """The language's name in that language, capitalised as at the start of a list item
    (the switcher is a list), whatever case Django's language information uses."""
    language = next((language for language in KNOWN_LANGUAGES if language.code == code), None)
    own_name = language.own_name if language is not None else ""
    return capfirst(own_name or get_language_info(code)["name_local"])


def register_language(language):
    """Make `language` known to the site and to Django (idempotent). Settings read the
    languages after this; a test may register one more, then override the settings."""
    if language.code not in SITE_LANGUAGE_CATALOGUE:
        KNOWN_LANGUAGES.append(language)
        SITE_LANGUAGE_CATALOGUE[language.code] = language.english_name
    if language.lang_info is not None:
        LANG_INFO.setdefault(language.code, language.lang_info)


def unregister_language(code):
    """Undo `register_language` (for tests that registered a language of their own)."""
    language = next((language for language in KNOWN_LANGUAGES if language.code == code), None)
    if language is None:
        return
    KNOWN_LANGUAGES.remove(language)
    del SITE_LANGUAGE_CATALOGUE[code]
    if language.lang_info is not None and LANG_INFO.get(code) is language.lang_info:
        del LANG_INFO[code]


def register_extra_languages():
    """Teach Django the languages it does not ship (idempotent)."""
    for language in list(KNOWN_LANGUAGES):
        register_language(language)
