"""Marks for the items of a listing shown in another language (see core.listings)."""

from django import template
from django.utils.html import format_html

from core.listings import foreign_language as page_foreign_language
from core.listings import language_note as note_text

register = template.Library()


@register.filter
def foreign_language(page):
    """The language of the page's words when it is not the visitor's language, else ""."""
    return page_foreign_language(page)


@register.simple_tag
def language_note(language_code):
    """ "<span …>(English)</span>" after an item listed in another language; "" for none."""
    if not language_code:
        return ""
    return format_html('<span class="language-note">{}</span>', note_text(language_code))
