"""Machine translation: the service chosen by the environment, and the offline stand-in at work."""

import pytest
from django.conf import settings
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue

from alliance.settings.machine_translation import DEEPL, LIBRETRANSLATE, OFFLINE_STAND_IN, machine_translator_config
from localization.machine import DeepLTranslator, LibreTranslator, OfflineStandInTranslator
from localization.operations import machine_fill, publish_translation
from tests.fresh_settings import load_settings, production_settings
from tests.localization.conftest import page_in


def test_deepl_is_used_when_its_key_is_set():
    config = machine_translator_config({"DEEPL_API_KEY": "secret:fx", "LIBRETRANSLATE_URL": "https://lt.example.org"})

    assert config["CLASS"] == DEEPL
    assert config["OPTIONS"]["AUTH_KEY"] == "secret:fx"
    assert config["OPTIONS"]["UNSUPPORTED_LANGUAGES"] == ["rom"]


def test_libretranslate_is_used_when_its_address_is_set():
    config = machine_translator_config(
        {"LIBRETRANSLATE_URL": "https://lt.example.org/", "LIBRETRANSLATE_API_KEY": "k", "DEEPL_API_KEY": " "}
    )

    assert config == {
        "CLASS": LIBRETRANSLATE,
        "OPTIONS": {
            "LIBRETRANSLATE_URL": "https://lt.example.org",
            "API_KEY": "k",
            "UNSUPPORTED_LANGUAGES": ["rom"],
            "TIMEOUT": 30,
        },
    }


def test_no_machine_translator_without_a_service():
    assert machine_translator_config({}) is None
    assert machine_translator_config({"DEEPL_API_KEY": " ", "MACHINE_TRANSLATION_UNSUPPORTED": "rom,sr"}) is None


def test_the_offline_stand_in_takes_the_place_of_a_missing_service_when_asked():
    assert machine_translator_config({}, stand_in=True) == {"CLASS": OFFLINE_STAND_IN, "OPTIONS": {}}
    assert machine_translator_config({"DEEPL_API_KEY": "k"}, stand_in=True)["CLASS"] == DEEPL


def machine_translator_under(settings_module, environment=None):
    """The machine translator settings under this environment, and the translator
    wagtail-localize makes of them."""
    if settings_module == "production":
        config = production_settings(environment).WAGTAILLOCALIZE_MACHINE_TRANSLATOR
    else:
        config = load_settings(
            f"alliance.settings.{settings_module}", environment or {}
        ).WAGTAILLOCALIZE_MACHINE_TRANSLATOR
    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=config):
        return f"{config and config['CLASS']} {type(get_machine_translator()).__name__}"


def test_production_offers_no_machine_translator_until_a_service_is_configured():
    assert machine_translator_under("production") == "None NoneType"


def test_production_uses_deepl_when_its_key_is_set():
    assert machine_translator_under("production", {"DEEPL_API_KEY": "k:fx"}) == f"{DEEPL} DeepLTranslator"


def test_development_falls_back_to_the_stand_in():
    assert machine_translator_under("dev") == f"{OFFLINE_STAND_IN} OfflineStandInTranslator"
    assert machine_translator_under("dev", {"DEEPL_API_KEY": "from-the-environment"}) == f"{DEEPL} DeepLTranslator"


def test_tests_run_with_the_stand_in_whatever_the_environment():
    assert isinstance(get_machine_translator(), OfflineStandInTranslator)


@pytest.mark.django_db
def test_services_decline_languages_they_cannot_translate(locales):
    deepl = DeepLTranslator({"AUTH_KEY": "x", "UNSUPPORTED_LANGUAGES": ["rom"]})
    libre = LibreTranslator(
        {"LIBRETRANSLATE_URL": "https://lt.example.org", "API_KEY": "", "UNSUPPORTED_LANGUAGES": ["rom"]}
    )

    for translator in (deepl, libre):
        assert translator.can_translate(locales["en"], locales["fr"])
        assert not translator.can_translate(locales["en"], locales["rom"])
        assert not translator.can_translate(locales["en"], locales["en"])


@pytest.mark.django_db
def test_the_stand_in_marks_its_output_and_keeps_markup(locales):
    source = StringValue('Read <a id="a1">the report</a> of 2014.')

    result = OfflineStandInTranslator({}).translate(locales["en"], locales["fr"], [source])

    assert result[source].data == '[fr · machine stand-in] Read <a id="a1">the report</a> of 2014.'


@pytest.mark.django_db
def test_the_stand_in_fills_a_translation_through_wagtail_localize_editor(translator_client):
    french = page_in("fr", "about")
    translation = Translation.objects.get(source__object_id=french.translation_key, target_locale=french.locale)
    # Forget the French strings, as if the page had just been submitted for translation.
    StringTranslation.objects.filter(context__object_id=french.translation_key, locale=french.locale).delete()

    response = translator_client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": "/admin/"}
    )

    assert response.status_code == 302
    filled = StringTranslation.objects.filter(context__object_id=french.translation_key, locale=french.locale)
    assert filled.exists()
    assert all(text.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE for text in filled)
    assert all(text.data.startswith("[fr · machine stand-in] ") for text in filled)
    assert filled.get(context__path="title").data == "[fr · machine stand-in] About the Alliance"


@pytest.mark.django_db
def test_machine_fill_never_overwrites_a_persons_translation():
    french = page_in("fr", "about")
    translation = Translation.objects.get(source__object_id=french.translation_key, target_locale=french.locale)
    before = dict(
        StringTranslation.objects.filter(context__object_id=french.translation_key, locale=french.locale).values_list(
            "context__path", "data"
        )
    )
    StringTranslation.objects.filter(
        context__object_id=french.translation_key, locale=french.locale, context__path="introduction"
    ).delete()

    filled = machine_fill(translation)

    after = dict(
        StringTranslation.objects.filter(context__object_id=french.translation_key, locale=french.locale).values_list(
            "context__path", "data"
        )
    )
    assert filled == 1
    assert after["introduction"].startswith("[fr · machine stand-in]")
    assert {path: text for path, text in after.items() if path != "introduction"} == {
        path: text for path, text in before.items() if path != "introduction"
    }


@pytest.mark.django_db
def test_no_machine_translation_into_the_source_language():
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)

    assert not OfflineStandInTranslator({}).can_translate(english, english)


def english_news_post(slug):
    from news.models import NewsIndexPage, NewsPage

    index = NewsIndexPage.objects.live().get(locale__language_code="en")
    post = NewsPage(title="Mayors sign the charter", slug=slug, teaser="Twelve mayors signed it.")
    index.add_child(instance=post)
    post.save_revision().publish()
    return post


def german_of(page):
    return Page.objects.get(translation_key=page.translation_key, locale__language_code="de").specific


@pytest.mark.django_db
def test_machine_translation_in_wagtail_localize_editor_keeps_the_address(superuser_client, superuser):
    post = english_news_post("mayors-sign-the-charter")
    german = Locale.objects.get(language_code="de")
    superuser_client.post(reverse("wagtail_localize:submit_page_translation", args=[post.pk]), {"locales": [german.pk]})
    translation = Translation.objects.get(source__object_id=post.translation_key, target_locale=german)

    response = superuser_client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": "/admin/"}
    )
    publish_translation(translation, superuser)

    assert response.status_code == 302
    page = german_of(post)
    assert page.title == "[de · machine stand-in] Mayors sign the charter"
    assert page.slug == "mayors-sign-the-charter"
    assert page.url_path.endswith("/mayors-sign-the-charter/")
    # The address is left for a person to translate, not filled by the machine.
    assert not StringTranslation.objects.filter(
        context__object_id=post.translation_key, context__path="slug", locale=german
    ).exists()


@pytest.mark.django_db
def test_machine_translation_in_a_bulk_action_keeps_the_address(superuser_client):
    post = english_news_post("mayors-sign-the-charter-again")
    german = Locale.objects.get(language_code="de")

    superuser_client.post(
        reverse("translation:translate"),
        {"page": post.pk, "locales": [german.pk], "machine_translate": "on", "publish": "on"},
    )

    page = german_of(post)
    assert page.live
    assert page.title == "[de · machine stand-in] Mayors sign the charter"
    assert page.slug == "mayors-sign-the-charter-again"


@pytest.mark.django_db
def test_a_person_may_still_translate_the_address(superuser):
    post = english_news_post("mayors-sign-the-charter-too")
    german = Locale.objects.get(language_code="de")
    source, _created = TranslationSource.get_or_create_from_instance(post)
    translation = Translation.objects.create(source=source, target_locale=german)
    slug = StringSegment.objects.get(source=source, context__path="slug")
    StringTranslation.objects.create(
        translation_of=slug.string, locale=german, context=slug.context, data="Bürgermeister unterzeichnen"
    )

    machine_fill(translation, superuser)
    publish_translation(translation, superuser)

    assert german_of(post).slug == "burgermeister-unterzeichnen"


@pytest.mark.django_db
def test_without_a_service_no_machine_translation_is_offered(superuser_client):
    english = page_in("en", "join")
    italian = Locale.objects.get(language_code="it")
    editor_url = reverse("wagtailadmin_pages:edit", args=[page_in("fr", "about").pk])
    assert "Offline stand-in" in superuser_client.get(editor_url).content.decode()

    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=None):
        form = superuser_client.get(reverse("translation:translate"))
        editor = superuser_client.get(editor_url)
        refused = superuser_client.post(
            reverse("translation:translate"), {"page": english.pk, "locales": [italian.pk], "machine_translate": "on"}
        )

    assert 'name="machine_translate"' not in form.content.decode()
    assert "Offline stand-in" not in editor.content.decode()
    assert refused.status_code == 200
    assert "no machine translation service is configured" in refused.content.decode()
    assert not Page.objects.filter(translation_key=english.translation_key, locale=italian, alias_of__isnull=True)
