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

from django.db.models import F, OuterRef, Q, QuerySet, Subquery
from wagtail.models import Page

from core.frame import shown_language_annotation
from core.privacy import exclude_private


@dataclass(frozen=True)
class LinkedPage:
    """A linked page as the visitor's language shows it."""

    page: Page
    # The language of the text the page shows, and True when that is not the language of
    # the page making the link (the page is not translated, or not published, there).
    text_language: str
    is_fallback: bool


@dataclass(frozen=True)
class SavedLinks:
    """The saved link rows of one relation of a page (a queryset of the orderable), for
    `linked_pages` to read inside its own query; `field` is their key to the linked page."""

    rows: QuerySet
    field: str


def chosen_links(page, relation_name, field):
    """The pages `page` links through its orderables `relation_name` (their key to the
    linked page is `field`), for `linked_pages`: the rows in memory when the page carries
    unsaved ones (a preview shows the links being edited), else the saved rows, which
    `linked_pages` reads in the same query as the pages."""
    links = getattr(page, relation_name)
    if page.pk is None or links.is_deferring:
        return [getattr(link, f"{field}_id") for link in links.all()]
    return SavedLinks(rows=links.get_live_queryset(), field=field)


def linked_pages(locale_id, *target_groups):
    """For each group of links, the live pages in their order, each in the locale `locale_id`.

    A group is a list of page ids or the `SavedLinks` of a page (see `chosen_links`). A
    page with a live version in that locale (a translation, or an alias showing the
    source text) is given in it; otherwise the page itself when it is live; otherwise it
    is left out. Returns one list of `LinkedPage` per group, in one query whatever the
    number of pages, the saved link rows read inside it.
    """
    is_target = Q()
    target_keys = Q()
    link_orders = {}
    for number, group in enumerate(target_groups):
        if isinstance(group, SavedLinks):
            is_target |= Q(pk__in=group.rows.values(group.field))
            target_keys |= Q(translation_key__in=group.rows.values(f"{group.field}__translation_key"))
            # The row linking each candidate, if any, and its place in the order: rows
            # made outside the editor may have no sort_order, and keep the order in
            # which they were made, as the database gives them.
            row = group.rows.filter(**{group.field: OuterRef("pk")}).order_by()
            link_orders[f"link_row_{number}"] = Subquery(row.values("pk")[:1])
            link_orders[f"link_order_{number}"] = Subquery(row.values("sort_order")[:1])
        elif group:
            ids = list(group)
            is_target |= Q(pk__in=ids)
            target_keys |= Q(translation_key__in=Page.objects.filter(pk__in=ids).values("translation_key"))
    if not is_target:
        return [[] for _group in target_groups]
    candidates = (
        Page.objects.filter(is_target | (Q(locale_id=locale_id, live=True) & target_keys))
        .annotate(**text_language_annotations(), **link_orders)
        # The order is the links'; the database need not sort.
        .order_by()
    )
    by_pk = {}
    in_locale = {}
    for page in candidates:
        by_pk[page.pk] = page
        if page.locale_id == locale_id and page.live:
            in_locale[page.translation_key] = page
    language = next((page.own_language for page in in_locale.values()), None)

    def target_ids(number, group):
        if not isinstance(group, SavedLinks):
            return group
        row, order = f"link_row_{number}", f"link_order_{number}"
        linked = [page for page in by_pk.values() if getattr(page, row) is not None]
        linked.sort(key=lambda page: (getattr(page, order) is not None, getattr(page, order) or 0, getattr(page, row)))
        return [page.pk for page in linked]

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

    return [resolve(target_ids(number, group)) for number, group in enumerate(target_groups)]


def text_language_annotations():
    """What `page_text_language` reads, annotated on a query of pages: the language of
    the page an alias mirrors, and the source language a page still shows."""
    return {
        "own_language": F("locale__language_code"),
        "alias_language": F("alias_of__locale__language_code"),
        "shown_language": shown_language_annotation(),
    }


def page_text_language(page):
    """The language of the text a page shows; the page is loaded with
    `text_language_annotations()`."""
    if page.alias_of_id:
        return page.alias_language or page.own_language
    return page.shown_language or page.own_language


def pages_linking_to(queryset, link_model, link_field, target):
    """The public pages of `queryset` in `target`'s locale that link to `target` in any
    language.

    `link_model` is the orderable holding the links (its `page` is the linking page) and
    `link_field` its foreign key to the linked page. The pages come with what
    `as_related_item` needs, in one query (private sections are left out inside it).
    """
    linking = link_model.objects.filter(**{f"{link_field}__translation_key": target.translation_key})
    return (
        exclude_private(queryset)
        .filter(locale_id=target.locale_id, pk__in=linking.values("page_id"))
        .select_related("locale")
        .annotate(**text_language_annotations())
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
