"""What one request of a news index shows: the filters, the page of posts, the links.

Bad values in the address (`?page=abc`, `?page=99999`, `?year=1200`, an unknown topic)
give a 404 page in the visitor's language, never an error: the filters only ever link
to years and topics that have posts, so anything else is an address that does not exist.
"""

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urlencode

from django.core.paginator import EmptyPage
from django.db.models import CharField, Count, F, IntegerField, Q, Value
from django.db.models.functions import ExtractYear
from django.http import Http404
from django.utils.translation import gettext as _

from core.i18n.collation import collation_key
from core.listings import CountedPaginator
from news.models import NewsPage, NewsPageTopic, Topic, TopicName


@dataclass(frozen=True)
class FilterLink:
    label: str
    url: str
    is_current: bool


def topics_and_their_posts(posts, locale_id, listed_ids):
    """The topics in use among `posts`, as `TopicName`s in the locale `locale_id` (else
    English, else any language) and in the order of their names, and the topic keys of
    each post of `listed_ids`, in their order; one query, both lists read together
    (a union: the topics, then the links)."""
    chosen = Topic.objects.filter(pk__in=NewsPageTopic.objects.filter(page__in=posts.order_by()).values("topic_id"))
    no_number = Value(None, output_field=IntegerField())
    topics = (
        Topic.in_locale(chosen, locale_id)
        .annotate(link_page=no_number, link_order=no_number, link_pk=no_number, key=F("translation_key"))
        .order_by()
        .values_list("link_page", "link_order", "link_pk", "key", "slug", "name")
    )
    links = (
        NewsPageTopic.objects.filter(page_id__in=listed_ids)
        .annotate(
            link_page=F("page_id"),
            link_order=F("sort_order"),
            link_pk=F("pk"),
            key=F("topic__translation_key"),
            topic_slug=F("topic__slug"),
            no_name=Value("", output_field=CharField()),
        )
        .order_by()
        .values_list("link_page", "link_order", "link_pk", "key", "topic_slug", "no_name")
    )
    in_use, post_links = [], []
    for page_id, order, link_pk, key, slug, name in topics.union(links, all=True):
        if page_id is None:
            in_use.append(TopicName(key, slug, name))
        else:
            post_links.append((page_id, order is not None, order or 0, link_pk, key))
    keys_by_post = defaultdict(list)
    for page_id, *_order, key in sorted(post_links):
        keys_by_post[page_id].append(key)
    return sorted(in_use, key=lambda topic: collation_key(topic.name)), keys_by_post


class NewsListing:
    def __init__(self, index, request):
        self.index = index
        self.request = request
        self.base_url = index.get_url(request)
        self.all_posts = index.listed_posts()
        # Topics share their slug in every language, so the posts are filtered by it
        # before the topics in use are known; an unknown one is a 404 all the same.
        self.topic_slug = request.GET.get("topic", "")
        self.year = self._parse_year(request.GET.get("year", ""))
        self.page = self._parse_page(request.GET.get("page", ""))
        self.posts = list(self.page.object_list)
        self.topics, keys_by_post = topics_and_their_posts(
            self.all_posts, index.locale_id, [post.pk for post in self.posts]
        )
        self.topic = self._parse_topic(self.topic_slug)
        topics_by_key = {topic.translation_key: topic for topic in self.topics}
        for post in self.posts:
            # Every topic of a listed post is among the index's topics in use.
            post.topic_filter_links = [
                FilterLink(
                    label=topic.name,
                    url=self.url_for(topic=topic),
                    is_current=self.topic is not None and topic.translation_key == self.topic.translation_key,
                )
                for topic in (topics_by_key.get(key) for key in keys_by_post[post.pk])
                if topic is not None
            ]

    # --- What the filters offer ---------------------------------------------------------

    @cached_property
    def _posts_per_year(self):
        """{year with posts: how many of them the chosen topic keeps}, newest year first,
        in one query: the years the filter offers, and the list's count."""
        shown = Count("pk", filter=Q(pk__in=self._tagged_with_topic())) if self.topic_slug else Count("pk")
        counts = (
            self.all_posts.order_by()
            .annotate(year=ExtractYear("date"))
            .values("year")
            .annotate(shown=shown)
            .order_by("-year")
        )
        return {row["year"]: row["shown"] for row in counts}

    @cached_property
    def years(self):
        return list(self._posts_per_year)

    # --- Reading the address --------------------------------------------------------------

    def _parse_year(self, value):
        if not value:
            return None
        if not (value.isascii() and value.isdigit() and len(value) == 4) or int(value) not in self.years:
            raise Http404("No news in that year.")
        return int(value)

    def _parse_topic(self, value):
        if not value:
            return None
        for topic in self.topics:
            if topic.slug == value:
                return topic
        raise Http404("No such topic.")

    def _tagged_with_topic(self):
        return NewsPageTopic.objects.filter(topic__slug=self.topic_slug).values("page_id")

    def _parse_page(self, value):
        posts = self.all_posts
        years = [self.year] if self.year is not None else self.years
        count = sum(self._posts_per_year[year] for year in years)
        if self.year is not None:
            posts = posts.filter(date__year=self.year)
        if self.topic_slug:
            posts = posts.filter(pk__in=self._tagged_with_topic())
        posts = NewsPage.with_listing_data(posts)
        paginator = CountedPaginator(posts, self.index.posts_per_page or 10, count)
        if not value:
            number = 1
        elif value.isascii() and value.isdigit():
            number = int(value)
        else:
            raise Http404("Not a page number.")
        try:
            return paginator.page(number)
        except EmptyPage as error:
            raise Http404("No such page.") from error

    # --- Links ------------------------------------------------------------------------------

    def url_for(self, year=None, topic=None, page=None):
        """The address of this index with these filters (None: no filter, page 1)."""
        params = {}
        if year is not None:
            params["year"] = year
        if topic is not None:
            params["topic"] = topic.slug
        if page is not None and page > 1:
            params["page"] = page
        return f"{self.base_url}?{urlencode(params)}" if params else self.base_url

    @property
    def year_links(self):
        """ "All years" and each year with posts; a year link keeps the chosen topic."""
        links = [FilterLink(label=_("All years"), url=self.url_for(topic=self.topic), is_current=self.year is None)]
        links += [
            FilterLink(label=str(year), url=self.url_for(year=year, topic=self.topic), is_current=year == self.year)
            for year in self.years
        ]
        return links

    @property
    def topic_links(self):
        """ "All topics" and each topic with posts; a topic link keeps the chosen year."""
        links = [FilterLink(label=_("All topics"), url=self.url_for(year=self.year), is_current=self.topic is None)]
        links += [
            FilterLink(
                label=topic.name,
                url=self.url_for(year=self.year, topic=topic),
                is_current=self.topic is not None and topic.translation_key == self.topic.translation_key,
            )
            for topic in self.topics
        ]
        return links

    @property
    def is_filtered(self):
        return self.year is not None or self.topic is not None

    @property
    def previous_url(self):
        if not self.page.has_previous():
            return None
        return self.url_for(self.year, self.topic, self.page.previous_page_number())

    @property
    def next_url(self):
        if not self.page.has_next():
            return None
        return self.url_for(self.year, self.topic, self.page.next_page_number())

    @property
    def page_links(self):
        """Every page number with its address; elided around the current page when long."""
        paginator = self.page.paginator
        links = []
        for number in paginator.get_elided_page_range(self.page.number, on_each_side=2, on_ends=1):
            if number == paginator.ELLIPSIS:
                links.append(FilterLink(label=str(number), url="", is_current=False))
            else:
                links.append(
                    FilterLink(
                        label=str(number),
                        url=self.url_for(self.year, self.topic, number),
                        is_current=number == self.page.number,
                    )
                )
        return links
