"""How every public listing of a language treats the pages not translated into it yet.

A language lists everything its tree holds: its own translations, and the pages that
still show another language's text (aliases of English pages, and translations started
but not published yet, marked by `core.models.SourceContentPage`). The latter keep their address in
the visitor's language, so the menu, the language switcher and the breadcrumbs stay in
it, but their title and summary are in the source language: listings mark them with
`lang`, `hreflang` and the language's name in the visitor's language ("(English)").

The text language is annotated on the query (`with_text_language`), so marking costs no
query. Feeds and the sitemap keep to real translations (`exclude_untranslated`): a feed
reader or a search engine is told about a page in the language it is written in.
"""

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import F
from django.db.models.functions import Coalesce
from django.utils.functional import cached_property
from django.utils.translation import get_language, get_language_info, pgettext


def with_text_language(queryset):
    """`queryset` with `text_language` on each page: the language of the words it shows.

    An alias shows the page it mirrors; a page marked as showing its source text shows
    that language's; any other page its own locale's.
    """
    return queryset.annotate(
        text_language=Coalesce(
            F("alias_of__locale__language_code"),
            F("source_content_mark__language_code"),
            F("locale__language_code"),
        )
    )


def foreign_language(page, language_code=None):
    """The language of `page`'s words when it is not the listing's language, else "".

    `language_code` defaults to the visitor's language. Pages loaded without
    `with_text_language` are taken to be in their own locale's language, so this never
    costs a query.
    """
    language_code = language_code or get_language() or settings.LANGUAGE_CODE
    text_language = getattr(page, "text_language", "") or ""
    return text_language if text_language and text_language != language_code else ""


def language_note(language_code):
    """ "(English)": the name of a listed item's language, in the visitor's language."""
    if not language_code:
        return ""
    name = get_language_info(language_code)["name_translated"]
    return pgettext("an item of a list that is shown in another language", "(%(language)s)") % {"language": name}


class CountedPaginator(Paginator):
    """A paginator told how many items it pages through, by a query that the listing
    makes anyway (with its filters' choices), so that it asks for no count of its own."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self._known_count = count

    @cached_property
    def count(self):
        return self._known_count
