"""Aliases of many new pages at once, the same rows wagtail-localize's synchronisation writes.

A language without a translation of a page shows it through an alias in its own tree
(wagtail-localize's `synchronize_tree`, which calls Wagtail's `create_alias`). Made one at
a time, each alias costs a tree insertion that reads the parent's last child, a full
validation of the page, a count update of the parent and two log entries: about 20 ms.
A scaled demo needs thousands, so `alias_everywhere()` writes the same rows in bulk:

- the page (Wagtail's page row and its type's row, through Django's `save_base`, which
  sends `post_save`: `indexed_once_at_the_end()` indexes the aliases like any page);
  every field copied from the source page but the tree position, the address, the
  revisions and the search index entries, as `create_alias` leaves them out, with the
  alias's language, `alias_of` the source and the source's translation key;
- its child objects (a post's topics, an event's participants), copied;
- one "Alias created" entry in the page's history, in bulk;
- the parent's count of children, once per parent.

The tree positions follow the parent's last child, in order. Only pages whose parent is
already in the language (translated or aliased) are aliased here, and only under a slug
no sibling uses; any other page is handed to Wagtail's own `copy_for_translation`, which
copies the parents and finds a free slug.
"""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils import timezone
from modelcluster.models import get_all_child_relations
from wagtail.models import Locale, Page, PageLogEntry, TranslatableMixin

# The fields `create_alias` does not copy from the source page.
NOT_COPIED = {"id", "page_ptr", "path", "depth", "numchild", "url_path", "latest_revision", "index_entries"}


def following_path(path):
    """The materialised path of the next sibling after `path` (treebeard's fixed-width steps)."""
    base, step = path[: -Page.steplen], path[-Page.steplen :]
    radix = len(Page.alphabet)
    value = 1
    for position, character in enumerate(reversed(step)):
        value += Page.alphabet.index(character) * radix**position
    if value >= radix**Page.steplen:
        raise ValueError(f"No room after {path} in the page tree")
    digits = []
    for _position in range(Page.steplen):
        value, digit = divmod(value, radix)
        digits.append(Page.alphabet[digit])
    return base + "".join(reversed(digits))


def first_child_path(parent):
    return parent.path + Page.alphabet[0] * (Page.steplen - 1) + Page.alphabet[1]


def alias_fields(source):
    """The field values an alias of `source` copies, by attribute name."""
    return {
        field.attname: getattr(source, field.attname)
        for field in source._meta.concrete_fields
        if field.name not in NOT_COPIED and not (field.one_to_one and field.remote_field.parent_link)
    }


def child_objects(source):
    """The source page's child objects (ParentalKey relations), by relation."""
    return {
        relation: list(getattr(source, relation.get_accessor_name()).all())
        for relation in get_all_child_relations(source)
    }


def copied_child(child, relation, alias):
    values = {field.attname: getattr(child, field.attname) for field in child._meta.concrete_fields}
    values[child._meta.pk.attname] = None
    values[relation.field.attname] = alias.pk
    if isinstance(child, TranslatableMixin):
        values["locale_id"] = alias.locale_id
    return child.__class__(**values)


class TreePositions:
    """The next free position below each parent, read once per parent."""

    def __init__(self):
        self.last_paths = {}
        self.added = defaultdict(int)

    def next_below(self, parent):
        if parent.pk not in self.last_paths:
            last_child = parent.get_last_child()
            self.last_paths[parent.pk] = last_child.path if last_child else None
        last_path = self.last_paths[parent.pk]
        path = following_path(last_path) if last_path else first_child_path(parent)
        self.last_paths[parent.pk] = path
        self.added[parent.pk] += 1
        return path

    def count_children(self):
        """Write the parents' counts of children and forget the positions read, so that
        Wagtail's own tree insertion can run next (it reads both from the database)."""
        for parent_pk, added in self.added.items():
            Page.objects.filter(pk=parent_pk).update(numchild=F("numchild") + added)
        self.added.clear()
        self.last_paths.clear()


def alias_everywhere(pages, source_locale):
    """Alias each page of `pages` (specific pages of `source_locale`) into every other language
    that has no translation of it. Returns how many aliases were made."""
    locales = list(Locale.objects.exclude(pk=source_locale.pk))
    keys = {page.translation_key for page in pages}
    parents = {page.pk: page.get_parent() for page in pages}
    parent_keys = {parent.translation_key for parent in parents.values()}
    present = set(
        Page.objects.filter(translation_key__in=keys | parent_keys).values_list("translation_key", "locale_id")
    )
    parent_in_language = {
        (page.translation_key, page.locale_id): page
        for page in Page.objects.filter(translation_key__in=parent_keys, locale__in=locales)
    }
    sibling_slugs = defaultdict(set)
    for parent in parent_in_language.values():
        sibling_slugs[parent.pk].update(parent.get_children().values_list("slug", flat=True))

    positions = TreePositions()
    log_entries = []
    copied_children = defaultdict(list)
    made = 0
    now = timezone.now()
    for page in pages:
        fields = alias_fields(page)
        children = child_objects(page)
        source_parent = parents[page.pk]
        for locale in locales:
            if (page.translation_key, locale.pk) in present:
                continue
            parent = parent_in_language.get((source_parent.translation_key, locale.pk))
            if parent is None or page.slug in sibling_slugs[parent.pk]:
                positions.count_children()
                page.copy_for_translation(locale, copy_parents=True, alias=True)
                made += 1
                continue
            alias = page.__class__(**fields)
            alias.alias_of_id = page.pk
            alias.locale_id = locale.pk
            alias.draft_title = page.title
            alias.has_unpublished_changes = not page.live
            alias.path = positions.next_below(parent)
            alias.depth = parent.depth + 1
            alias.numchild = 0
            alias.url_path = f"{parent.url_path}{page.slug}/"
            # Django's own save: the rows, and post_save for the indexes (no validation,
            # no tree look-up, no history entry: those are done above or in bulk).
            alias.save_base()
            sibling_slugs[parent.pk].add(page.slug)
            for relation, objects in children.items():
                copied_children[relation.related_model].extend(
                    copied_child(child, relation, alias) for child in objects
                )
            log_entries.append(
                PageLogEntry(
                    content_type=ContentType.objects.get_for_model(page.__class__),
                    label=page.title,
                    action="wagtail.create_alias",
                    data={
                        "page": {"id": alias.pk, "title": page.title},
                        "source": {"id": source_parent.pk, "title": source_parent.title},
                        "destination": {"id": parent.pk, "title": parent.title},
                    },
                    timestamp=now,
                    page_id=alias.pk,
                )
            )
            made += 1
    positions.count_children()
    for model, objects in copied_children.items():
        model.objects.bulk_create(objects)
    PageLogEntry.objects.bulk_create(log_entries)
    return made
