"""Page view restrictions (login, password, groups) as conditions inside a page query.

Wagtail reads the restrictions in queries of their own: `PageQuerySet.public()` reads
every restriction each time it is called, and `Page.get_view_restrictions()` reads the
page's ancestors, then their restrictions. The same conditions are written here as
subqueries, so that a listing or the page being served checks them in the query that
loads it, with exactly Wagtail's rules.
"""

from django.db.models import Exists, F, OuterRef
from django.db.models.functions import Coalesce, Length, Substr
from wagtail.models import Page, PageManager, PageQuerySet, PageViewRestriction


def in_private_section():
    """True for a page in a private section: a restricted page or one of its descendants.

    The condition of Wagtail's `private_q()`: a restriction on a page whose path begins
    the page's own (the tree's paths are prefixes of their descendants').
    """
    restricted_sections = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return Exists(restricted_sections)


def public_only(queryset):
    """`queryset.public()`, without a query of its own."""
    return queryset.exclude(in_private_section())


def lineage_paths(page):
    """The paths of the page and of each of its ancestors, the tree's root first."""
    return [page.path[:end] for end in range(Page.steplen, len(page.path) + 1, Page.steplen)]


def lineage_restrictions(page):
    """The restrictions Wagtail's `get_view_restrictions()` gives for `page`, as a queryset.

    Those of the page and of its ancestors; an alias (the page or an ancestor) counts with
    the page it mirrors, never with restrictions of its own. Exact as long as no page of
    the lineage mirrors an alias (`lineage_mirrors_an_alias`), which Wagtail would follow
    further.
    """
    lineage = Page.objects.filter(path__in=lineage_paths(page))
    sources = lineage.annotate(source_id=Coalesce(F("alias_of_id"), F("id"))).values("source_id")
    return PageViewRestriction.objects.filter(page_id__in=sources)


def lineage_mirrors_an_alias(page):
    """True when a page of the lineage is an alias of an alias (Wagtail follows the chain)."""
    return Exists(Page.objects.filter(path__in=lineage_paths(page), alias_of__alias_of__isnull=False))


class SitePageQuerySet(PageQuerySet):
    """Wagtail's page queryset, whose `public()` checks the restrictions in its own query."""

    def public(self):
        return public_only(self)


# The manager of every page type of the site (`BasePage.objects`); a page type with a
# manager of its own builds it on `SitePageQuerySet` to keep this.
SitePageManager = PageManager.from_queryset(SitePageQuerySet)
