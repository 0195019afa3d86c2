from django.dispatch import receiver
from wagtail.signals import page_published

from participants.models import ParticipantPage


@receiver(page_published, sender=ParticipantPage, dispatch_uid="participants_register_on_publish")
def register_published_participant(sender, instance, **kwargs):
    """The first publication of a participant, in any language, gives it its number.

    Later publications (edits, withdrawal, translations) find it in the register and keep
    it; a number already on the page (imported by a script) is honoured when it is free.
    """
    instance.register(wanted_number=instance.accession_number)
