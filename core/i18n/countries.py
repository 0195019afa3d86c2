"""The site's one vocabulary of countries: the member states of the Council of Europe.

Participants, events and application forms store ISO 3166-1 alpha-2 codes (the same in
every language, so they are synchronised between translations and comparable across
forms). Names come from django-countries' catalogs in the visitor's language; this app's
catalogs complete them: Romani names for every member state, and the few names
django-countries lacks in German, Italian, Romanian, Hungarian and Slovak.

Lists of countries are sorted with `collation_key` (core.i18n.collation), the one sort
order of the site: the visitor's alphabet, where "Č" follows "C" in Czech and "Ch" follows "H".
"""

import unicodedata

from django.utils.translation import gettext_noop
from django_countries import Countries, countries

from core.i18n.collation import collation_key

# The msgids are django-countries' own names (its "common names" where it has them), so
# these catalog entries translate the very strings django-countries asks gettext for.
COUNCIL_OF_EUROPE_MEMBER_STATES = {
    "AL": gettext_noop("Albania"),
    "AD": gettext_noop("Andorra"),
    "AM": gettext_noop("Armenia"),
    "AT": gettext_noop("Austria"),
    "AZ": gettext_noop("Azerbaijan"),
    "BE": gettext_noop("Belgium"),
    "BA": gettext_noop("Bosnia and Herzegovina"),
    "BG": gettext_noop("Bulgaria"),
    "HR": gettext_noop("Croatia"),
    "CY": gettext_noop("Cyprus"),
    "CZ": gettext_noop("Czechia"),
    "DK": gettext_noop("Denmark"),
    "EE": gettext_noop("Estonia"),
    "FI": gettext_noop("Finland"),
    "FR": gettext_noop("France"),
    "GE": gettext_noop("Georgia"),
    "DE": gettext_noop("Germany"),
    "GR": gettext_noop("Greece"),
    "HU": gettext_noop("Hungary"),
    "IS": gettext_noop("Iceland"),
    "IE": gettext_noop("Ireland"),
    "IT": gettext_noop("Italy"),
    "LV": gettext_noop("Latvia"),
    "LI": gettext_noop("Liechtenstein"),
    "LT": gettext_noop("Lithuania"),
    "LU": gettext_noop("Luxembourg"),
    "MT": gettext_noop("Malta"),
    "MD": gettext_noop("Moldova"),
    "MC": gettext_noop("Monaco"),
    "ME": gettext_noop("Montenegro"),
    "NL": gettext_noop("Netherlands"),
    "MK": gettext_noop("North Macedonia"),
    "NO": gettext_noop("Norway"),
    "PL": gettext_noop("Poland"),
    "PT": gettext_noop("Portugal"),
    "RO": gettext_noop("Romania"),
    "SM": gettext_noop("San Marino"),
    "RS": gettext_noop("Serbia"),
    "SK": gettext_noop("Slovakia"),
    "SI": gettext_noop("Slovenia"),
    "ES": gettext_noop("Spain"),
    "SE": gettext_noop("Sweden"),
    "CH": gettext_noop("Switzerland"),
    "TR": gettext_noop("Türkiye"),
    "UA": gettext_noop("Ukraine"),
    "GB": gettext_noop("United Kingdom"),
}
MEMBER_STATES = tuple(COUNCIL_OF_EUROPE_MEMBER_STATES)

# English names that earlier versions of the site stored (free-text answers of the
# application forms) and that django-countries does not know.
FORMER_NAMES = {
    "slovak republic": "SK",
    "republic of moldova": "MD",
    "czech republic": "CZ",
    "turkey": "TR",
    "the former yugoslav republic of macedonia": "MK",
}


class MemberStates(Countries):
    """django-countries' list cut to the member states, for a model's CountryField;
    sorted like every other list of countries on the site."""

    only = MEMBER_STATES

    def __iter__(self):
        return iter(sorted(super().__iter__(), key=lambda country: collation_key(country.name)))


def country_name(code):
    """The name of the country with this code in the active language ("" if unknown)."""
    if not code:
        return ""
    return str(countries.name(code)) or code


def country_choices():
    """(code, name) of every member state, sorted by name in the active language."""
    return sorted(((code, country_name(code)) for code in MEMBER_STATES), key=lambda choice: collation_key(choice[1]))


def country_code(text):
    """The ISO code of a member state given by its code or its English name, else ""."""
    text = " ".join(str(text or "").split())
    if text.upper() in COUNCIL_OF_EUROPE_MEMBER_STATES:
        return text.upper()
    code = FORMER_NAMES.get(text.casefold()) or (countries.by_name(text, language="en") if text else "")
    return code if code in COUNCIL_OF_EUROPE_MEMBER_STATES else ""


def fold(text):
    """The text without accents and case, for searching: "ile" finds "Île"."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
