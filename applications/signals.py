from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from applications.models import ApplicationFile


@receiver(post_delete, sender=ApplicationFile)
def delete_stored_file(sender, instance, **kwargs):
    """A deleted application (in the admin, or by the retention command) takes its file
    along, once the deletion is committed: a rolled-back deletion keeps the file."""
    if instance.file.name:
        transaction.on_commit(partial(instance.file.storage.delete, instance.file.name))
