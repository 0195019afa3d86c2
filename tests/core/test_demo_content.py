"""The demo content command builds the whole frame and can be run again safely."""

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation

from core.models import FooterText, HomePage, SiteSettings
from demo import site as home_demo_content
from demo.management.commands import load_demo_content

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": Page.objects.count(),
        "locales": Locale.objects.count(),
        "footer_texts": FooterText.objects.count(),
        "sites": Site.objects.count(),
        "translations": Translation.objects.count(),
    }


def test_demo_content_builds_a_home_page_in_every_language():
    codes = set(HomePage.objects.live().values_list("locale__language_code", flat=True))

    assert codes == {code for code, _name in settings.LANGUAGES}
    assert Site.objects.get(is_default_site=True).root_page.specific.locale.language_code == "en"
    assert SiteSettings.for_site(Site.objects.get()).contact_email == "alliance@coe.int"


def test_translations_are_managed_by_wagtail_localize():
    # Translators find every translated page in sync with its English source.
    french_home = HomePage.objects.get(locale__language_code="fr")
    translation = Translation.objects.get(
        target_locale__language_code="fr", source__object_id=french_home.translation_key
    )

    assert translation.enabled


def test_running_the_command_again_changes_nothing():
    before = snapshot()

    call_command("load_demo_content")

    assert snapshot() == before


def test_running_again_keeps_an_editors_changes():
    about = Page.objects.get(slug="about", locale__language_code="en").specific
    about.title = "About us"
    about.save_revision().publish()

    call_command("load_demo_content")

    assert Page.objects.get(slug="about", locale__language_code="en").title == "About us"


def test_refresh_rebuilds_the_pages(monkeypatch):
    # The frame's own demo content only: the whole site takes a minute to build, and
    # each content area tests its own demo content.
    monkeypatch.setattr(load_demo_content, "demo_content_modules", lambda: [home_demo_content])
    about = Page.objects.get(slug="about", locale__language_code="en").specific
    about.title = "Changed by an editor"
    about.save_revision().publish()

    call_command("load_demo_content", "--refresh")

    rebuilt = Page.objects.get(slug="about", locale__language_code="en")
    assert rebuilt.pk != about.pk
    assert rebuilt.title == "About the Alliance"
    assert HomePage.objects.count() == len(settings.LANGUAGES)
