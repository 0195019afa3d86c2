"""Applications as they arrive, in one inbox for every language, and their files."""

import uuid

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.models import AbstractFormSubmission

from .pages import FormField, FormPurpose


class ApplicationStatus(models.TextChoices):
    NEW = "new", _("New")
    IN_REVIEW = "in_review", _("In review")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")


class ApplicationSubmission(AbstractFormSubmission):
    """One application sent through a form page, in whatever language.

    The Alliance Taskforce reviews it in the admin (Applications): it sets a status,
    notes, who handles it, and accepts or declines it. Applications outlive their
    form page: deleting a page keeps them.
    """

    # Wagtail's default deletes submissions with their page; applications are kept.
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("form page"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # Shared by every language version of one form: the inbox groups them by it.
    form_translation_key = models.UUIDField(_("form"), db_index=True)
    form_title = models.CharField(_("form"), max_length=255)
    form_purpose = models.CharField(_("purpose"), max_length=16, choices=FormPurpose.choices)
    language = models.CharField(_("language"), max_length=16, db_index=True)
    reference = models.UUIDField(_("reference"), default=uuid.uuid4, unique=True, editable=False)

    applicant_name = models.CharField(_("applicant"), max_length=255, blank=True)
    applicant_email = models.EmailField(_("e-mail address"), max_length=254, blank=True)

    consent_given_at = models.DateTimeField(_("consent given at"), null=True, blank=True)
    consent_text = models.TextField(_("consent statement"), blank=True)
    # The page revision that showed the statement, so its exact wording can be traced.
    consent_version = models.CharField(_("version of the consent statement"), max_length=64, blank=True)

    status = models.CharField(
        _("status"), max_length=16, choices=ApplicationStatus.choices, default=ApplicationStatus.NEW, db_index=True
    )
    handler = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    staff_note = models.TextField(_("staff note"), blank=True, help_text=_("Seen by staff only."))
    decline_reason = models.TextField(_("reason for declining"), blank=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    participant_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("participant page"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The participant page made when the application was accepted."),
    )

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["-submit_time", "-pk"]

    def __str__(self):
        return self.applicant_name or self.applicant_email or str(_("Application %(number)s") % {"number": self.pk})

    @property
    def language_name(self):
        try:
            return get_language_info(self.language)["name_translated"]
        except KeyError:
            return self.language

    language_name.fget.short_description = _("language")

    @property
    def handler_name(self):
        if self.handler is None:
            return ""
        return self.handler.get_full_name() or self.handler.get_username()

    @property
    def is_join_application(self):
        return self.form_purpose == FormPurpose.JOIN

    def get_source_fields(self):
        """The fields of the default language's version of the form, in order.

        Field names are the same in every language, so the default language's labels
        describe every application's data.
        """
        return list(
            FormField.objects.filter(
                page__translation_key=self.form_translation_key,
                page__locale__language_code=settings.LANGUAGE_CODE,
            ).order_by("sort_order")
        )

    def get_data_rows(self, fields=None):
        """(label, value as text) for each answer, in the form's order.

        Answers to fields that were removed from the form since are kept, under their
        stored name.
        """
        fields = self.get_source_fields() if fields is None else fields
        data = dict(self.form_data)
        rows = []
        for field in fields:
            if field.clean_name in data:
                rows.append((field.label, answer_as_text(field, data.pop(field.clean_name))))
        rows.extend((name, value_as_text(value)) for name, value in data.items())
        return rows

    def data_as_text(self):
        return "\n".join(f"{label}: {value}" for label, value in self.get_data_rows())

    data_as_text.short_description = _("answers")

    def answer_for_role(self, role, fields=None):
        fields = self.get_source_fields() if fields is None else fields
        for field in fields:
            if field.role == role:
                return self.form_data.get(field.clean_name)
        return None


def answer_as_text(field, value):
    """An answer as a person reads it: a country's or a kind's name rather than its code."""
    from applications.vocabularies import code_as_text

    return value_as_text(code_as_text(field.field_type, value))


def value_as_text(value):
    if value is True:
        return str(_("Yes"))
    if value is False:
        return str(_("No"))
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    return str(value)


def application_storage():
    """The private storage of application files (STORAGES["applications"])."""
    return storages["applications"]


def application_file_path(instance, filename):
    # The applicant's file name is kept in the database only: paths are random.
    return f"{instance.submission.submit_time:%Y/%m}/{uuid.uuid4().hex}.pdf"


class ApplicationFile(models.Model):
    """A file sent with an application (the letter of accession), kept privately.

    Staff who may see applications open it from the application; no public address
    leads to it.
    """

    submission = models.ForeignKey(ApplicationSubmission, on_delete=models.CASCADE, related_name="files")
    field_name = models.CharField(max_length=255)
    file = models.FileField(storage=application_storage, upload_to=application_file_path, max_length=255)
    original_name = models.CharField(max_length=255)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return self.original_name
