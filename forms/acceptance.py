"""What accepting or declining an application does.

Accepting a "Join the Alliance" application makes a draft participant page from it
and links the two. The participant page type belongs to the participants app;
`create_participant_draft` is the one place that knows it.
"""

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from forms.models import ApplicationStatus, FieldRole


def participant_draft_values(submission):
    """The facts of a Join application that a participant page is made from.

    Keys and where they come from (the form fields' roles, so they hold in every
    language and survive reworded labels):

    - ``official_name``: the field with role "applicant_name" (the authority's name);
    - ``kind``: role "applicant_kind", in the default language's words;
    - ``country``: role "country", in the default language's words (the English name
      of a Council of Europe member state, e.g. "Serbia"); map it to an ISO code on the
      participant side;
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


def create_participant_draft(submission, user=None):
    """Make a draft participant page from an accepted Join application; return it.

    TO BE COMPLETED when the participants app is merged: create a ParticipantPage
    (unpublished, in the default language, below the participants index) from
    `participant_draft_values(submission)`, copy the letter of accession into a Wagtail
    Document, save a revision as `user`, and return the page. Until then no participant
    page type exists and this returns None: acceptance is recorded all the same, and
    the application can be linked to a page later.
    """
    return None


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
