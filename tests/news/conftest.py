"""Fixtures of the news tests: the demo's news indexes, and posts made to measure."""

import datetime
import io
import itertools

import pytest
from django.core.files.images import ImageFile
from PIL import Image

from core.models import SiteImage
from news.models import NewsIndexPage, NewsPage, NewsPageTopic, Topic

_numbers = itertools.count(1)


@pytest.fixture
def news_indexes(db):
    """The live news index of every language, by language code."""
    return {index.locale.language_code: index for index in NewsIndexPage.objects.live().select_related("locale")}


@pytest.fixture
def english_news(news_indexes):
    return news_indexes["en"]


@pytest.fixture
def french_news(news_indexes):
    return news_indexes["fr"]


def small_picture(title="Test picture", credit="Test Photographer", colour="#0b3d91"):
    """A tiny picture, so that its renditions are quick to make."""
    buffer = io.BytesIO()
    Image.new("RGB", (48, 27), colour).save(buffer, format="PNG")
    picture = SiteImage(title=title, credit=credit, description=f"{title}, a plain square of colour")
    picture.file = ImageFile(buffer, name=f"picture-{next(_numbers)}.png")
    picture.save()
    return picture


@pytest.fixture
def make_picture(db):
    return small_picture


def add_post(index, *, title, date, publish=True, topics=(), picture=None, **fields):
    """A post below `index`. With publish=False it is saved live without a revision,
    which is how a test makes hundreds of them quickly."""
    post = NewsPage(
        title=title,
        slug=fields.pop("slug", None) or f"post-{next(_numbers)}",
        date=date if isinstance(date, datetime.date) else datetime.date.fromisoformat(date),
        teaser=fields.pop("teaser", f"What happened: {title}."),
        picture=picture,
        topic_links=[NewsPageTopic(topic=topic) for topic in topics],
        locale=index.locale,
        **fields,
    )
    index.add_child(instance=post)
    if publish:
        post.save_revision().publish()
    return post


@pytest.fixture
def make_post(db):
    return add_post


@pytest.fixture
def empty_news(english_news):
    """The English news index without its demo posts."""
    for post in NewsPage.objects.child_of(english_news):
        post.delete()
    english_news.refresh_from_db()  # numchild has changed
    return english_news


@pytest.fixture
def topics(db):
    """The demo's English topics, by slug."""
    return {topic.slug: topic for topic in Topic.objects.filter(locale__language_code="en")}
