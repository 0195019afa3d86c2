"""Which pages a public listing may show: none in a private section, whatever its language.

Wagtail's `PageQuerySet.public()` reads every view restriction (one query), then excludes
the pages below each restricted page. Here the same condition is part of the listing's
own query, as a subquery: it costs no query of its own, and it is read in the same
statement as the pages, so it can never be older than them.

It also leaves out an alias whose source page is private. Wagtail serves such an alias
only to visitors its source's restriction lets in (an alias has no restriction of its
own: `Page.get_view_restrictions`), but `public()` looks only at the alias's own place
in the tree, so a directory in a language of aliases would list a private participant.
"""

from functools import cache

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction


def _restriction_above(path):
    """A view restriction on the page at tree path `path` or on one of its ancestors.

    A page's path starts with the path of each of its ancestors (Wagtail's materialised
    path), which is how `descendant_of(..., inclusive=True)`, and so `public()`, decide it.
    """
    return Q(page__path=Substr(path, 1, Length("page__path")))


@cache
def _in_private_section():
    # Built once per process and shared: each query that uses it resolves a copy of its
    # own (Django copies expressions as it resolves them), so sharing is safe, and it
    # saves building the subquery anew for every list of every page.
    return Exists(
        PageViewRestriction.objects.filter(
            _restriction_above(OuterRef("path")) | _restriction_above(OuterRef("alias_of__path"))
        )
    )


def exclude_private(queryset):
    """`queryset` (of any page type) without the pages a view restriction keeps private."""
    return queryset.filter(~_in_private_section())
