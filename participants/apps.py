from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParticipantsConfig(AppConfig):
    """The directory of participant cities and regions, with its register of accessions."""

    name = "participants"
    verbose_name = _("Participants")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete

        from core.registry import AUTHORITY_KINDS, JOIN_PURPOSE, register_acceptance, register_choices
        from participants.acceptance import JOIN_ACCEPTANCE
        from participants.letters import file_letter_of_deleted_page
        from participants.models import ParticipantKind, ParticipantPage

        register_acceptance(JOIN_PURPOSE, JOIN_ACCEPTANCE)
        register_choices(AUTHORITY_KINDS, lambda: ParticipantKind.choices)

        post_delete.connect(
            file_letter_of_deleted_page, sender=ParticipantPage, dispatch_uid="file_letter_of_deleted_page"
        )
