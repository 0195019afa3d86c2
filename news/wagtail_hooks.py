import django_filters
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet, PageViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.admin_listings import OwnPagesListingViewSet
from core.i18n.dates import format_date
from news.models import NewsIndexPage, NewsPage, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("News topics")
    menu_order = 210
    add_to_admin_menu = False
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]
    ordering = ["name"]


def topics_of_the_source_language(request):
    # Each topic once, by its English name; a post's topic may be any translation of it.
    return Topic.objects.filter(locale__language_code=settings.LANGUAGE_CODE)


class NewsPageFilterSet(PageFilterSet):
    date = django_filters.DateFromToRangeFilter(label=_("Written on"), widget=DateRangePickerWidget)
    topic = django_filters.ModelChoiceFilter(
        label=_("Topic"), queryset=topics_of_the_source_language, method="filter_topic"
    )

    class Meta:
        model = NewsPage
        fields = []

    def filter_topic(self, queryset, name, value):
        return queryset.filter(topic_links__topic__translation_key=value.translation_key).distinct()


class DateInWordsColumn(Column):
    """A date as the site writes it, in the editor's language (core.i18n.dates)."""

    def get_value(self, instance):
        value = super().get_value(instance)
        return format_date(value) if value else ""


def with_news_columns(columns, with_language=False):
    """Wagtail's columns, with the "written on" date (and the language) after the title."""
    # The date itself ("13 January 2014"), not Wagtail's "12 years ago".
    added = [DateInWordsColumn("date", label=_("Written on"), sort_key="date", width="14%")]
    if with_language:
        added.append(Column("locale", label=_("Language"), accessor="locale", width="10%"))
    return [*columns[:2], *added, *columns[2:]]


class NewsPostListingViewSet(OwnPagesListingViewSet):
    """Every news post of every language in one list, in the admin menu ("News")."""

    model = NewsPage
    icon = "doc-full-inverse"
    menu_label = _("News")
    menu_order = 150
    add_to_admin_menu = True
    columns = with_news_columns(PageListingViewSet.columns, with_language=True)
    filterset_class = NewsPageFilterSet
    ordering = ["-date"]


class NewsPostViewSet(PageViewSet):
    """The same columns and filters when exploring a news index in the page tree."""

    model = NewsPage
    parent_models = [NewsIndexPage]
    icon = "doc-full-inverse"
    columns = with_news_columns(PageViewSet.columns)
    filterset_class = NewsPageFilterSet
    ordering = ["-date"]


register_snippet(TopicViewSet)


@hooks.register("register_admin_viewset")
def register_news_post_listing():
    return NewsPostListingViewSet("news_posts")


@hooks.register("register_admin_viewset")
def register_news_post_viewset():
    return NewsPostViewSet()
