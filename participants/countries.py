"""Country names in the visitor's language.

Participants store ISO 3166-1 alpha-2 codes (the same in every language); names come from
django-countries' catalogs, which cover every site language except Romani. This app's
catalogs complete them for the member states of the Council of Europe, where the
Alliance's participants are: Romani names for all of them, and the few names
django-countries lacks in German, Italian, Romanian, Hungarian and Slovak. Elsewhere a
Romani visitor reads the English name.
"""

import unicodedata

from django.utils.translation import gettext_noop
from django_countries import countries

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


def country_name(code):
    """The name of the country with this code in the active language ("" if unknown)."""
    if not code:
        return ""
    return str(countries.name(code)) or code


def collation_key(text):
    """A sort key that puts "Île" beside "Ile" and ignores case: good enough for names
    in every site language without a collation library."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
