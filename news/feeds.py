"""RSS 2.0 and Atom feeds of one language's news.

Each item carries its date, teaser, topics and picture (as Media RSS, with its credit,
and inside the HTML summary). Its GUID is made from the post's translation key and
language, so it stays the same when the post's title, address or text are edited.
"""

import datetime
import uuid

from django.conf import settings
from django.db.models import Prefetch
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import get_language

from core.site_name import site_name as get_site_name
from news.models import NewsPage, NewsPageTopic, Topic

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


FEED_CLASSES = {"rss": NewsRssFeed, "atom": NewsAtomFeed}


def publication_datetime(date):
    """The "written on" date as a moment: midnight where the Alliance works."""
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time.min))


def feed_posts(index):
    posts = NewsPage.with_listing_data(index.posts()).prefetch_related(
        Prefetch("topic_links", queryset=NewsPageTopic.objects.select_related("topic"))
    )
    return list(posts[:FEED_LENGTH])


def build_feed(index, request, kind):
    # The feed's address carries its language, which LocaleMiddleware has activated.
    language_code = get_language()
    index_url = index.get_full_url(request)
    site_name = get_site_name(language_code)
    feed = FEED_CLASSES[kind](
        title=f"{index.title} – {site_name}",
        link=index_url,
        description=index.introduction or index.title,
        language=language_code,
        author_name=site_name,
        feed_url=request.build_absolute_uri(),
        feed_guid=f"urn:uuid:{uuid.uuid5(index.translation_key, language_code)}",
    )
    posts = feed_posts(index)
    topic_keys = {link.topic.translation_key for post in posts for link in post.topic_links.all()}
    topics = Topic.localized_by_key(topic_keys, index.locale_id)
    for post in posts:
        picture = post.credited_picture
        picture_data = None
        if picture is not None:
            rendition = picture.image.get_rendition(FEED_PICTURE_SPEC)
            picture_data = {
                "url": request.build_absolute_uri(rendition.url),
                "width": rendition.width,
                "height": rendition.height,
                "alt_text": picture.alt_text,
                "credit": picture.credit,
            }
        summary = render_to_string(
            "news/feed_summary.html",
            {"post": post, "picture": picture, "picture_url": picture_data and picture_data["url"]},
        )
        feed.add_item(
            title=post.title,
            link=post.get_full_url(request),
            description=summary,
            pubdate=publication_datetime(post.date),
            updateddate=post.last_published_at or publication_datetime(post.date),
            unique_id=stable_guid(post),
            unique_id_is_permalink=False,
            categories=[
                topics[link.topic.translation_key].name
                for link in post.topic_links.all()
                if link.topic.translation_key in topics
            ],
            picture=picture_data,
        )
    return feed


def news_feed_response(index, request, kind):
    feed = build_feed(index, request, kind)
    response = HttpResponse(content_type=feed.content_type)
    feed.write(response, settings.DEFAULT_CHARSET)
    patch_cache_control(response, public=True, max_age=FEED_MAX_AGE)
    return response
