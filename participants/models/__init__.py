from .links import ParticipantLink
from .pages import ParticipantIndexPage, ParticipantKind, ParticipantPage, ParticipantStatus
from .register import AccessionRegisterEntry

__all__ = [
    "AccessionRegisterEntry",
    "ParticipantIndexPage",
    "ParticipantKind",
    "ParticipantLink",
    "ParticipantPage",
    "ParticipantStatus",
]
