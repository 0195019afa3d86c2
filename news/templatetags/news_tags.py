from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from core.i18n.dates import format_date

register = template.Library()


@register.simple_tag
def date_element(date):
    """The date in the active language's own format, inside a machine-readable <time>."""
    return format_html('<time datetime="{}">{}</time>', date.isoformat(), format_date(date))


@register.simple_tag
def written_on(date):
    """ "Written on 27 March 2014", in the active language, the date as a <time>."""
    # The sentence is escaped, then the (already safe) <time> element put in its place,
    # so translators can move the date where their grammar wants it.
    sentence = conditional_escape(gettext("Written on %(date)s"))
    return mark_safe(sentence.replace("%(date)s", date_element(date)))
