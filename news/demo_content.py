"""Demo content of the news: the index in every language, topics, pictures and posts."""

import datetime
import io

from django.conf import settings
from PIL import Image, ImageDraw
from wagtail.rich_text import RichText

from home.models import HomePage, SiteImage, StandardPage
from news import demo_texts as texts
from news.models import NewsIndexPage, NewsPage, NewsPageTopic, Topic

ORDER = 20


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


def brochure_pdf(heading):
    """A one-page PDF drawn with Pillow: a stand-in for the real brochure."""
    page = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    draw.rectangle([0, 0, 1240, 300], fill="#0b3d91")
    draw.text((80, 120), heading, fill="white", font_size=40)
    draw.text((80, 400), "Demo document generated for the Alliance platform.", fill="black", font_size=32)
    buffer = io.BytesIO()
    page.save(buffer, format="PDF")
    return buffer.getvalue()


def ensure_brochures(builder):
    return {
        language: builder.document(title, f"alliance-brochure-{language}.pdf", brochure_pdf(heading))
        for language, (title, heading) in texts.BROCHURES.items()
    }


def picture_block(picture, alt_text, caption, credit):
    # The native value of an ImageBlock is the image carrying its alt text for this use.
    image = SiteImage.objects.get(pk=picture.pk)
    image.contextual_alt_text = alt_text
    image.decorative = False
    return ("picture", {"picture": image, "caption": caption, "credit": credit})


def build_body(items, pictures, documents, join_page):
    blocks = []
    for kind, *values in items:
        if kind == "paragraph":
            blocks.append(("paragraph", RichText(f"<p>{values[0]}</p>")))
        elif kind == "heading":
            blocks.append(("heading", {"text": values[0], "level": "h2"}))
        elif kind == "picture":
            key, alt_text, caption, credit = values
            blocks.append(picture_block(pictures[key], alt_text, caption, credit))
        elif kind == "cta":
            heading, text, label = values
            blocks.append(
                (
                    "call_to_action",
                    {"heading": heading, "text": text, "page": join_page, "url": "", "link_label": label},
                )
            )
        elif kind == "document":
            language, label = values
            blocks.append(("document", {"document": documents[language], "label": label}))
    return blocks


def build_post(data, topics, pictures, documents, join_page):
    post = NewsPage(
        title=data["title"],
        slug=data["slug"],
        date=datetime.date.fromisoformat(data["date"]),
        teaser=data["teaser"],
        body=build_body(data["body"], pictures, documents, join_page),
        topic_links=[NewsPageTopic(topic=topics[slug]) for slug in data["topics"]],
    )
    if "picture" in data:
        key, caption, credit = data["picture"]
        post.listing_picture = pictures[key]
        post.listing_picture_alt_text = data["alt"]
        post.listing_picture_caption = caption
        post.listing_picture_credit = credit
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
            strings.update(zip(values, translated, strict=True))
        elif kind == "document":
            strings[values[1]] = translated
    return strings


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
    documents = ensure_brochures(builder)
    join_page = StandardPage.objects.filter(slug="join", locale=english).first()

    for data in texts.POSTS:
        post = builder.child_page(index, build_post(data, topics, pictures, documents, join_page))
        builder.translate_all(post, {code: post_strings(data, code) for code in ("fr", "de") if code in data})
