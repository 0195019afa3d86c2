"""A participant page made from an accepted "Join the Alliance" application.

The application forms know nothing of participants: this app registers `JOIN_ACCEPTANCE`
for the Join purpose in `core.registry` (see `ParticipantsConfig.ready`), and the inbox
hands it the application's facts (`applications.acceptance.application_facts`).
"""

import secrets

from django.conf import settings
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.coreutils import find_available_slug

from core.documents import save_document
from core.i18n.countries import country_code
from core.registry import Acceptance, CannotAccept
from participants.letters import ensure_letter_collections
from participants.models import ParticipantIndexPage, ParticipantKind, ParticipantPage

# The kinds of authority that older forms offered as words (in the default language),
# and the directory's kinds. A kind the directory does not know becomes "other".
PARTICIPANT_KIND_BY_ANSWER = {
    "city or municipality": ParticipantKind.CITY,
    "region": ParticipantKind.REGION,
    "province, county or district": ParticipantKind.REGION,
}


def participant_kind(answer):
    if answer in ParticipantKind.values:
        return answer
    return PARTICIPANT_KIND_BY_ANSWER.get(answer.strip().lower(), ParticipantKind.OTHER)


def letter_as_document(letter_file, title, user, name=""):
    """A copy of the private letter of accession in the document library.

    It goes into the staff-only collection of letters, under a file name nobody can
    guess: it stays private until an editor chooses to show it on the participant page
    (see participants.letters).
    """
    private_collection, _public = ensure_letter_collections()
    stem = slugify(name)[:60] or "participant"
    with letter_file.open("rb") as letter:
        data = letter.read()
    return save_document(
        data,
        f"letter-of-accession-{stem}-{secrets.token_hex(8)}.pdf",
        title=title,
        uploaded_by_user=user,
        collection=private_collection,
    )


def create_participant_draft(facts, user=None):
    """Make a draft participant page from an accepted Join application; return it.

    The page is made in the default language below its participant directory, as a
    draft: an editor checks it, adds the location and the text, and publishes it, which
    gives it its accession number. The letter of accession is copied into the document
    library's staff-only collection of letters.
    """
    values = facts
    directory = ParticipantIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    if directory is None:
        raise CannotAccept(
            _(
                "There is no participant directory to hold the draft participant page. "
                "Create the directory page, then accept the application again."
            )
        )
    name = values["official_name"]
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


def country_still_to_choose(page_id, facts):
    """The sentence telling the reviewer to choose the country, when the draft has none
    (the application named no member state), else None."""
    page = ParticipantPage.objects.filter(pk=page_id).only("country").first()
    if page is None or page.country:
        return None
    return _(
        "The application's country “%(country)s” is not a member state of the Council of Europe, so "
        "the draft participant page has no country: choose it there before publishing the page."
    ) % {"country": facts["country"]}


JOIN_ACCEPTANCE = Acceptance(make_draft=create_participant_draft, still_to_do=country_still_to_choose)
