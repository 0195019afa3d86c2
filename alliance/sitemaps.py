from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Every live public page of every language of the site, translated pages only.

    Wagtail's own sitemap lists the default language's tree only, because the sitemap
    address carries no language. Pages that show their source text because they are not
    translated yet (aliases, and pages marked by `home.models.SourceContentPage`) are
    left out: their canonical address is the source page's.
    """

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_any_tree = reduce(or_, (Q(path__startswith=root.path) for root in roots))
        return (
            Page.objects.live()
            .public()
            .filter(in_any_tree, alias_of__isnull=True, source_content_mark__isnull=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
