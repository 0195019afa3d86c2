from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.models.mixins import exclude_untranslated
from core.privacy import public_only


class MultilingualSitemap(Sitemap):
    """Every live public page of every language of the site, translated pages only.

    Wagtail's own sitemap lists the default language's tree only, because the sitemap
    address carries no language. Pages that show their source text because they are not
    translated yet (`exclude_untranslated`: aliases, and pages marked by
    `core.models.SourceContentPage`) are left out: their canonical address is the source
    page's.

    Two queries whatever the number of pages and page types: the count, then the pages,
    each of its own type without that type's fields (`specific(defer=True)`: an entry
    needs the page's address and dates only). The language roots come from the cache of
    `core.serving`, the view restrictions are checked inside the query (`public_only`).
    """

    def language_roots(self):
        from core.serving import site_entry

        if self.request is not None:
            entry = site_entry(self.request)
            if entry.site is not None:
                return list(entry.roots_by_locale_id.values())
        return list(self.get_wagtail_site().root_page.get_translations(inclusive=True))

    def items(self):
        in_any_tree = reduce(or_, (Q(path__startswith=root.path) for root in self.language_roots()))
        return (
            exclude_untranslated(public_only(Page.objects.live().filter(in_any_tree)))
            .order_by("path")
            .specific(defer=True)
        )
