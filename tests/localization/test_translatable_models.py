"""Every page type and translatable snippet, whichever app adds it, is covered: words are
translated, facts (dates, numbers, coordinates, countries, addresses) are synchronised, and
pictures and documents are synchronised but each language may replace them."""

import re

import pytest
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.fields import RichTextField, StreamField
from wagtail.models import DraftStateMixin, Page, TranslatableMixin, WorkflowMixin, get_page_models
from wagtail_localize.fields import SynchronizedField, TranslatableField, get_translatable_fields

from core.models import PublicationPage
from core.models.language_workflow import LanguageWorkflowMixin
from localization.coverage import page_type_choices
from localization.permissions import translatable_snippet_models
from localization.workflows import TRANSLATOR_PAGE_PERMISSIONS

# Names that hold facts, not words: keys, codes, coordinates, numbers, places on a map.
FACT_NAMES = re.compile(
    r"(^|_)(clean_name|country|countries|code|iso|lat|lng|lon|latitude|longitude|coordinates?|geo|"
    r"postcode|postal|zip|phone|fax|number|count|year|date|time|url|email|slug_source)($|_)"
)
WORD_FIELDS = (models.CharField, models.TextField, RichTextField, StreamField)


def page_models():
    return [model for model in get_page_models() if model is not Page]


def translatable_models():
    return page_models() + translatable_snippet_models()


def fields_of(model):
    """(model, translatable field) pairs, including those of child relations (form fields…)."""
    pairs = []
    for translatable in get_translatable_fields(model):
        field = model._meta.get_field(translatable.field_name)
        if isinstance(field, models.ManyToOneRel) and isinstance(field.remote_field, ParentalKey):
            pairs += [(field.related_model, child) for child in get_translatable_fields(field.related_model)]
        else:
            pairs.append((model, translatable))
    return pairs


def label(model, translatable):
    return f"{model._meta.label}.{translatable.field_name}"


@pytest.mark.parametrize("model", translatable_models(), ids=lambda model: model._meta.label)
def test_only_words_are_translated(model):
    for owner, translatable in fields_of(model):
        if not isinstance(translatable, TranslatableField):
            continue
        field = owner._meta.get_field(translatable.field_name)
        if isinstance(field, models.ForeignKey):
            # A chosen snippet is translated with the page (its own translation is used).
            assert issubclass(field.related_model, TranslatableMixin), label(owner, translatable)
            continue
        if field.name in {"title", "slug", "seo_title", "search_description", "draft_title"}:
            continue
        assert isinstance(field, WORD_FIELDS) or hasattr(field, "get_translatable_segments"), (
            f"{label(owner, translatable)} is translated but holds no words"
        )
        assert not FACT_NAMES.search(field.name), (
            f"{label(owner, translatable)} looks like a fact (a key, code, number or place) but translators "
            "could change it per language: declare it synchronised in the model's translatable_fields"
        )


@pytest.mark.parametrize("model", translatable_models(), ids=lambda model: model._meta.label)
def test_facts_are_synchronised(model):
    facts = (
        models.DateField,
        models.DateTimeField,
        models.TimeField,
        models.IntegerField,
        models.DecimalField,
        models.FloatField,
        models.BooleanField,
        models.URLField,
        models.EmailField,
    )
    for owner, translatable in fields_of(model):
        field = owner._meta.get_field(translatable.field_name)
        if isinstance(field, facts) or (isinstance(field, models.CharField) and field.choices):
            assert isinstance(translatable, SynchronizedField), f"{label(owner, translatable)} must be synchronised"


@pytest.mark.django_db
@pytest.mark.parametrize("model", translatable_models(), ids=lambda model: model._meta.label)
def test_pictures_and_documents_are_synchronised_and_replaceable(model):
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    media = (get_document_model(), get_image_model())
    for owner, translatable in fields_of(model):
        field = owner._meta.get_field(translatable.field_name)
        if isinstance(field, models.ForeignKey) and issubclass(field.related_model, media):
            assert isinstance(translatable, SynchronizedField), label(owner, translatable)
            assert translatable.is_overridable(owner()), f"{label(owner, translatable)}: a language cannot replace it"


@pytest.mark.django_db
def test_the_brochure_file_is_replaceable_per_language():
    document = next(field for field in get_translatable_fields(PublicationPage) if field.field_name == "document")

    assert isinstance(document, SynchronizedField)
    assert document.is_overridable(PublicationPage())


@pytest.mark.django_db
def test_the_dashboard_offers_every_page_type():
    from django.contrib.contenttypes.models import ContentType

    offered = {content_type_id for content_type_id, _label in page_type_choices()}

    assert offered == {ContentType.objects.get_for_model(model).pk for model in page_models()}


@pytest.mark.django_db
@pytest.mark.parametrize("model", translatable_snippet_models(), ids=lambda model: model._meta.label)
def test_no_translator_edit_of_a_snippet_goes_live_without_approval(model):
    """Snippets that can hold drafts follow their language's workflow; translators get no
    change permission on the others (approvers translate those)."""
    from localization.workflows import _snippet_permissions

    translator_codenames = {permission.codename for permission in _snippet_permissions(approver=False)}
    can_change = f"change_{model._meta.model_name}" in translator_codenames
    if can_change:
        assert issubclass(model, DraftStateMixin), model
        assert issubclass(model, WorkflowMixin), model
        assert issubclass(model, LanguageWorkflowMixin), f"{model} must follow its language's workflow"


def test_translators_edit_pages_but_do_not_publish_them():
    assert "publish_page" not in TRANSLATOR_PAGE_PERMISSIONS
    assert "change_page" in TRANSLATOR_PAGE_PERMISSIONS
