"""The answers of the "country" and "kind of authority" field types: codes shown as words.

Both store codes, the same in every language: a country's ISO code from the site's one
list of countries (core.i18n.countries), and a kind of authority of the participant
directory, which registers them in `core.registry`, read through `authority_kinds` alone. The
inbox, the exports and the e-mails show the words, in the reader's language.
"""

from functools import cache

from django.conf import settings
from django.utils import translation

from core.i18n.countries import COUNCIL_OF_EUROPE_MEMBER_STATES, country_name
from core.i18n.countries import country_choices as countries_in_active_language
from core.registry import choices_for

COUNTRY = "country"
AUTHORITY_KIND = "authority_kind"

__all__ = ["AUTHORITY_KIND", "COUNTRY", "authority_kinds", "code_as_text", "country_choices"]


def country_choices():
    """(code, name) of every member state, sorted by name in the active language.

    Names and their order depend on the language alone, and naming and sorting the 46 took
    about half the time a form with a country field took to build: each process does it
    once per language.
    """
    return list(_country_choices_in(translation.get_language() or settings.LANGUAGE_CODE))


@cache
def _country_choices_in(language_code):
    with translation.override(language_code):
        return tuple(countries_in_active_language())


def authority_kinds():
    """(code, name) of the kinds of authority, as the participant directory registers them."""
    return choices_for(AUTHORITY_KIND)


def code_as_text(field_type, value):
    """The words for a stored code of these field types; any other value as it is (the
    free-text answers of older forms, for instance)."""
    if field_type == COUNTRY and value in COUNCIL_OF_EUROPE_MEMBER_STATES:
        return country_name(value)
    if field_type == AUTHORITY_KIND and isinstance(value, str):
        return str(dict(authority_kinds()).get(value, value))
    return value
