"""The languages the platform can publish in.

Django ships language information, translations and date formats for most European
languages, but not for Romani. Romani is registered here the way Django registers its
own languages: an entry in LANG_INFO (name, local name, script direction), a gettext
catalog in alliance/locale/rom/ and a format module in alliance/formats/rom/.
"""

from django.conf.locale import LANG_INFO
from django.utils.text import capfirst
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

# Every language the site knows, in the order the language switcher shows them.
# settings.SITE_LANGUAGES picks the ones a site runs with.
SITE_LANGUAGE_CATALOGUE = {
    "en": _("English"),
    "fr": _("French"),
    "de": _("German"),
    "it": _("Italian"),
    "es": _("Spanish"),
    "ro": _("Romanian"),
    "bg": _("Bulgarian"),
    "hu": _("Hungarian"),
    "sk": _("Slovak"),
    "cs": _("Czech"),
    # Serbian in Cyrillic, the official script of Serbia.
    "sr": _("Serbian"),
    # ISO 639-2 has no two-letter code for Romani; "rom" is its three-letter code.
    "rom": _("Romani"),
}

EXTRA_LANG_INFO = {
    "rom": {
        "bidi": False,
        "code": "rom",
        "name": "Romani",
        "name_local": "Romani čhib",
    },
}


# Each language is named by its own word for itself, the noun ("Français", "Deutsch"):
# Django's local names for Czech and Slovak are the adverbs "česky", "slovensky"
# ("in Czech"), so they get their nouns here.
OWN_LANGUAGE_NAMES = {
    "cs": "čeština",
    "sk": "slovenčina",
}


def own_language_name(code):
    """The language's name in that language, capitalised as at the start of a list item
    (the switcher is a list), whatever case Django's language information uses."""
    return capfirst(OWN_LANGUAGE_NAMES.get(code) or get_language_info(code)["name_local"])


def register_extra_languages():
    """Teach Django the languages it does not ship (idempotent)."""
    for code, info in EXTRA_LANG_INFO.items():
        LANG_INFO.setdefault(code, info)
