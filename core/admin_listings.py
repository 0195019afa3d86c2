"""What the admin menu's flat page listings share (News, Participants)."""

from wagtail.admin.views.pages.listing import IndexView
from wagtail.admin.viewsets.pages import PageListingViewSet


class OwnPagesIndexView(IndexView):
    def get_base_queryset(self):
        # An alias is a language's copy of a page not translated into it yet: it has no
        # text of its own and is edited through its original, so listing it would show
        # each page once per language. The translation dashboard lists what to translate.
        return super().get_base_queryset().filter(alias_of__isnull=True)


class OwnPagesListingViewSet(PageListingViewSet):
    """A flat listing of one page type, every language's own pages, without aliases."""

    index_view_class = OwnPagesIndexView
