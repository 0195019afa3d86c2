"""What the site writes as text goes out gzip-compressed to clients that accept it, with
an ETag that answers a repeated request with 304 Not Modified."""

import gzip

import pytest
from django.http import HttpResponse

from alliance.middleware import TextCompressionMiddleware
from demo.pdf import simple_pdf
from events.models import EventPage
from news.models import NewsIndexPage
from participants.models import ParticipantIndexPage

pytestmark = pytest.mark.django_db

GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}


def text_addresses():
    news = NewsIndexPage.objects.live().get(locale__language_code="fr")
    directory = ParticipantIndexPage.objects.live().get(locale__language_code="en")
    event = EventPage.objects.live().filter(locale__language_code="en").first()
    return {
        "page": "/fr/",
        "feed": news.url + news.reverse_subpage("rss"),
        "calendar": event.url + event.reverse_subpage("ics"),
        "open data (JSON)": directory.url + directory.reverse_subpage("data_json"),
        "open data (CSV)": directory.url + directory.reverse_subpage("data_csv"),
        "sitemap": "/sitemap.xml",
    }


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_text_is_compressed_for_clients_that_accept_gzip(client):
    for kind, url in text_addresses().items():
        plain = client.get(url)
        compressed = client.get(url, **GZIP)

        assert compressed.status_code == 200, kind
        assert compressed["Content-Encoding"] == "gzip", kind
        assert "Accept-Encoding" in compressed["Vary"], kind
        unpacked = gzip.decompress(body(compressed))
        assert len(body(compressed)) < len(unpacked), kind
        assert unpacked == body(plain), kind


def test_nothing_is_compressed_for_clients_that_do_not_ask(client):
    for kind, url in text_addresses().items():
        assert not client.get(url).has_header("Content-Encoding"), kind


@pytest.mark.parametrize("content_type", ["application/pdf", "image/webp", "application/zip"])
def test_files_that_are_compressed_already_are_sent_as_they_are(rf, content_type):
    data = simple_pdf("Compression test", ["A document of the test's own."] * 50, "en")
    middleware = TextCompressionMiddleware(lambda request: HttpResponse(data, content_type=content_type))

    response = middleware(rf.get("/documents/1/brochure.pdf", **GZIP))

    assert not response.has_header("Content-Encoding")
    assert response.content == data


def test_the_same_body_as_text_is_compressed(rf):
    data = simple_pdf("Compression test", ["A document of the test's own."] * 50, "en")
    middleware = TextCompressionMiddleware(lambda request: HttpResponse(data, content_type="text/plain"))

    response = middleware(rf.get("/notes.txt", **GZIP))

    assert response["Content-Encoding"] == "gzip"
    assert gzip.decompress(response.content) == data


def test_a_repeated_request_with_the_etag_gets_304(client):
    first = client.get("/en/about/")
    etag = first["ETag"]

    again = client.get("/en/about/", HTTP_IF_NONE_MATCH=etag)

    assert again.status_code == 304
    assert again.content == b""


def test_the_etag_is_the_same_compressed_or_not(client):
    plain = client.get("/en/about/")
    compressed = client.get("/en/about/", **GZIP)

    # Compression makes it a weak validator, of the same body.
    assert compressed["ETag"].removeprefix("W/") == plain["ETag"].removeprefix("W/")
    assert client.get("/en/about/", HTTP_IF_NONE_MATCH=compressed["ETag"], **GZIP).status_code == 304


def test_a_changed_page_gets_a_new_etag(client, about_page):
    etag = client.get("/en/about/")["ETag"]
    about_page.introduction = "Changed by an editor."
    about_page.save_revision().publish()

    response = client.get("/en/about/", HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 200
    assert response["ETag"] != etag
