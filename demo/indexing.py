"""Building many pages at once with each object indexed once, at the end.

Wagtail updates its search index and its reference index after every save. Building the
demo saves each page several times (created, its revision, published, translated, its
aliases synchronised), and each save reindexed it. Within `indexed_once_at_the_end()`
the saves are noted instead, and each object still there at the end is handed to the
very same handlers once (as a task, on whatever task backend is configured). Deletions
are indexed as they happen, as always.

The signal receivers are shared by the whole process, so this is for management
commands, never for code that runs in a web request.
"""

from collections import defaultdict
from contextlib import contextmanager

from django.db.models.signals import post_save
from wagtail.models import ReferenceIndex
from wagtail.search import index as search_index
from wagtail.search.signal_handlers import post_save_signal_handler as update_search_index_on_save
from wagtail.signal_handlers import update_reference_index_on_save


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
    for (model, pk), instance in saved.items():
        if (model, pk) in still_there:
            for receiver in receivers_by_sender[model]:
                receiver(sender=model, instance=instance, created=False, raw=False)
