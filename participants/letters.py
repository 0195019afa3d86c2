"""Letters of accession in the document library: private until an editor shows one.

A participant's letter lives in one of two collections of the document library:

- "Letters of accession (staff only)" carries a view restriction for groups, so
  Wagtail's document view (/documents/<id>/<name>) sends its files only to
  superusers and to the groups that edit participants or review applications; anyone
  else is sent to the login page, however they found the address;
- "Letters of accession (public)" has none: its files are served to everyone.

Which of the two a letter is in follows the participant pages that link it: a letter is
public while a live participant page links it with "Show the letter of accession on the
public page" ticked, and goes back to the staff-only collection as soon as none does
(the box unticked, the page unpublished or deleted). `file_letter` is the one place
that moves letters; `ParticipantPage.save` calls it.
"""

from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction

from core.collections import root_collection
from core.registry import private_reader_groups

PRIVATE_COLLECTION_NAME = "Letters of accession (staff only)"
PUBLIC_COLLECTION_NAME = "Letters of accession (public)"
# Wagtail's own groups, which edit and publish pages: they decide whether a letter is
# shown, so they must be able to read it.
PAGE_EDITOR_GROUPS = ("Editors", "Moderators")


def letter_reader_groups():
    """The page editors' groups, and those other apps name (`core.registry`): the
    application forms name the groups that review applications."""
    return [*Group.objects.filter(name__in=PAGE_EDITOR_GROUPS), *private_reader_groups()]


def _collection(name):
    root = root_collection()
    existing = root.get_children().filter(name=name).first()
    return existing or root.add_child(name=name)


@transaction.atomic
def ensure_letter_collections():
    """The staff-only and the public collection of letters, made when missing.

    Safe to call any time: the staff-only collection always ends up with its view
    restriction, and every reader group is added to it (groups an administrator added
    by hand stay).
    """
    private = _collection(PRIVATE_COLLECTION_NAME)
    public = _collection(PUBLIC_COLLECTION_NAME)
    restriction = (
        CollectionViewRestriction.objects.filter(collection=private)
        .exclude(restriction_type=CollectionViewRestriction.NONE)
        .first()
    )
    if restriction is None:
        restriction = CollectionViewRestriction.objects.create(
            collection=private, restriction_type=CollectionViewRestriction.GROUPS
        )
    if restriction.restriction_type == CollectionViewRestriction.GROUPS:
        restriction.groups.add(*letter_reader_groups())
    return private, public


def letter_is_shown(document_id):
    """True while a live participant page shows this document as its letter."""
    from participants.models import ParticipantPage

    return (
        ParticipantPage.objects.live()
        .filter(letter_of_accession_id=document_id, show_letter_of_accession=True)
        .exists()
    )


def file_letter(document_id):
    """Put a letter in the public or the staff-only collection, as its pages decide."""
    document = get_document_model().objects.filter(pk=document_id).first()
    if document is None:
        return None
    private, public = ensure_letter_collections()
    collection = public if letter_is_shown(document_id) else private
    if document.collection_id != collection.pk:
        document.collection = collection
        document.save(update_fields=["collection"])
    return document


def file_letters(document_ids):
    for document_id in sorted({document_id for document_id in document_ids if document_id is not None}):
        file_letter(document_id)


@transaction.atomic
def file_all_letters():
    """File every participant's letter (after an upgrade, or for the demo); return how many."""
    from participants.models import ParticipantPage

    ensure_letter_collections()
    letters = set(
        ParticipantPage.objects.exclude(letter_of_accession=None).values_list("letter_of_accession_id", flat=True)
    )
    file_letters(letters)
    return len(letters)


def file_letter_of_deleted_page(sender, instance, **kwargs):
    """A deleted page no longer shows its letter: it may have to become private."""
    if instance.letter_of_accession_id is not None:
        file_letter(instance.letter_of_accession_id)
