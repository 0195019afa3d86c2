"""Which machine translator the site uses, chosen from the environment.

Imported by the settings, so it must not import Django models or wagtail-localize.
"""

OFFLINE_STAND_IN = "localization.machine.OfflineStandInTranslator"
DEEPL = "localization.machine.DeepLTranslator"
LIBRETRANSLATE = "localization.machine.LibreTranslator"

# Neither DeepL nor LibreTranslate translates Romani; the editor then offers no machine
# translation for it rather than sending text that comes back unchanged or wrong.
DEFAULT_UNSUPPORTED_LANGUAGES = "rom"


def _languages(value):
    return [code.strip() for code in value.split(",") if code.strip()]


STAND_IN_CONFIG = {"CLASS": OFFLINE_STAND_IN, "OPTIONS": {}}


def machine_translator_config(environ, *, stand_in=False):
    """The WAGTAILLOCALIZE_MACHINE_TRANSLATOR setting for this environment.

    DeepL when DEEPL_API_KEY is set; else LibreTranslate when LIBRETRANSLATE_URL is set
    (with LIBRETRANSLATE_API_KEY if the server wants one); else None: no machine
    translation is offered at all (wagtail-localize shows no "Translate with" button).
    With `stand_in` (development settings only), the offline stand-in that marks its
    output plainly as not a translation takes the place of a missing service.
    MACHINE_TRANSLATION_UNSUPPORTED lists the languages the service cannot translate into.
    """
    unsupported = _languages(environ.get("MACHINE_TRANSLATION_UNSUPPORTED", DEFAULT_UNSUPPORTED_LANGUAGES))
    deepl_key = environ.get("DEEPL_API_KEY", "").strip()
    if deepl_key:
        options = {"AUTH_KEY": deepl_key, "UNSUPPORTED_LANGUAGES": unsupported, "TIMEOUT": 30}
        if environ.get("DEEPL_FORMALITY", "").strip():
            options["FORMALITY"] = environ["DEEPL_FORMALITY"].strip()
        return {"CLASS": DEEPL, "OPTIONS": options}
    libretranslate_url = environ.get("LIBRETRANSLATE_URL", "").strip().rstrip("/")
    if libretranslate_url:
        return {
            "CLASS": LIBRETRANSLATE,
            "OPTIONS": {
                "LIBRETRANSLATE_URL": libretranslate_url,
                "API_KEY": environ.get("LIBRETRANSLATE_API_KEY", "").strip(),
                "UNSUPPORTED_LANGUAGES": unsupported,
                "TIMEOUT": 30,
            },
        }
    return dict(STAND_IN_CONFIG) if stand_in else None
