"""Links between pages of different kinds, shown in the visitor's language.

A link is stored once, on the page that makes it: a news post names the participants and
events it is about, an event the participants taking part. The link rows are orderables
that wagtail-localize synchronises (they are not translatable models), so every
translation of a post links the same pages as its source, usually the English ones.
Each language then shows the linked page in its own language:

- the page that makes the links shows them with `linked_pages`;
- the page linked to lists what links to it through providers that the linking apps
  register here (`register_related_items`), so that, for instance, the participants app
  never imports the news app.
"""

import dataclasses
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Q
from wagtail.models import Page

from core.frame import content_language, shown_language_annotation
from core.privacy import exclude_private


@dataclass(frozen=True)
class LinkedPage:
    """A linked page as the visitor's language shows it."""

    page: Page
    # The language of the text the page shows, and True when that is not the language of
    # the page making the link (the page is not translated, or not published, there).
    text_language: str
    is_fallback: bool


def linked_pages(locale_id, *target_id_groups):
    """For each list of page ids, the live pages in that order, each in the locale `locale_id`.

    A page with a live version in that locale (a translation, or an alias showing the
    source text) is given in it; otherwise the page itself when it is live; otherwise it
    is left out. Returns one list of `LinkedPage` per list of ids, in one query whatever
    the number of pages.
    """
    all_ids = {target_id for group in target_id_groups for target_id in group}
    if not all_ids:
        return [[] for _group in target_id_groups]
    target_keys = Page.objects.filter(pk__in=all_ids).values("translation_key")
    candidates = (
        Page.objects.filter(Q(pk__in=all_ids) | Q(locale_id=locale_id, live=True, translation_key__in=target_keys))
        .select_related("locale", "alias_of__locale")
        .annotate(shown_language=shown_language_annotation())
    )
    by_pk = {}
    in_locale = {}
    for page in candidates:
        by_pk[page.pk] = page
        if page.locale_id == locale_id and page.live:
            in_locale[page.translation_key] = page
    language = next((page.locale.language_code for page in in_locale.values()), None)

    def resolve(target_ids):
        links = []
        seen = set()
        for target_id in target_ids:
            target = by_pk.get(target_id)
            if target is None:
                continue
            page = in_locale.get(target.translation_key) or (target if target.live else None)
            if page is None or page.pk in seen:
                continue
            seen.add(page.pk)
            text_language = page_text_language(page)
            links.append(LinkedPage(page=page, text_language=text_language, is_fallback=text_language != language))
        return links

    return [resolve(group) for group in target_id_groups]


def page_text_language(page):
    """The language of the text a page shows; the page is loaded with `alias_of__locale`
    and annotated with `shown_language_annotation()`."""
    return content_language(page, {page.alias_of_id: page.alias_of} if page.alias_of_id else None)


def pages_linking_to(queryset, link_model, link_field, target, request=None):
    """The public pages of `queryset` in `target`'s locale that link to `target` in any
    language.

    `link_model` is the orderable holding the links (its `page` is the linking page) and
    `link_field` its foreign key to the linked page. The pages come with what
    `as_related_item` needs; one query, privacy included (`core.privacy`). `request` is
    the provider's (`register_related_items`); nothing here needs it.
    """
    linking = link_model.objects.filter(**{f"{link_field}__translation_key": target.translation_key})
    return (
        exclude_private(queryset)
        .filter(locale_id=target.locale_id, pk__in=linking.values("page_id"))
        .select_related("locale", "alias_of__locale")
        .annotate(shown_language=shown_language_annotation())
    )


def as_related_item(page):
    """A dated page (core.LatestItemMixin) as an entry of a related list, its text's
    language marked when it is not the page's own (an untranslated alias)."""
    item = page.as_latest_item()
    text_language = page_text_language(page)
    if text_language != page.locale.language_code:
        item = dataclasses.replace(item, text_language=text_language)
    return item


# --- What links to a page --------------------------------------------------------------

_providers = defaultdict(list)


def register_related_items(page_model_label, provider):
    """Have pages of the model `page_model_label` ("participants.ParticipantPage") list the
    items `provider(page, request)` returns: `core.models.LatestItem`s, made in a fixed
    number of queries. Call it from the linking app's `AppConfig.ready()`."""
    if provider not in _providers[page_model_label]:
        _providers[page_model_label].append(provider)
    return provider


def related_items(page, request=None):
    """Every item that links to `page`, newest first (items of one day by title)."""
    items = [item for provider in _providers[page._meta.label] for item in provider(page, request)]
    items.sort(key=lambda item: (-item.date.toordinal(), item.page.title))
    return items
