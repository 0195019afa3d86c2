import datetime
from functools import partial

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import OuterRef
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from core.blocks import BodyBlock
from core.listings import with_text_language
from core.models import BasePage, LatestItemMixin
from core.models.mixins import FeedLink, FeedSourceMixin, exclude_untranslated
from core.models.pictures import PagePicture
from core.privacy import exclude_private
from core.related import as_related_item, chosen_links, linked_pages, pages_linking_to
from core.render_cache import PREPARATION, RenderPreparation, lazy_value
from participants.models import ParticipantLink

from .topics import Topic, TopicName

# Addresses below a news index that belong to its feeds, never to a post.
FEED_ROUTES = {"rss": "application/rss+xml", "atom": "application/atom+xml"}


class NewsIndexPage(RoutablePageMixin, FeedSourceMixin, BasePage):
    """The news of one language: every post, newest first, with filters and feeds.

    There is one per language, right below the home page: create it once in English and
    translate it. Posts are created below it. Its RSS and Atom feeds are linked from
    every page of its language.
    """

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A sentence or two shown above the list; also the description of the feeds."),
    )
    posts_per_page = models.PositiveSmallIntegerField(
        _("posts per page"),
        default=10,
        help_text=_("How many posts each page of the list shows (between 1 and 100)."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("introduction"), FieldPanel("posts_per_page")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    parent_page_types = ["core.HomePage"]
    subpage_types = ["news.NewsPage"]
    # One per language: each language's home page holds its own (the translation).
    max_count_per_parent = 1
    show_in_menus_default = True

    class Meta:
        verbose_name = _("news index")

    def clean(self):
        super().clean()
        if not 1 <= (self.posts_per_page or 0) <= 100:
            raise ValidationError({"posts_per_page": _("Choose a number between 1 and 100.")})

    def posts(self):
        """Live, public posts of this index in its own language, newest first (same-day
        posts by title): what the feeds publish. Posts not translated yet (aliases of
        English posts) are left out."""
        posts = exclude_private(NewsPage.objects.live().child_of(self))
        return exclude_untranslated(posts).order_by(*NewsPage.NEWEST_FIRST)

    def listed_posts(self):
        """Every live, public post below this index, newest first: what the index lists.

        Posts not translated yet are listed too, in their source language and marked so
        (`core.listings`)."""
        posts = exclude_private(NewsPage.objects.live().child_of(self))
        return with_text_language(posts).order_by(*NewsPage.NEWEST_FIRST)

    @path("")
    def index_route(self, request):
        # Imported here: the listing module imports the models.
        from news.listing import NewsListing

        return self.render(request, context_overrides={"listing": lazy_value(lambda: NewsListing(self, request))})

    @path("rss/", name="rss")
    def rss_feed(self, request):
        from news.feeds import news_feed_response

        return news_feed_response(self, request, "rss")

    @path("atom/", name="atom")
    def atom_feed(self, request):
        from news.feeds import news_feed_response

        return news_feed_response(self, request, "atom")

    def get_feed_links(self, request=None):
        index_url = self.get_url(request)  # ends with "/"; None when the page is not in a site
        if index_url is None:
            return []
        titles = {"rss": _("News (RSS feed)"), "atom": _("News (Atom feed)")}
        return [
            FeedLink(title=titles[kind], url=index_url + self.reverse_subpage(kind), content_type=content_type)
            for kind, content_type in FEED_ROUTES.items()
        ]


class NewsPage(LatestItemMixin, BasePage, PagePicture):
    """A news post: what happened, when it was written, with pictures and their credits.

    Create posts below the news index of English, then translate them. The teaser and
    the listing picture are what the news list, the home page and the feeds show.
    """

    NEWEST_FIRST = ("-date", "title", "pk")

    date = models.DateField(
        _("written on"),
        default=datetime.date.today,
        help_text=_("The publication date shown with the post; the news list is sorted by it."),
    )
    teaser = models.TextField(
        _("teaser"),
        max_length=400,
        help_text=_("One or two sentences shown in the news list, on the home page and in the feeds."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    # The participants and events a post is about: `participant_links` and `event_links`
    # (NewsPageParticipant, NewsPageEvent below). Chosen on the source post and kept the
    # same in every translation; each language links the pages in its own language.

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        FieldPanel("teaser"),
        PagePicture.picture_panel,
        FieldPanel("body"),
        InlinePanel("topic_links", label=_("Topics"), heading=_("Topics")),
        MultiFieldPanel(
            [
                InlinePanel("participant_links", label=_("Participant")),
                InlinePanel("event_links", label=_("Event")),
            ],
            heading=_("What this post is about"),
            help_text=_("The participants and events this post is about: their pages list it in return."),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("teaser"),
        index.SearchField("body"),
        index.FilterField("date"),
        index.RelatedFields("topic_links", [index.RelatedFields("topic", [index.SearchField("name")])]),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    latest_kind_label = pgettext_lazy("kind of item in a list", "News")

    class Meta:
        verbose_name = _("news post")
        verbose_name_plural = _("news posts")
        indexes = [models.Index(fields=["date"], name="news_newspage_date_idx")]

    def clean(self):
        super().clean()
        errors = {}
        if self.slug in FEED_ROUTES:
            errors["slug"] = _("This address is taken by the news feeds; choose another one.")
        errors.update(self.picture_errors())
        if errors:
            raise ValidationError(errors)

    # --- Topics ------------------------------------------------------------------------

    def get_topics(self):
        """This post's topics in their order, each a `TopicName` in the post's language;
        one query."""
        if self.topic_links.is_deferring:
            # A preview: the topics as chosen in the editor, not saved yet.
            chosen = [link.topic_id for link in self.topic_links.all()]
            named = Topic.objects.annotate(
                name_here=Topic.name_in_locale(OuterRef("translation_key"), self.locale_id)
            ).in_bulk(chosen)
            return [
                TopicName(named[pk].translation_key, named[pk].slug, named[pk].name_here)
                for pk in chosen
                if pk in named
            ]
        return [link.topic_name for link in NewsPageTopic.named(self.topic_links.all(), self.locale_id)]

    # --- The participants and events this post is about --------------------------------

    def get_linked_pages(self):
        """(participants, events) this post is about, in its language; one query, which
        reads the link rows too (or takes them as they are in memory, so that a preview
        shows unsaved links)."""
        return linked_pages(
            self.locale_id,
            chosen_links(self, "participant_links", "participant"),
            chosen_links(self, "event_links", "event"),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read when a region of the page renders, not when all of them come from the
        # render cache (core.render_cache). The picture and the body's pictures, with
        # their renditions, in one query.
        context[PREPARATION] = RenderPreparation(partial(self.load_picture_with_body, self.body))
        context["topics"] = lazy_value(self.get_topics)
        context["news_index"] = lazy_value(self.get_parent)
        links = lazy_value(self.get_linked_pages)
        context["linked_participants"] = lazy_value(lambda: links[0])
        context["linked_events"] = lazy_value(lambda: links[1])
        return context

    # --- Listings: the news index, the feeds and the home page's "latest" list -----------

    @classmethod
    def with_listing_data(cls, queryset):
        """What a listing shows of each post, fetched in a fixed number of queries."""
        return cls.with_pictures(queryset.defer_streamfields().select_related("locale"))

    @classmethod
    def latest_queryset(cls, locale_id):
        posts = with_text_language(exclude_private(cls.objects.live().filter(locale_id=locale_id)))
        return cls.with_listing_data(posts.order_by(*cls.NEWEST_FIRST))

    def latest_date(self):
        return self.date

    def latest_teaser(self):
        return self.teaser

    def latest_picture(self):
        return self.credited_picture

    # --- Listed on the pages a post is about (registered in news.apps) ------------------

    @classmethod
    def related_to_participant(cls, participant, request=None):
        return cls._related_to(NewsPageParticipant, "participant", participant)

    @classmethod
    def related_to_event(cls, event, request=None):
        return cls._related_to(NewsPageEvent, "event", event)

    @classmethod
    def _related_to(cls, link_model, link_field, target):
        """The live posts in `target`'s language that are about it, as related items;
        two queries (the posts, then their pictures' renditions)."""
        posts = pages_linking_to(cls.objects.live(), link_model, link_field, target)
        return [as_related_item(post) for post in cls.with_listing_data(posts.order_by(*cls.NEWEST_FIRST))]


class NewsPageTopic(Orderable):
    """A topic chosen for a post.

    Chosen once on the source post and kept the same in every translation; each language
    shows the topic's own translation of its name.
    """

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="topic_links")
    topic = models.ForeignKey(Topic, verbose_name=_("topic"), on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("topic")]

    class Meta(Orderable.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [models.UniqueConstraint(fields=["page", "topic"], name="news_newspagetopic_unique")]

    def __str__(self):
        return str(self.topic)

    @staticmethod
    def named(links, locale_id):
        """The links `links` (a queryset) with their topics, each topic named in the
        locale `locale_id` (`Topic.name_in_locale`) in the same query: see `topic_name`."""
        return links.select_related("topic").annotate(
            localized_name=Topic.name_in_locale(OuterRef("topic__translation_key"), locale_id)
        )

    @property
    def topic_name(self):
        """The topic as a page shows it; on links loaded by `named`."""
        return TopicName(self.topic.translation_key, self.topic.slug, self.localized_name)


class NewsPageParticipant(ParticipantLink):
    """A participant a post is about; the participant's page lists the post."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="participant_links")


class NewsPageEvent(Orderable):
    """An event a post is about; the event's page lists the post. Synchronised like
    NewsPageParticipant."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="event_links")
    event = models.ForeignKey("events.EventPage", verbose_name=_("event"), on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("event")]

    class Meta(Orderable.Meta):
        verbose_name = _("event")
        constraints = [models.UniqueConstraint(fields=["page", "event"], name="news_newspageevent_unique")]
