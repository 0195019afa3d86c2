"""The Alliance's register of accessions: one number per participant, never reused."""

import logging

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.db.models import Max
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

# Superusers have it; give it to a group in Settings > Groups to let others import or
# correct historical numbers.
CHANGE_ACCESSION_NUMBER_PERMISSION = "participants.change_accession_number"


class AccessionRegisterEntry(models.Model):
    """One line of the register: the number a participant received when it joined.

    The register outlives the pages: a number stays taken when its participant
    withdraws, is unpublished or is deleted, so no number is ever given twice. Editors
    never edit it by hand; publishing a participant for the first time adds its line,
    and administrators can correct a number on the participant's page.
    """

    number = models.PositiveIntegerField(_("accession number"), unique=True)
    # The participant in every language: its pages share one translation key.
    translation_key = models.UUIDField(unique=True, editable=False)
    name = models.CharField(
        _("name when registered"),
        max_length=255,
        help_text=_("Kept so that the register still says who held a number after a page is deleted."),
    )
    registered_at = models.DateTimeField(_("registered at"), auto_now_add=True)

    class Meta:
        ordering = ["number"]
        verbose_name = _("accession register entry")
        verbose_name_plural = _("accession register")
        permissions = [("change_accession_number", _("Can change the accession number of a participant"))]

    def __str__(self):
        return f"{self.number}. {self.name}"


def may_change_accession_numbers(user):
    return bool(user is not None and user.is_active and user.has_perm(CHANGE_ACCESSION_NUMBER_PERMISSION))


def registered_number(translation_key):
    return (
        AccessionRegisterEntry.objects.filter(translation_key=translation_key).values_list("number", flat=True).first()
    )


def number_holder(number, translation_key):
    """The entry holding `number` for another participant, if any."""
    return AccessionRegisterEntry.objects.filter(number=number).exclude(translation_key=translation_key).first()


def next_accession_number():
    highest = AccessionRegisterEntry.objects.aggregate(highest=Max("number"))["highest"]
    return (highest or 0) + 1


def _attempt_registration(page, wanted, change):
    entry = AccessionRegisterEntry.objects.select_for_update().filter(translation_key=page.translation_key).first()
    free = wanted is not None and number_holder(wanted, page.translation_key) is None
    if wanted is not None and not free:
        logger.warning("Accession number %s is taken; %s keeps or gets another.", wanted, page.title)
    if entry is None:
        number = wanted if free else next_accession_number()
        entry = AccessionRegisterEntry.objects.create(
            number=number, translation_key=page.translation_key, name=page.title
        )
    elif change and free and wanted != entry.number:
        entry.number = wanted
        entry.save(update_fields=["number"])
    return entry.number


def register_participant(page, wanted_number=None, change=False):
    """Give the participant `page` (in all its languages) its number, once.

    A participant already in the register keeps its number, unless `change` asks for
    `wanted_number` (an administrator's correction). A new participant gets
    `wanted_number` when it is free (a historical number being imported), else the next
    number after the highest ever given. Every language version of the page is updated.
    """
    from .pages import ParticipantPage

    attempts = 5
    for attempt in range(attempts):
        try:
            with transaction.atomic():
                number = _attempt_registration(page, wanted_number, change)
                ParticipantPage.objects.filter(translation_key=page.translation_key).exclude(
                    accession_number=number
                ).update(accession_number=number)
            break
        except IntegrityError:
            # Two participants published at the same moment took the same next number;
            # the unique constraint stopped the second one: try again.
            if attempt == attempts - 1:
                raise
    page.accession_number = number
    return number


def is_source_language_version(page):
    """True unless the page is a translation of a page in the default language.

    The number is the same in every language and is changed on the source page only.
    """
    from .pages import ParticipantPage

    if page.locale_id is None or page.locale.language_code == settings.LANGUAGE_CODE:
        return True
    return not (
        ParticipantPage.objects.filter(
            translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE
        )
        .exclude(pk=page.pk)
        .exists()
    )
