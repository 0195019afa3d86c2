"""The site has an icon: /favicon.ico answers (browsers ask for it on every first visit)."""

import pytest
from bs4 import BeautifulSoup


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.parametrize(
    ("address", "content_type", "signature"),
    [
        ("/favicon.ico", "image/", b"\x00\x00\x01\x00"),
        ("/apple-touch-icon.png", "image/png", b"\x89PNG"),
    ],
)
def test_the_icons_browsers_ask_for_at_the_root_are_served(client, address, content_type, signature):
    response = client.get(address)

    assert response.status_code == 200
    assert response["Content-Type"].startswith(content_type)
    assert body(response).startswith(signature)


@pytest.mark.django_db
def test_every_page_names_its_icons(client, english_home):
    html = BeautifulSoup(client.get(english_home.url).content, "html.parser")
    icons = {link["href"]: link for link in html.select('link[rel="icon"]')}

    assert "/favicon.ico" in icons
    svg = next(href for href, link in icons.items() if link.get("type") == "image/svg+xml")
    response = client.get(svg)
    assert response.status_code == 200
    assert b"<svg" in body(response)
    assert html.select_one('link[rel="apple-touch-icon"]')["href"] == "/apple-touch-icon.png"
