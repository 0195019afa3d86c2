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

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction


def _in_restricted_section(path):
    """True where the page at tree path `path` is a restricted page or one below it.

    A page's path starts with the path of each of its ancestors (Wagtail's materialised
    path), which is how `descendant_of(..., inclusive=True)`, and so `public()`, decide it.
    """
    return Exists(PageViewRestriction.objects.filter(page__path=Substr(path, 1, Length("page__path"))))


def exclude_private(queryset):
    """`queryset` (of any page type) without the pages a view restriction keeps private."""
    return queryset.filter(
        ~_in_restricted_section(OuterRef("path")),
        ~_in_restricted_section(OuterRef("alias_of__path")),
    )
