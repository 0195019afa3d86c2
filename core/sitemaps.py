from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.models.mixins import exclude_untranslated


class MultilingualSitemap(Sitemap):
    """Every live public page of every language of the site, translated pages only.

    Wagtail's own sitemap lists the default language's tree only, because the sitemap
    address carries no language. Pages that show their source text because they are not
    translated yet (`exclude_untranslated`: aliases, and pages marked by
    `core.models.SourceContentPage`) are left out: their canonical address is the source
    page's.
    """

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_any_tree = reduce(or_, (Q(path__startswith=root.path) for root in roots))
        return (
            exclude_untranslated(Page.objects.live().public().filter(in_any_tree))
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
