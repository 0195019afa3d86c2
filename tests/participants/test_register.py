"""The accession register: numbers given once, in order, never reused, the same in
every language, and changed only by administrators."""

import datetime

import pytest
from django.conf import settings
from django.db.models import Max
from django.test import Client
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.models import TranslationSource

from participants.models import AccessionRegisterEntry, ParticipantPage, ParticipantStatus
from participants.models.register import CHANGE_ACCESSION_NUMBER_PERMISSION

pytestmark = pytest.mark.django_db


@pytest.fixture
def highest_number(db):
    return AccessionRegisterEntry.objects.aggregate(highest=Max("number"))["highest"]


def translate(page, language_code):
    """Translate a page into `language_code` the way wagtail-localize does in the admin."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    locale = Locale.objects.get(language_code=language_code)
    source.create_or_update_translation(locale, publish=False, fallback=True)
    return page.get_translation(locale).specific


def test_demo_participants_carry_their_historical_numbers():
    numbers = dict(ParticipantPage.objects.filter(locale__language_code="en").values_list("slug", "accession_number"))
    assert numbers["paris"] == 121
    assert numbers["kragujevac"] == 122
    assert numbers["tivat"] == 127
    assert numbers["andalusia"] == 129
    assert numbers["reggio-calabria"] == 130
    # ...and the same in every language.
    kragujevac = ParticipantPage.objects.get(slug="kragujevac", locale__language_code="en")
    versions = ParticipantPage.objects.filter(translation_key=kragujevac.translation_key)
    # (translations in French and Serbian, the English page's aliases elsewhere)
    assert {page.locale.language_code: page.accession_number for page in versions} == {
        code: 122 for code, _name in settings.LANGUAGES
    }


def test_numbers_are_given_in_order_of_first_publication(make_participant, highest_number):
    first = make_participant("Firsttown")
    second = make_participant("Secondtown")
    draft = make_participant("Drafttown", publish=False)

    assert first.accession_number == highest_number + 1
    assert second.accession_number == highest_number + 2
    assert draft.accession_number is None  # only publication gives a number

    draft.get_latest_revision().publish()
    draft.refresh_from_db()
    assert draft.accession_number == highest_number + 3


def test_number_is_not_reused_after_a_withdrawal_and_a_new_accession(make_participant, highest_number):
    leaving = make_participant("Leavingtown")
    staying = make_participant("Stayingtown")

    leaving.status = ParticipantStatus.WITHDRAWN
    leaving.withdrawal_date = datetime.date(2016, 5, 1)
    leaving.save_revision().publish()
    newcomer = make_participant("Newtown")

    leaving.refresh_from_db()
    staying.refresh_from_db()
    assert leaving.status == ParticipantStatus.WITHDRAWN
    assert (leaving.accession_number, staying.accession_number) == (highest_number + 1, highest_number + 2)
    assert newcomer.accession_number == highest_number + 3


def test_number_is_not_reused_after_a_participant_is_deleted(make_participant, highest_number):
    gone = make_participant("Gonetown")
    gone.delete()

    newcomer = make_participant("Newtown")

    assert newcomer.accession_number == highest_number + 2
    assert AccessionRegisterEntry.objects.filter(number=highest_number + 1, name="Gonetown").exists()


def test_republishing_and_unpublishing_keep_the_number(make_participant):
    page = make_participant("Steadytown")
    number = page.accession_number

    page.unpublish()
    page.get_latest_revision().publish()
    page.title = "Steadytown on Sea"
    page.save_revision().publish()

    page.refresh_from_db()
    assert page.accession_number == number
    assert AccessionRegisterEntry.objects.filter(translation_key=page.translation_key).count() == 1


def test_an_old_revision_cannot_bring_back_an_old_number(make_participant, administrator):
    page = make_participant("Revertville")
    old_revision = page.latest_revision
    page.register(500, change=True)

    old_revision.publish(user=administrator)

    page.refresh_from_db()
    assert page.accession_number == 500


def test_translations_share_the_number_and_never_take_a_new_one(make_participant, highest_number):
    page = make_participant("Bilingual")
    french = translate(page, "fr")
    assert french.accession_number == page.accession_number  # a draft translation shows it already

    french.get_latest_revision().publish()
    french.refresh_from_db()

    assert french.accession_number == highest_number + 1
    assert AccessionRegisterEntry.objects.filter(translation_key=page.translation_key).count() == 1
    assert make_participant("Next").accession_number == highest_number + 2


def test_a_translation_published_before_its_source_takes_the_number_for_both(make_participant, highest_number):
    page = make_participant("Draftsource", publish=False)
    french = translate(page, "fr")

    french.get_latest_revision().publish()
    page.get_latest_revision().publish()

    page.refresh_from_db()
    french.refresh_from_db()
    assert page.accession_number == french.accession_number == highest_number + 1


def test_a_copy_is_a_new_participant(make_participant, highest_number):
    original = make_participant("Original")

    draft_copy = original.copy(update_attrs={"slug": "draft-copy", "title": "Draft copy"}, keep_live=False)
    live_copy = original.copy(update_attrs={"slug": "live-copy", "title": "Live copy"})

    assert draft_copy.specific.accession_number is None
    assert live_copy.specific.accession_number == highest_number + 2  # published as it was copied
    draft_copy.specific.save_revision().publish()
    draft_copy.refresh_from_db()
    assert draft_copy.specific.accession_number == highest_number + 3


def test_an_imported_number_is_kept_when_free_and_replaced_when_taken(english_directory, make_participant):
    imported = make_participant("Oldtown", publish=False)
    imported.register(7)
    imported.get_latest_revision().publish()
    imported.refresh_from_db()
    assert imported.accession_number == 7

    clash = make_participant("Clashtown", publish=False)
    clash.register(121)  # Paris's
    assert clash.accession_number != 121


# --- Who may change a number -----------------------------------------------------


def edit_form_data(page, **changes):
    values = {
        "title": page.title,
        "slug": page.slug,
        "official_name": page.official_name,
        "official_name_language": page.official_name_language,
        "kind": page.kind,
        "country": page.country.code,
        "accession_date": page.accession_date.isoformat(),
        "accession_number": page.accession_number or "",
        "status": page.status,
        "withdrawal_date": "",
        "latitude": str(page.latitude),
        "longitude": str(page.longitude),
        "website": page.website,
        "emblem": page.emblem_id or "",
        "letter_of_accession": page.letter_of_accession_id or "",
        "body": streamfield([("paragraph", rich_text("<p>Edited in a test.</p>"))]),
        "comments": inline_formset([]),
        "seo_title": "",
        "search_description": "",
        "action-publish": "publish",
    }
    values.update(changes)
    return nested_form_data(values)


def post_edit(user, page, **changes):
    client = Client()
    client.force_login(user)
    return client.post(f"/admin/pages/{page.pk}/edit/", edit_form_data(page, **changes))


def test_an_editor_cannot_change_a_number(editor):
    paris = ParticipantPage.objects.get(slug="paris", locale__language_code="en")
    assert not editor.has_perm(CHANGE_ACCESSION_NUMBER_PERMISSION)

    response = post_edit(editor, paris, accession_number=1, title="Paris (edited)")

    assert response.status_code == 302  # the edit itself went through...
    paris.refresh_from_db()
    assert paris.title == "Paris (edited)"
    assert paris.accession_number == 121  # ...but not the number
    assert AccessionRegisterEntry.objects.get(translation_key=paris.translation_key).number == 121


def test_an_editor_sees_the_number_read_only(editor):
    paris = ParticipantPage.objects.get(slug="paris", locale__language_code="en")
    client = Client()
    client.force_login(editor)

    form = client.get(f"/admin/pages/{paris.pk}/edit/").context["form"]

    assert form.fields["accession_number"].disabled
    assert form["accession_number"].value() == 121


def test_an_administrator_can_change_a_number_in_every_language(administrator):
    kragujevac = ParticipantPage.objects.get(slug="kragujevac", locale__language_code="en")

    response = post_edit(administrator, kragujevac, accession_number=222)

    assert response.status_code == 302
    numbers = ParticipantPage.objects.filter(translation_key=kragujevac.translation_key).values_list(
        "accession_number", flat=True
    )
    assert set(numbers) == {222}
    assert AccessionRegisterEntry.objects.get(translation_key=kragujevac.translation_key).number == 222


def test_an_administrator_cannot_take_another_participants_number(administrator):
    kragujevac = ParticipantPage.objects.get(slug="kragujevac", locale__language_code="en")

    response = post_edit(administrator, kragujevac, accession_number=121)

    assert response.status_code == 200
    assert "already belongs to Paris" in response.content.decode()
    kragujevac.refresh_from_db()
    assert kragujevac.accession_number == 122


def test_an_administrator_cannot_remove_a_registered_number(administrator):
    paris = ParticipantPage.objects.get(slug="paris", locale__language_code="en")

    response = post_edit(administrator, paris, accession_number="")

    assert response.status_code == 200
    paris.refresh_from_db()
    assert paris.accession_number == 121


def test_the_number_is_changed_on_the_source_page_only(administrator):
    form_class = ParticipantPage.get_edit_handler().get_form_class()
    paris_en = ParticipantPage.objects.get(slug="paris", locale__language_code="en")
    paris_fr = ParticipantPage.objects.get(slug="paris", locale__language_code="fr")

    assert not form_class(instance=paris_en, for_user=administrator).fields["accession_number"].disabled
    # (Translators edit the French page in wagtail-localize's editor, where the number,
    # a synchronised fact, cannot be changed at all.)
    assert form_class(instance=paris_fr, for_user=administrator).fields["accession_number"].disabled


def test_permission_can_be_given_to_a_group(editor):
    from django.contrib.auth.models import Permission

    editor.user_permissions.add(Permission.objects.get(codename="change_accession_number"))
    editor = type(editor).objects.get(pk=editor.pk)  # forget the cached permissions
    paris = ParticipantPage.objects.get(slug="paris", locale__language_code="en")

    post_edit(editor, paris, accession_number=1121)

    paris.refresh_from_db()
    assert paris.accession_number == 1121
