"""RSS 2.0 and Atom feeds of one language's news, on django.contrib.syndication.

Each item carries its date, teaser, topics and picture (as Media RSS, with its credit,
and inside the HTML summary). Its GUID is made from the post's translation key and
language, so it stays the same when the post's title, address or text are edited.
"""

import datetime
import uuid
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import get_language

from core.site_name import site_name as get_site_name
from news.models import NewsPage, NewsPageTopic

FEED_LENGTH = 20
FEED_PICTURE_SPEC = "width-1200|format-jpeg"
MEDIA_RSS_NAMESPACE = "http://search.yahoo.com/mrss/"
# Feed readers poll often; a few minutes of caching spares the database.
FEED_MAX_AGE = 600


def stable_guid(page):
    """`urn:uuid:` of the post in its language: the same across edits and moves."""
    return f"urn:uuid:{uuid.uuid5(page.translation_key, page.locale.language_code)}"


class MediaRssMixin:
    """Writes an item's picture as <media:content> with its alt text and credit."""

    def add_picture(self, handler, item):
        picture = item.get("picture")
        if picture is None:
            return
        handler.startElement(
            "media:content",
            {
                "url": picture["url"],
                "medium": "image",
                "type": "image/jpeg",
                "width": str(picture["width"]),
                "height": str(picture["height"]),
            },
        )
        if picture["alt_text"]:
            handler.addQuickElement("media:description", picture["alt_text"], {"type": "plain"})
        if picture["credit"]:
            handler.addQuickElement("media:credit", picture["credit"])
        handler.endElement("media:content")


class NewsRssFeed(MediaRssMixin, Rss201rev2Feed):
    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:media": MEDIA_RSS_NAMESPACE}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        self.add_picture(handler, item)


class NewsAtomFeed(MediaRssMixin, Atom1Feed):
    def root_attributes(self):
        return {**super().root_attributes(), "xmlns:media": MEDIA_RSS_NAMESPACE}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        self.add_picture(handler, item)


def publication_datetime(date):
    """The "written on" date as a moment: midnight where the Alliance works."""
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time.min))


@dataclass
class FeedSource:
    """What a feed is made from: the news index, and the request that asks for it
    (addresses are absolute, made from the site the request came to)."""

    index: object
    request: object


@dataclass
class FeedEntry:
    post: NewsPage
    link: str
    summary: str
    categories: list
    picture: dict | None


def feed_posts(index):
    """The newest posts, with their pictures and topics, the topics named in the index's
    language; three queries (posts, renditions, topics)."""
    topics = NewsPageTopic.named(NewsPageTopic.objects.all(), index.locale_id)
    posts = NewsPage.with_listing_data(index.posts()).prefetch_related(Prefetch("topic_links", queryset=topics))
    return list(posts[:FEED_LENGTH])


def picture_data(picture, request):
    if picture is None:
        return None
    rendition = picture.image.get_rendition(FEED_PICTURE_SPEC)
    return {
        "url": request.build_absolute_uri(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt_text": picture.alt_text,
        "credit": picture.credit,
    }


class NewsRssFeedView(Feed):
    """One language's news as a `django.contrib.syndication` feed (RSS by default).

    Called with the news index from its page route; the language is the one the
    address carries, which LocaleMiddleware has activated.
    """

    feed_type = NewsRssFeed

    def get_object(self, request, index):
        return FeedSource(index=index, request=request)

    def title(self, source):
        return f"{source.index.title} – {get_site_name(get_language())}"

    def link(self, source):
        return source.index.get_full_url(source.request)

    def description(self, source):
        return source.index.introduction or source.index.title

    def author_name(self, source):
        return get_site_name(get_language())

    def feed_url(self, source):
        return source.request.build_absolute_uri()

    def feed_guid(self, source):
        return f"urn:uuid:{uuid.uuid5(source.index.translation_key, get_language())}"

    def items(self, source):
        """The newest posts, with what each needs ready (`feed_posts`)."""
        posts = feed_posts(source.index)
        entries = []
        for post in posts:
            picture = picture_data(post.credited_picture, source.request)
            summary = render_to_string(
                "news/feed_summary.html",
                {"post": post, "picture": post.credited_picture, "picture_url": picture and picture["url"]},
            )
            categories = [link.topic_name.name for link in post.topic_links.all()]
            link = post.get_full_url(source.request)
            entries.append(FeedEntry(post=post, link=link, summary=summary, categories=categories, picture=picture))
        return entries

    def item_title(self, entry):
        return entry.post.title

    def item_link(self, entry):
        return entry.link

    def item_description(self, entry):
        return entry.summary

    def item_pubdate(self, entry):
        return publication_datetime(entry.post.date)

    def item_updateddate(self, entry):
        return entry.post.last_published_at or publication_datetime(entry.post.date)

    def item_guid(self, entry):
        return stable_guid(entry.post)

    item_guid_is_permalink = False

    def item_categories(self, entry):
        return entry.categories

    def item_extra_kwargs(self, entry):
        return {"picture": entry.picture}


class NewsAtomFeedView(NewsRssFeedView):
    feed_type = NewsAtomFeed


FEED_VIEWS = {"rss": NewsRssFeedView(), "atom": NewsAtomFeedView()}


def news_feed_response(index, request, kind):
    response = FEED_VIEWS[kind](request, index=index)
    patch_cache_control(response, public=True, max_age=FEED_MAX_AGE)
    return response
