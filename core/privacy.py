"""Page view restrictions (login, password, groups) as conditions inside a page query.

Wagtail reads the restrictions in queries of their own: `PageQuerySet.public()` reads
every restriction each time it is called, and `Page.get_view_restrictions()` reads the
page's ancestors, then their restrictions. The same conditions are written here as
subqueries, so that a listing or the page being served checks them in the query that
loads it, with Wagtail's rules.

Listings also leave out an alias whose source page is private. Wagtail serves such an
alias only to visitors its source's restriction lets in (an alias has no restriction of
its own: `Page.get_view_restrictions`), but `public()` looks only at the alias's own
place in the tree, so a directory in a language of aliases would list a private page.
"""

from functools import cache

from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import Coalesce, Length, Substr
from wagtail.models import Page, PageManager, PageQuerySet, PageViewRestriction


def _restriction_above(path):
    """A view restriction on the page at tree path `path` or on one of its ancestors
    (the tree's paths are prefixes of their descendants': Wagtail's `private_q()`)."""
    return Q(page__path=Substr(path, 1, Length("page__path")))


@cache
def in_private_section():
    """True for a page in a private section (a restricted page or one of its
    descendants), or an alias of such a page.

    Built once per process and shared: each query that uses it resolves a copy of its
    own (Django copies expressions as it resolves them).
    """
    return Exists(
        PageViewRestriction.objects.filter(
            _restriction_above(OuterRef("path")) | _restriction_above(OuterRef("alias_of__path"))
        )
    )


def public_only(queryset):
    """`queryset.public()`, without a query of its own, and without the aliases of
    private pages."""
    return queryset.exclude(in_private_section())


# The name the content apps' listings use.
exclude_private = public_only


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
