"""Machine translation: the service chosen by the environment, and the offline stand-in at work."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringTranslation, Translation
from wagtail_localize.strings import StringValue

from home.translation.config import DEEPL, LIBRETRANSLATE, OFFLINE_STAND_IN, machine_translator_config
from home.translation.machine import DeepLTranslator, LibreTranslator, OfflineStandInTranslator
from home.translation.operations import machine_fill
from tests.translation.conftest import page_in

ROOT = Path(__file__).resolve().parent.parent.parent


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


def test_the_offline_stand_in_is_used_otherwise():
    assert machine_translator_config({}) == {"CLASS": OFFLINE_STAND_IN, "OPTIONS": {}}
    assert machine_translator_config({"MACHINE_TRANSLATION_UNSUPPORTED": "rom,sr"})["CLASS"] == OFFLINE_STAND_IN


def test_the_settings_read_the_environment():
    environment = {
        key: value for key, value in os.environ.items() if key not in {"DEEPL_API_KEY", "LIBRETRANSLATE_URL"}
    }
    environment |= {"DJANGO_SETTINGS_MODULE": "alliance.settings.dev", "DEEPL_API_KEY": "from-the-environment"}
    code = "from django.conf import settings; print(settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR['CLASS'])"

    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == DEEPL


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
