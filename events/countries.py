"""The countries an event can take place in: the member states of the Council of Europe.

Stored as ISO 3166-1 alpha-2 codes, so a country is the same in every language (and
synchronised between translations); its name is shown in the visitor's language from the
events catalog (events/locale), whose translations come from the Unicode CLDR where it
has the language.
"""

from django.utils.translation import gettext_lazy as _

COUNTRY_CHOICES = [
    ("AL", _("Albania")),
    ("AD", _("Andorra")),
    ("AM", _("Armenia")),
    ("AT", _("Austria")),
    ("AZ", _("Azerbaijan")),
    ("BE", _("Belgium")),
    ("BA", _("Bosnia and Herzegovina")),
    ("BG", _("Bulgaria")),
    ("HR", _("Croatia")),
    ("CY", _("Cyprus")),
    ("CZ", _("Czech Republic")),
    ("DK", _("Denmark")),
    ("EE", _("Estonia")),
    ("FI", _("Finland")),
    ("FR", _("France")),
    ("GE", _("Georgia")),
    ("DE", _("Germany")),
    ("GR", _("Greece")),
    ("HU", _("Hungary")),
    ("IS", _("Iceland")),
    ("IE", _("Ireland")),
    ("IT", _("Italy")),
    ("LV", _("Latvia")),
    ("LI", _("Liechtenstein")),
    ("LT", _("Lithuania")),
    ("LU", _("Luxembourg")),
    ("MT", _("Malta")),
    ("MD", _("Republic of Moldova")),
    ("MC", _("Monaco")),
    ("ME", _("Montenegro")),
    ("NL", _("Netherlands")),
    ("MK", _("North Macedonia")),
    ("NO", _("Norway")),
    ("PL", _("Poland")),
    ("PT", _("Portugal")),
    ("RO", _("Romania")),
    ("SM", _("San Marino")),
    ("RS", _("Serbia")),
    ("SK", _("Slovak Republic")),
    ("SI", _("Slovenia")),
    ("ES", _("Spain")),
    ("SE", _("Sweden")),
    ("CH", _("Switzerland")),
    ("TR", _("Türkiye")),
    ("UA", _("Ukraine")),
    ("GB", _("United Kingdom")),
]
COUNTRY_NAMES = dict(COUNTRY_CHOICES)
