"""Demo content of the news: the index in every language, topics, pictures and posts."""

import datetime

from django.conf import settings
from wagtail.rich_text import RichText

from core.models import HomePage, SiteImage
from demo import news_texts as texts
from events.models import EventPage
from news.models import NewsIndexPage, NewsPage, NewsPageEvent, NewsPageParticipant, NewsPageTopic, Topic
from participants.models import ParticipantPage

# After participants and events, which posts link.
# Every post is in English and French, a few in German too (see demo/news_texts.py).
TRANSLATED_INTO = ("fr", "de")


def ensure_topics(builder):
    english = builder.locales[settings.LANGUAGE_CODE]
    topics = {}
    for slug, names in texts.TOPICS.items():
        topic = Topic.objects.filter(slug=slug, locale=english).first()
        if topic is None:
            topic = Topic.objects.create(slug=slug, name=names[settings.LANGUAGE_CODE], locale=english)
        builder.translate_all(topic, {code: {names["en"]: name} for code, name in names.items()})
        topics[slug] = topic
    return topics


def picture_block(picture, alt_text, caption, credit):
    # The native value of an ImageBlock is the image carrying its alt text for this use.
    image = SiteImage.objects.get(pk=picture.pk)
    image.contextual_alt_text = alt_text
    image.decorative = False
    return ("picture", {"picture": image, "caption": caption, "credit": credit})


def build_body(items, pictures, cta_pages):
    blocks = []
    for kind, *values in items:
        if kind == "paragraph":
            blocks.append(("paragraph", RichText(f"<p>{values[0]}</p>")))
        elif kind == "heading":
            blocks.append(("heading", {"text": values[0], "level": "h2"}))
        elif kind == "picture":
            key, alt_text, caption, credit = values
            blocks.append(picture_block(pictures[key], alt_text, caption, credit))
        elif kind == "cta" and cta_pages.get(values[0]) is not None:
            page_key, heading, text, label = values
            blocks.append(
                (
                    "call_to_action",
                    {"heading": heading, "text": text, "page": cta_pages[page_key], "url": "", "link_label": label},
                )
            )
    return blocks


def build_post(builder, data, topics, pictures, cta_pages):
    post = NewsPage(
        title=data["title"],
        slug=data["slug"],
        date=datetime.date.fromisoformat(data["date"]),
        teaser=data["teaser"],
        body=build_body(data["body"], pictures, cta_pages),
        topic_links=[NewsPageTopic(topic=topics[slug]) for slug in data["topics"]],
        participant_links=[
            NewsPageParticipant(participant=page)
            for page in builder.english_pages(ParticipantPage, data.get("participants", []))
        ],
        event_links=[NewsPageEvent(event=page) for page in builder.english_pages(EventPage, data.get("events", []))],
    )
    if "picture" in data:
        key, caption, credit = data["picture"]
        post.picture = pictures[key]
        post.picture_alt_text = data["alt"]
        post.picture_caption = caption
        post.picture_credit = credit
    return post


def post_strings(data, language):
    """The English texts of a post mapped to their translation, as wagtail-localize segments them."""
    translation = data[language]
    strings = {
        data["title"]: translation["title"],
        data["slug"]: translation["slug"],
        data["teaser"]: translation["teaser"],
    }
    if "picture" in data:
        _key, caption, credit = data["picture"]
        strings[data["alt"]] = translation["alt"]
        strings[caption] = translation["picture"][0]
        if credit:
            strings[credit] = translation["picture"][1]
    for (kind, *values), translated in zip(data["body"], translation["body"], strict=True):
        if kind in ("paragraph", "heading"):
            strings[values[0]] = translated
        elif kind == "picture":
            _key, alt_text, caption, credit = values
            strings.update(zip((alt_text, caption, credit), translated, strict=True))
        elif kind == "cta":
            _page_key, *words = values
            strings.update(zip(words, translated, strict=True))
    return strings


def post_translations(data):
    """The post's texts in each language the demo translates it into, by language code."""
    return {code: post_strings(data, code) for code in TRANSLATED_INTO if code in data}


def find_cta_pages(builder, home):
    """The English pages the posts' calls to action lead to, by key (see `CTA_PAGES`).

    They are made by the other parts of the demo (the form by `demo.applications`, the
    brochure by `demo.site`); whatever their page type, they are found by their address.
    A call to action whose page is not there (an editor removed it) is left out.
    """
    pages = {}
    for key, slugs in texts.CTA_PAGES.items():
        page = home
        for slug in slugs:
            page = page.get_children().filter(slug=slug).first() if page is not None else None
        if page is None:
            builder.log(f"No page at /{'/'.join(slugs)}/: the news posts leave out their call to action to it.")
        pages[key] = page
    return pages


def load(builder):
    builder.ensure_locales()
    english = builder.locales[settings.LANGUAGE_CODE]
    home = HomePage.objects.get(locale=english)

    index = builder.child_page(home, NewsIndexPage(**texts.INDEX, show_in_menus=True))
    builder.translate_all(
        index,
        {
            code: {texts.INDEX["title"]: title, texts.INDEX["slug"]: slug, texts.INDEX["introduction"]: introduction}
            for code, (title, slug, introduction) in texts.INDEX_TRANSLATIONS.items()
        },
    )

    topics = ensure_topics(builder)
    pictures = {key: builder.picture(**picture) for key, picture in texts.PICTURES.items()}
    cta_pages = find_cta_pages(builder, home)

    for data in texts.POSTS:
        post = builder.child_page(index, build_post(builder, data, topics, pictures, cta_pages))
        builder.translate_all(post, post_translations(data))
