"""The `date` filter of every template, writing dates in words from the CLDR (core.i18n.dates).

Registered as a template builtin (settings TEMPLATES), after Django's own filters, so
`{{ value|date:"DATE_FORMAT" }}` in any template writes "1er décembre 2013" in French and
"13. února 2014" in Czech. Numeric and explicit formats ("Y-m-d", "c") stay Django's.
"""

from django import template
from django.template import defaultfilters

from core.i18n.dates import date_format

register = template.Library()


@register.filter(expects_localtime=True, is_safe=False)
def date(value, arg=None):
    if value in (None, ""):
        return ""
    try:
        return date_format(value, arg)
    except AttributeError:
        # Not a date (Django's own filter answers "" for it).
        return defaultfilters.date(value, arg)
