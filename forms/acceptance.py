"""What accepting or declining an application does.

Accepting a "Join the Alliance" application makes a draft participant page from it
and links the two. The participant page type belongs to the participants app;
`create_participant_draft` is the one place that knows it.
"""

import secrets

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.coreutils import find_available_slug
from wagtail.documents import get_document_model
from wagtail.log_actions import log

from forms.models import ApplicationStatus, FieldRole
from home.countries import country_code
from participants.letters import ensure_letter_collections
from participants.models import ParticipantIndexPage, ParticipantKind, ParticipantPage


def participant_draft_values(submission):
    """The facts of a Join application that a participant page is made from.

    Keys and where they come from (the form fields' roles, so they hold in every
    language and survive reworded labels):

    - ``official_name``: the field with role "applicant_name" (the authority's name);
    - ``kind``: role "applicant_kind": a kind of the participant directory ("city"), or
      the default language's words in older forms;
    - ``country``: role "country": the ISO code of a member state of the Council of
      Europe ("RS"), or its English name in older forms ("Serbia");
    - ``website``: role "website";
    - ``contact_name``, ``contact_role``, ``email``, ``phone``: the contact person;
    - ``letter_of_accession``: the ApplicationFile of the field with role "letter"
      (or the first PDF), to be copied into a Wagtail Document;
    - ``language``: the language the application was written in;
    - ``accession_date``: the day the application was accepted.
    """
    fields = submission.get_source_fields()

    def answer(role):
        value = submission.answer_for_role(role, fields)
        return value if isinstance(value, str) else ""

    letter_names = [field.clean_name for field in fields if field.role == FieldRole.LETTER]
    files = list(submission.files.all())
    letter = next((file for file in files if file.field_name in letter_names), files[0] if files else None)
    return {
        "official_name": answer(FieldRole.APPLICANT_NAME),
        "kind": answer(FieldRole.APPLICANT_KIND),
        "country": answer(FieldRole.COUNTRY),
        "website": answer(FieldRole.WEBSITE),
        "contact_name": answer(FieldRole.CONTACT_NAME),
        "contact_role": answer(FieldRole.CONTACT_ROLE),
        "email": answer(FieldRole.EMAIL) or submission.applicant_email,
        "phone": answer(FieldRole.PHONE),
        "letter_of_accession": letter,
        "language": submission.language,
        "accession_date": (submission.decided_at or timezone.now()).date(),
    }


# The kinds of authority that older forms offered as words (in the default language),
# and the directory's kinds. A kind the directory does not know becomes "other".
PARTICIPANT_KIND_BY_ANSWER = {
    "city or municipality": ParticipantKind.CITY,
    "region": ParticipantKind.REGION,
    "province, county or district": ParticipantKind.REGION,
}


class NoParticipantDirectory(Exception):
    """There is no participant directory in the default language to hold the draft."""


def participant_kind(answer):
    if answer in ParticipantKind.values:
        return answer
    return PARTICIPANT_KIND_BY_ANSWER.get(answer.strip().lower(), ParticipantKind.OTHER)


def letter_as_document(application_file, title, user, name=""):
    """A copy of the private letter of accession in the document library.

    It goes into the staff-only collection of letters, under a file name nobody can
    guess: it stays private until an editor chooses to show it on the participant page
    (see participants.letters).
    """
    Document = get_document_model()
    private_collection, _public = ensure_letter_collections()
    document = Document(title=title, uploaded_by_user=user, collection=private_collection)
    stem = slugify(name)[:60] or "participant"
    with application_file.file.open("rb") as letter:
        document.file = ContentFile(letter.read(), name=f"letter-of-accession-{stem}-{secrets.token_hex(8)}.pdf")
    document._set_document_file_metadata()
    document.save()
    return document


def create_participant_draft(submission, user=None):
    """Make a draft participant page from an accepted Join application; return it.

    The page is made in the default language below its participant directory, as a
    draft: an editor checks it, adds the location and the text, and publishes it, which
    gives it its accession number. The letter of accession is copied into the document
    library's staff-only collection of letters.
    """
    values = participant_draft_values(submission)
    directory = ParticipantIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    if directory is None:
        raise NoParticipantDirectory
    name = values["official_name"] or submission.applicant_name
    page = ParticipantPage(
        title=name,
        slug=find_available_slug(directory, slugify(name) or "participant"),
        official_name=name,
        official_name_language=values["language"] if values["language"] != settings.LANGUAGE_CODE else "",
        kind=participant_kind(values["kind"]),
        country=country_code(values["country"]),
        accession_date=values["accession_date"],
        website=values["website"],
        live=False,
        owner=user,
    )
    if values["letter_of_accession"] is not None:
        page.letter_of_accession = letter_as_document(
            values["letter_of_accession"], _("Letter of accession: %(name)s") % {"name": name}, user, name
        )
    directory.add_child(instance=page)
    # A country that is no member state (a free-text answer of an older form) leaves the
    # draft without one: the reviewer is told, and an editor chooses it before publishing.
    page.save_revision(user=user, log_action=True, clean=bool(page.country))
    return page


def country_to_choose(submission):
    """The applicant's country when the application's draft participant has none (it
    named no member state), else None."""
    if not submission.is_join_application or submission.participant_page_id is None:
        return None
    page = ParticipantPage.objects.filter(pk=submission.participant_page_id).only("country").first()
    if page is None or page.country:
        return None
    return participant_draft_values(submission)["country"]


@transaction.atomic
def accept_application(submission, user):
    """Accept an application; for a Join application, make its draft participant page."""
    submission.status = ApplicationStatus.ACCEPTED
    submission.handler = submission.handler or user
    submission.decided_at = timezone.now()
    submission.decline_reason = ""
    if submission.is_join_application and submission.participant_page_id is None:
        page = create_participant_draft(submission, user)
        if page is not None:
            submission.participant_page = page
    submission.save()
    log(
        submission,
        "forms.accept_application",
        user=user,
        data={"participant_page": submission.participant_page_id},
    )
    return submission


@transaction.atomic
def decline_application(submission, user, reason):
    """Decline an application, with the reason staff give (kept for the record)."""
    submission.status = ApplicationStatus.DECLINED
    submission.handler = submission.handler or user
    submission.decided_at = timezone.now()
    submission.decline_reason = reason
    submission.save()
    log(submission, "forms.decline_application", user=user, data={"reason": reason})
    return submission
