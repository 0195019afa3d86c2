"""What accepting or declining an application does.

Accepting records the decision; for a purpose that another app registered in
`core.registry` (a "Join the Alliance" application makes a draft participant page), it
also asks that app to make its draft from the application's facts, and links the two.
"""

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from applications.models import ApplicationStatus, FieldRole
from core.registry import acceptance_for


def application_facts(submission):
    """The facts of an application that a page is made from on acceptance.

    Keys and where they come from (the form fields' roles, so they hold in every
    language and survive reworded labels):

    - ``official_name``: the field with role "applicant_name" (the authority's name);
    - ``kind``: role "applicant_kind": a kind of the participant directory ("city"), or
      the default language's words in older forms;
    - ``country``: role "country": the ISO code of a member state of the Council of
      Europe ("RS"), or its English name in older forms ("Serbia");
    - ``website``: role "website";
    - ``contact_name``, ``contact_role``, ``email``, ``phone``: the contact person;
    - ``letter_of_accession``: the file of the field with role "letter" (or the first
      PDF), to be copied into a Wagtail Document;
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
        "official_name": answer(FieldRole.APPLICANT_NAME) or submission.applicant_name,
        "kind": answer(FieldRole.APPLICANT_KIND),
        "country": answer(FieldRole.COUNTRY),
        "website": answer(FieldRole.WEBSITE),
        "contact_name": answer(FieldRole.CONTACT_NAME),
        "contact_role": answer(FieldRole.CONTACT_ROLE),
        "email": answer(FieldRole.EMAIL) or submission.applicant_email,
        "phone": answer(FieldRole.PHONE),
        "letter_of_accession": letter.file if letter is not None else None,
        "language": submission.language,
        "accession_date": (submission.decided_at or timezone.now()).date(),
    }


@transaction.atomic
def accept_application(submission, user):
    """Accept an application; for a purpose with a registered acceptance (Join), make its
    draft page. Raises `core.registry.CannotAccept`, changing nothing, when it cannot."""
    submission.status = ApplicationStatus.ACCEPTED
    submission.handler = submission.handler or user
    submission.decided_at = timezone.now()
    submission.decline_reason = ""
    acceptance = acceptance_for(submission.form_purpose)
    if acceptance is not None and submission.participant_page_id is None:
        submission.participant_page = acceptance.make_draft(application_facts(submission), user)
    submission.save()
    log(
        submission,
        "applications.accept_application",
        user=user,
        data={"participant_page": submission.participant_page_id},
    )
    return submission


def still_to_do(submission):
    """What the reviewer must still finish on the page the acceptance made, or None."""
    acceptance = acceptance_for(submission.form_purpose)
    if acceptance is None or submission.participant_page_id is None:
        return None
    return acceptance.still_to_do(submission.participant_page_id, application_facts(submission))


@transaction.atomic
def decline_application(submission, user, reason):
    """Decline an application, with the reason staff give (kept for the record)."""
    submission.status = ApplicationStatus.DECLINED
    submission.handler = submission.handler or user
    submission.decided_at = timezone.now()
    submission.decline_reason = reason
    submission.save()
    log(submission, "applications.decline_application", user=user, data={"reason": reason})
    return submission
