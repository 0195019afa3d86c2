"""Storing an application: the first thing that happens to a valid form."""

import datetime
import decimal

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone

from applications.fields import file_sha256
from applications.models import ApplicationFile, ApplicationSubmission, FieldRole, FormField, FormPage


def json_value(value):
    if isinstance(value, UploadedFile):
        return value.name
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    return value


def source_title(page):
    """The title of the default language's version of the form, for the inbox."""
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return page.title
    source = (
        FormPage.objects.filter(translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE)
        .values_list("title", flat=True)
        .first()
    )
    return source or page.title


def store_submission(page, form):
    """Store the answers (under the field names, the same in every language), the
    consent and the files of a valid form. Call inside a transaction."""
    fields = list(page.get_form_fields())
    by_name = {field.clean_name: field for field in fields}
    data = {name: json_value(value) for name, value in form.cleaned_data.items()}

    def answer(role):
        for field in fields:
            if field.role == role and isinstance(data.get(field.clean_name), str):
                return data[field.clean_name]
        return ""

    email = answer(FieldRole.EMAIL) or next(
        (data[field.clean_name] for field in fields if field.field_type == "email" and data.get(field.clean_name)),
        "",
    )
    consent_fields = [field for field in fields if field.field_type == "consent"]
    consent_given = bool(consent_fields) and all(data.get(field.clean_name) is True for field in consent_fields)

    submission = ApplicationSubmission.objects.create(
        page=page,
        form_data=data,
        form_translation_key=page.translation_key,
        form_title=source_title(page),
        form_purpose=page.purpose,
        language=page.locale.language_code,
        applicant_name=answer(FieldRole.APPLICANT_NAME)[:255],
        applicant_email=email,
        consent_given_at=timezone.now() if consent_given else None,
        consent_text="\n".join(consent_statement(field) for field in consent_fields) if consent_given else "",
        consent_version=str(page.live_revision_id or "") if consent_given else "",
    )
    for name, value in form.cleaned_data.items():
        if isinstance(value, UploadedFile) and by_name.get(name) is not None:
            store_file(submission, name, value)
    return submission


def consent_statement(field: FormField):
    return " ".join(part for part in (field.label, field.help_text) if part)


def store_file(submission, field_name, uploaded):
    checksum = file_sha256(uploaded)
    record = ApplicationFile(
        submission=submission,
        field_name=field_name,
        original_name=uploaded.name[:255],
        size=uploaded.size,
        sha256=checksum,
    )
    record.file.save("letter.pdf", uploaded, save=False)
    record.save()
    return record
