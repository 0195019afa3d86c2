"""Building many pages at once with each object indexed once, at the end.

Wagtail updates its search index and its reference index after every save. Building the
demo saves each page several times (created, its revision, published, translated, its
aliases synchronised), and each save reindexed it. Within `indexed_once_at_the_end()`
the saves are noted instead, and each object still there at the end is indexed once:
in the reference index by the very same handler (as a task, on whatever task backend is
configured), in the search index by the search backends' bulk add, one batch per model
(what Wagtail's `update_index` command does). The database search backend recomputes
the weights of every title in the index after each add, so adding thousands of pages
one by one costs time in proportion to the square of their number; in batches it is
linear. Deletions are indexed as they happen, as always.

The signal receivers are shared by the whole process, so this is for management
commands, never for code that runs in a web request.
"""

import logging
from collections import defaultdict
from contextlib import contextmanager

from django.db.models.signals import post_save
from wagtail.models import ReferenceIndex
from wagtail.query import PageQuerySet
from wagtail.search import index as search_index
from wagtail.search.backends import get_search_backends
from wagtail.search.signal_handlers import post_save_signal_handler as update_search_index_on_save
from wagtail.signal_handlers import update_reference_index_on_save

logger = logging.getLogger(__name__)
# Objects handed to a search backend at a time: bounded memory, few recomputations.
SEARCH_BATCH_SIZE = 500


def indexing_receivers():
    """(receiver, sender) pairs of the post-save handlers that keep the two indexes."""
    pairs = [
        (update_search_index_on_save, model)
        for model in search_index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]
    pairs += [(update_reference_index_on_save, model) for model in ReferenceIndex.tracked_models]
    return pairs


@contextmanager
def indexed_once_at_the_end():
    saved = {}  # (model, pk) -> the latest saved instance, in the order first saved

    def note_save(sender, instance, raw=False, **kwargs):
        if not raw:
            saved[(sender, instance.pk)] = instance

    disconnected = [
        (receiver, sender) for receiver, sender in indexing_receivers() if post_save.disconnect(receiver, sender=sender)
    ]
    handled_senders = {sender for _receiver, sender in disconnected}
    post_save.connect(note_save, weak=False, dispatch_uid="demo-indexing-note-save")
    try:
        yield
    finally:
        post_save.disconnect(dispatch_uid="demo-indexing-note-save")
        for receiver, sender in disconnected:
            post_save.connect(receiver, sender=sender)
    index_saved_objects({key: instance for key, instance in saved.items() if key[0] in handled_senders}, disconnected)


def index_saved_objects(saved, receivers):
    """Send each saved object that still exists to its indexing receivers, once."""
    pks_by_model = defaultdict(set)
    for model, pk in saved:
        pks_by_model[model].add(pk)
    still_there = {
        (model, pk)
        for model, pks in pks_by_model.items()
        for pk in model._base_manager.filter(pk__in=pks).values_list("pk", flat=True)
    }
    receivers_by_sender = defaultdict(list)
    for receiver, sender in receivers:
        receivers_by_sender[sender].append(receiver)
    searchable = defaultdict(list)  # model -> primary keys, in the order first saved
    for (model, pk), instance in saved.items():
        if (model, pk) in still_there:
            for receiver in receivers_by_sender[model]:
                if receiver is update_search_index_on_save:
                    searchable[model].append(pk)
                else:
                    receiver(sender=model, instance=instance, created=False, raw=False)
    for model, pks in searchable.items():
        for start in range(0, len(pks), SEARCH_BATCH_SIZE):
            add_to_search_index(model, pks[start : start + SEARCH_BATCH_SIZE])


def add_to_search_index(model, pks):
    """What the search handler's task does for one object, for many objects of `model`:
    read each again, take its indexed instance (a page's specific one) if its class's
    indexed objects include it, and add it to every search backend kept up to date."""
    queryset = model._default_manager.filter(pk__in=pks)
    if isinstance(queryset, PageQuerySet):
        queryset = queryset.specific()
    by_class = defaultdict(list)
    for instance in queryset:
        indexed = instance.get_indexed_instance()
        if indexed is not None:
            by_class[type(indexed)].append(indexed)
    for indexed_model, instances in by_class.items():
        included = set(
            indexed_model.get_indexed_objects()
            .filter(pk__in=[instance.pk for instance in instances])
            .values_list("pk", flat=True)
        )
        instances = [instance for instance in instances if instance.pk in included]
        for backend in get_search_backends(with_auto_update=True):
            try:
                backend.add_bulk(indexed_model, instances)
            except Exception:
                # As the handler does: a search service that is down loses no data, a
                # database backend's error stops the transaction.
                logger.exception("Exception raised while adding %s objects to a search backend", indexed_model)
                if not backend.catch_indexing_errors:
                    raise
