"""What a change makes stale in the page cache and in any frontend cache.

A page is shown by more than its own address. When one is published, unpublished,
moved or deleted, these are purged in its language:

- the page and its sub-routes (feeds, calendars, open data: `get_cached_paths`);
- its translations and aliases, whose language links and mirrored text change with it;
- its ancestors below the root (the indexes that list it, the home page's lists);
- its descendants, whose breadcrumbs carry its title, when it has any;
- the pages it links to and the pages that link to it (Wagtail's reference index:
  a post names participants and events, their pages list the post);
- the sitemap.

A home page or a page right below one is in every page's menu and breadcrumbs, and
site settings, snippets (the footer text, topics), pictures, documents, sites and
languages can show anywhere: a change to one of those purges everything.

The purges are sent once the change is committed, so that no request can render the old
content again under the new generation. The page cache is purged at once, in the same
process (`PageCacheBackend`); other backends of `WAGTAILFRONTENDCACHE` (a frontend cache)
get the same addresses through Wagtail's purge task.
"""

import logging

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save, pre_delete
from django.urls import reverse
from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends, purge_urls_from_cache
from wagtail.models import BaseViewRestriction, Locale, Page, ReferenceIndex, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

logger = logging.getLogger(__name__)

# Depth of the site's home pages (the root is 1): they and their children are shown by
# every page of their language (menu, breadcrumbs).
HOME_DEPTH = 2


def is_page_cache_backend(config):
    return config["BACKEND"] == "core.page_cache.PageCacheBackend"


def backend_names():
    """(the page cache's backends, the frontend caches') in WAGTAILFRONTENDCACHE."""
    configured = getattr(settings, "WAGTAILFRONTENDCACHE", {}) or {}
    local = [name for name, config in configured.items() if is_page_cache_backend(config)]
    return local, [name for name in configured if name not in local]


def send_purge(urls):
    urls = sorted(set(urls))
    if not urls:
        return
    local, frontend = backend_names()
    if local:
        # The task's own code (language addresses, host names), run here and now.
        purge_urls_from_cache_task.call(urls, None, local)
    if frontend:
        purge_urls_from_cache(urls, backends=frontend)


def send_purge_everything():
    for name, backend in get_backends().items():
        if hasattr(backend, "purge_everything"):
            backend.purge_everything()
        else:
            logger.warning("Frontend cache %s cannot purge everything; its pages expire on their own.", name)


def on_commit(callback):
    transaction.on_commit(callback)


def pages_showing(page):
    """The pages whose answers show `page` (itself included), as plain Page objects."""
    page_type = ContentType.objects.get_for_model(Page)
    linked_to = ReferenceIndex.get_references_for_object(page).filter(to_content_type=page_type)
    linking = ReferenceIndex.get_references_to(page).filter(base_content_type=page_type)
    related = Q(pk__in=[int(pk) for pk in linked_to.values_list("to_object_id", flat=True)])
    related |= Q(pk__in=[int(pk) for pk in linking.values_list("object_id", flat=True)])
    related |= Q(translation_key=page.translation_key) | Q(alias_of_id=page.pk)
    ancestor_paths = [page.path[:length] for length in range(Page.steplen * HOME_DEPTH, len(page.path), Page.steplen)]
    related |= Q(path__in=ancestor_paths)
    if page.numchild:
        related |= Q(path__startswith=page.path, depth__gt=page.depth)
    return [page, *Page.objects.filter(related).exclude(pk=page.pk)]


def addresses_of(pages):
    """The full addresses (with sub-routes) of `pages` that a cache may hold."""
    batch = PurgeBatch()
    for page in pages:
        batch.add_page(page)
    return batch.urls


def sitemap_addresses():
    return {site.root_url + reverse("sitemap") for site in Site.objects.all()}


def shows_everywhere(page):
    return page.depth <= HOME_DEPTH + 1


def purge_page(page):
    """Purge, once committed, what shows `page` as it is now."""
    if shows_everywhere(page):
        on_commit(send_purge_everything)
        return
    urls = addresses_of(pages_showing(page)) | sitemap_addresses()
    on_commit(lambda: send_purge(urls))


def purge_on_publish_or_unpublish(sender, instance, **kwargs):
    purge_page(instance)


def purge_before_move(sender, instance, **kwargs):
    # The page and what showed it at its old address, before the move changes them.
    purge_page(Page.objects.get(pk=instance.pk))


def purge_after_move(sender, instance, **kwargs):
    purge_page(Page.objects.get(pk=instance.pk))


def purge_before_delete(sender, instance, **kwargs):
    # A live page is unpublished by Wagtail before it is deleted (page_unpublished);
    # a draft may still be linked from pages that list it as coming.
    if not instance.live:
        purge_page(instance)


def purge_everything_on_change(sender, instance, **kwargs):
    if is_shown_everywhere(sender):
        on_commit(send_purge_everything)


def is_shown_everywhere(model):
    """Models whose objects can show on any page: a change purges everything."""
    from wagtail.contrib.settings.models import BaseSiteSetting
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.snippets.models import get_snippet_models

    # A page made private (or public again) leaves or joins every list that shows it.
    if issubclass(model, (Site, Locale, BaseSiteSetting, BaseViewRestriction)):
        return True
    if model in (get_image_model(), get_document_model()):
        return True
    return model in get_snippet_models()


def connect():
    page_published.connect(purge_on_publish_or_unpublish, dispatch_uid="core.purges.publish")
    page_unpublished.connect(purge_on_publish_or_unpublish, dispatch_uid="core.purges.unpublish")
    pre_page_move.connect(purge_before_move, dispatch_uid="core.purges.before_move")
    post_page_move.connect(purge_after_move, dispatch_uid="core.purges.after_move")
    pre_delete.connect(purge_before_delete, sender=Page, dispatch_uid="core.purges.before_delete")
    post_save.connect(purge_everything_on_change, dispatch_uid="core.purges.save")
    post_delete.connect(purge_everything_on_change, dispatch_uid="core.purges.delete")
