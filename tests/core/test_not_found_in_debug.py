"""`make run` (DEBUG on) shows the site's own translated 404 page, not Django's technical one."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation


@pytest.mark.django_db
@pytest.mark.parametrize("debug", [True, False])
def test_a_missing_page_shows_the_sites_french_404_page(client, settings, debug):
    settings.DEBUG = debug

    response = client.get("/fr/nope/")

    assert response.status_code == 404
    html = BeautifulSoup(response.content, "html.parser")
    assert html.html["lang"] == "fr"
    with translation.override("fr"):
        assert html.find("h1").get_text(strip=True) == translation.gettext("Page not found")
    assert html.select_one("a.site-header__brand")["href"] == "/fr/"
    assert "URLconf" not in response.content.decode()


@pytest.mark.django_db
def test_server_errors_keep_the_debug_page_in_debug(client, settings, monkeypatch):
    from core.models import HomePage

    settings.DEBUG = True

    def broken(self, request, *args, **kwargs):
        raise RuntimeError("a bug to look at")

    monkeypatch.setattr(HomePage, "serve", broken)
    with pytest.raises(RuntimeError, match="a bug to look at"):
        client.get("/fr/")
