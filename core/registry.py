"""Where the apps above the frame hand work to each other without importing each other.

The application forms know submissions, not participants; the participant directory
knows participants, not submissions. Each registers here, in its `AppConfig.ready`,
what it offers, and the other asks for it by name:

- what accepting an application of a given purpose makes (`register_acceptance`): the
  participants app makes a draft participant page from a "Join the Alliance" application;
- the choices of a form field type that another app owns (`register_choices`): the kinds
  of authority come from the participant directory;
- more groups of staff who may read private documents (`register_private_readers`): those
  who review applications read the letters of accession copied for participant pages.
"""

from collections.abc import Callable
from dataclasses import dataclass

# The names both sides use.
JOIN_PURPOSE = "join"
AUTHORITY_KINDS = "authority_kind"


class CannotAccept(Exception):
    """Accepting cannot make what it should; nothing was changed. The message says why,
    for the reviewer, in their language."""


@dataclass(frozen=True)
class Acceptance:
    """What accepting an application of one purpose makes.

    `make_draft(facts, user)` returns the draft page made from the application's facts (a
    mapping of role to answer, with the letter as a file-like object, see
    `applications.acceptance.application_facts`) or raises `CannotAccept`.
    `still_to_do(page_id, facts)` returns what a reviewer must still finish on that page
    (a translated sentence), or None.
    """

    make_draft: Callable
    still_to_do: Callable = lambda page_id, facts: None


_acceptances: dict[str, Acceptance] = {}
_choices: dict[str, Callable] = {}
_private_readers: list[Callable] = []


def register_acceptance(purpose, acceptance):
    _acceptances[purpose] = acceptance


def acceptance_for(purpose):
    """The registered `Acceptance` of the purpose, or None: accepting only records the decision."""
    return _acceptances.get(purpose)


def register_choices(name, choices):
    """`choices` is a callable returning (value, label) pairs, asked each time they are shown."""
    _choices[name] = choices


def choices_for(name):
    choices = _choices.get(name)
    return list(choices()) if choices is not None else []


def register_private_readers(groups):
    """`groups` is a callable returning a queryset of groups, asked each time private
    documents are checked, so that a group given the permission later is added too."""
    _private_readers.append(groups)


def private_reader_groups():
    return [group for source in _private_readers for group in source()]
