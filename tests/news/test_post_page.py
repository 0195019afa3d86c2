"""A news post as a visitor reads it: date in their language, picture with its credit,
body blocks, topics, the way back to the list."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from core.models import PublicationPage, StandardPage
from news.templatetags.news_tags import date_element, written_on
from tests.news.conftest import add_post

pytestmark = pytest.mark.django_db

KRAGUJEVAC = {
    "en": "/en/news/kragujevac-becomes-the-122nd-participant/",
    "fr": "/fr/actualites/kragujevac-devient-le-122e-participant/",
    "de": "/de/nachrichten/kragujevac-wird-122-teilnehmer/",
}
BROCHURE = {
    "en": "/en/news/new-information-brochure-in-12-languages/",
    "fr": "/fr/actualites/nouvelle-brochure-d-information-en-12-langues/",
    "it": "/it/notizie/new-information-brochure-in-12-languages/",
}
COUNCIL = {
    "en": "/en/news/council-of-europe-leaders-back-the-alliance/",
    "fr": "/fr/actualites/les-dirigeants-du-conseil-de-l-europe-soutiennent-l-alliance/",
    "de": "/de/nachrichten/die-spitze-des-europarats-unterstuetzt-die-allianz/",
}


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize(
    ("language", "shown"),
    [("en", "27 March 2014"), ("fr", "27 mars 2014"), ("de", "27. März 2014")],
)
def test_the_date_is_written_the_way_each_language_writes_it(client, language, shown):
    html = soup_of(client.get(COUNCIL[language]))

    time = html.select_one(".news-post__meta time")
    assert time["datetime"] == "2014-03-27"
    assert time.get_text() == shown
    # The words around the date are the language's own too.
    with translation.override(language):
        sentence = translation.gettext("Written on %(date)s") % {"date": shown}
    assert html.select_one(".news-post__meta").get_text() == sentence


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        ("en", "24 March 2014"),
        ("fr", "24 mars 2014"),
        ("de", "24. März 2014"),
        ("it", "24 marzo 2014"),
        ("es", "24 de marzo de 2014"),
        ("ro", "24 martie 2014"),
        ("bg", "24 март 2014\u202fг."),  # no line break before "г." (CLDR)
        ("hu", "2014. március 24."),
        ("sk", "24. marca 2014"),
        ("cs", "24. března 2014"),
        ("sr", "24. март 2014."),
    ],
)
def test_dates_in_every_language_follow_its_own_rules(language, shown):
    with translation.override(language):
        element = date_element(datetime.date(2014, 3, 24))

    assert element == f'<time datetime="2014-03-24">{shown}</time>'


def test_written_on_escapes_translations_but_keeps_the_time_element():
    with translation.override("en"):
        html = written_on(datetime.date(2013, 12, 13))

    assert html == 'Written on <time datetime="2013-12-13">13 December 2013</time>'


def test_the_post_shows_its_picture_with_alt_text_caption_and_credit(client):
    html = soup_of(client.get(KRAGUJEVAC["fr"]))

    lead = html.select_one(".news-post__picture")
    assert lead.img["alt"].startswith("Image de démonstration")
    assert lead.img.get("loading") is None  # the first thing seen is not loaded lazily
    caption = lead.figcaption.get_text(" ", strip=True)
    assert caption.startswith("Kragujevac, au centre de la Serbie.")
    assert "Délégation de l'UE en République de Serbie" in caption


def test_pictures_in_the_body_carry_their_credit_in_the_post_language(client):
    html = soup_of(client.get(KRAGUJEVAC["de"]))

    body_picture = html.select_one(".news-post__body figure.picture")
    assert body_picture.img["alt"] == "Demobild in Dunkel- und Hellblau, anstelle eines Fotos des Stadtzentrums"
    assert body_picture.img["loading"] == "lazy"
    assert body_picture.select_one(".picture__credit").get_text(strip=True) == (
        "Bild: EU-Delegation in der Republik Serbien"
    )


def test_a_body_picture_without_its_own_credit_shows_the_librarys(client, english_news, make_picture):
    picture = make_picture(credit="Council of Europe")
    picture.contextual_alt_text = "A square"
    picture.decorative = False
    post = add_post(
        english_news,
        title="Picture post",
        date="2014-04-01",
        body=[("picture", {"picture": picture, "caption": "A caption", "credit": ""})],
    )

    html = soup_of(client.get(post.url))

    credit = html.select_one(".news-post__body .picture__credit").get_text(strip=True)
    assert credit == "Picture: Council of Europe"


def test_every_body_block_renders(client, english_news, make_picture):
    # The embed is already known, so the page never asks the video site.
    Embed.objects.create(
        hash=get_embed_hash("https://www.youtube.com/watch?v=alliance"),
        url="https://www.youtube.com/watch?v=alliance",
        max_width=None,
        type="video",
        html='<iframe title="Launch of the Alliance" src="https://www.youtube-nocookie.com/embed/x"></iframe>',
        title="Launch",
        thumbnail_url="",
        width=640,
        height=360,
        last_updated=datetime.datetime(2014, 1, 1, tzinfo=datetime.UTC),
    )
    picture = make_picture(credit="Council of Europe")
    picture.contextual_alt_text = "A square"
    picture.decorative = False
    about = StandardPage.objects.get(slug="about", locale__language_code="en")
    post = add_post(
        english_news,
        title="Every block",
        date="2014-04-02",
        body=[
            ("heading", {"text": "A heading", "level": "h2"}),
            ("paragraph", "<p>A paragraph.</p>"),
            ("picture", {"picture": picture, "caption": "", "credit": ""}),
            ("quote", {"quote": "Inclusion starts locally.", "author": "A rapporteur", "author_role": "Congress"}),
            ("video", {"video": "https://www.youtube.com/watch?v=alliance", "title": "The launch"}),
            ("call_to_action", {"heading": "Join", "text": "", "page": about, "url": "", "link_label": "How"}),
        ],
    )

    body = soup_of(client.get(post.url)).select_one(".news-post__body")

    assert body.find("h2").get_text() == "A heading"
    assert body.select_one(".rich-text").get_text(strip=True) == "A paragraph."
    assert body.select_one("figure.picture img")["alt"] == "A square"
    assert body.select_one("figure.quote blockquote").get_text(strip=True) == "Inclusion starts locally."
    assert "A rapporteur" in body.select_one("figure.quote figcaption").get_text()
    assert body.select_one("figure.video iframe")["title"] == "Launch of the Alliance"
    assert body.select_one(".call-to-action a")["href"] == "/en/about/"


def test_the_document_block_offers_a_document_with_its_type(client, english_news):
    brochure = PublicationPage.objects.get(locale__language_code="en").document
    post = add_post(
        english_news,
        title="Document post",
        date="2014-04-03",
        body=[("document", {"document": brochure, "label": "The brochure in English"})],
    )

    links = soup_of(client.get(post.url)).select(".news-post__body .document-link")

    assert [link.a.get_text(strip=True) for link in links] == ["The brochure in English"]
    assert links[0].a["href"] == brochure.url
    assert "PDF" in links[0].select_one(".document-link__meta").get_text()


@pytest.mark.parametrize(
    ("post", "label", "target"),
    [
        (KRAGUJEVAC["fr"], "Comment adhérer", "/fr/adherer/"),
        (BROCHURE["fr"], "La brochure en 12 langues", "/fr/ressources/brochure-d-information/"),
        (BROCHURE["en"], "The brochure in 12 languages", "/en/resources/information-brochure/"),
        # Not translated into Italian: the English text, leading to the Italian brochure.
        (BROCHURE["it"], "The brochure in 12 languages", "/it/risorse/opuscolo-informativo/"),
    ],
)
def test_calls_to_action_lead_to_the_page_in_the_posts_language(client, post, label, target):
    link = soup_of(client.get(post)).select_one(".news-post__body .call-to-action a")

    assert (link.get_text(strip=True), link["href"]) == (label, target)
    assert client.get(target).status_code == 200


def test_the_brochure_post_leads_to_the_brochure_in_every_language(client):
    link = soup_of(client.get(BROCHURE["fr"])).select_one(".news-post__body .call-to-action a")

    brochure = soup_of(client.get(link["href"]))

    languages = [a["hreflang"] for a in brochure.select(".publication__languages a")]
    assert len(languages) == 12
    assert languages[0] == "fr"


def test_the_post_names_its_kind_and_its_topics_and_links_back(client):
    html = soup_of(client.get(COUNCIL["fr"]))

    assert html.select_one(".news-post__kind").get_text(strip=True) == "Actualité"
    topics = [(a.get_text(strip=True), a["href"]) for a in html.select(".news-post .topics a")]
    assert topics == [
        ("Congrès", "/fr/actualites/?topic=congress"),
        ("Institutions européennes", "/fr/actualites/?topic=european-institutions"),
    ]
    assert html.select_one(".news-post__back a")["href"] == "/fr/actualites/"


def test_the_language_switcher_leads_to_the_posts_translations(client):
    html = soup_of(client.get(KRAGUJEVAC["en"]))
    links = {a["lang"]: a for a in html.select("nav.language-switcher a")}

    assert links["fr"]["href"] == KRAGUJEVAC["fr"]
    assert links["de"]["href"] == KRAGUJEVAC["de"]
    # Not translated into Italian: the link opens the Italian alias of the post, which
    # shows the English text with a notice, and says so (the Italian news list leaves the
    # alias out, but it is there for the switcher).
    assert links["it"]["href"] == "/it/notizie/kragujevac-becomes-the-122nd-participant/"
    with translation.override("it"):
        expected = translation.gettext("not translated yet: shown in the original language")
    assert expected in links["it"].select_one(".language-switcher__note").get_text()
    italian = soup_of(client.get(links["it"]["href"]))
    assert italian.select_one("main .translation-notice")
