"""Form fields the form builder lacks, and the error messages of every field.

The messages are the project's own (in forms/locale), so that every site language,
Romani included, gets them in the visitor's language.
"""

import hashlib

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

PDF_MAGIC = b"%PDF-"
PDF_END = b"%%EOF"
# A PDF ends with %%EOF, possibly followed by a line ending or padding added by mail
# programs or scanners; look for it in the last few kilobytes.
PDF_TAIL_BYTES = 4096

MESSAGES = {
    "required": _("Fill in this field."),
    "invalid_email": _("Enter an e-mail address in the form name@example.org."),
    "invalid_url": _("Enter a web address in the form https://www.example.org."),
    "invalid_number": _("Enter a number."),
    "invalid_date": _("Enter a date in the form 2014-03-27."),
    "invalid_datetime": _("Enter a date and time in the form 2014-03-27 14:30."),
    "max_length": ngettext_lazy(
        "Use at most %(limit_value)d character (this text has %(show_value)d).",
        "Use at most %(limit_value)d characters (this text has %(show_value)d).",
        "limit_value",
    ),
    "invalid_choice": _("Choose one of the answers offered."),
    "required_choice": _("Choose an answer."),
    "required_checkbox": _("Tick this box to go on."),
    "required_consent": _("Give your consent, or the Taskforce cannot process your application."),
    "null_characters_not_allowed": _("Remove the control characters from this text."),
    "required_file": _("Choose the PDF file to send."),
    "file_empty": _("The file is empty. Choose the PDF file to send."),
    "file_not_pdf": _("This file is not a PDF document. Choose a PDF file."),
    "file_too_large": _("The file is too large (%(size)s). Choose a PDF file of at most %(limit)s."),
    "file_name_too_long": _("The name of the file is too long. Rename the file and choose it again."),
}


def text_messages(**extra):
    return {
        "required": MESSAGES["required"],
        "max_length": MESSAGES["max_length"],
        "null_characters_not_allowed": MESSAGES["null_characters_not_allowed"],
        **extra,
    }


def is_pdf(uploaded_file):
    """Whether the file's content is a PDF document, whatever its name says.

    Checks the header a PDF begins with and the end-of-file marker it closes with,
    so that a web page, a program or a picture renamed ".pdf" is refused.
    """
    uploaded_file.seek(0)
    head = uploaded_file.read(len(PDF_MAGIC))
    if head != PDF_MAGIC:
        return False
    size = uploaded_file.size
    uploaded_file.seek(max(0, size - PDF_TAIL_BYTES))
    tail = uploaded_file.read()
    uploaded_file.seek(0)
    return PDF_END in tail


def file_sha256(uploaded_file):
    digest = hashlib.sha256()
    uploaded_file.seek(0)
    for chunk in uploaded_file.chunks():
        digest.update(chunk)
    uploaded_file.seek(0)
    return digest.hexdigest()


class PdfFileField(forms.FileField):
    """A PDF document (a letter of accession): checked by content and size, not by name alone."""

    widget = forms.FileInput(attrs={"accept": "application/pdf,.pdf"})

    def __init__(self, *, max_bytes=None, **kwargs):
        self.max_bytes = max_bytes or settings.APPLICATION_UPLOAD_MAX_BYTES
        kwargs.setdefault("max_length", 200)
        kwargs["error_messages"] = {
            "required": MESSAGES["required_file"],
            "missing": MESSAGES["required_file"],
            "invalid": MESSAGES["file_not_pdf"],
            "empty": MESSAGES["file_empty"],
            "max_length": MESSAGES["file_name_too_long"],
            **kwargs.get("error_messages", {}),
        }
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        uploaded = super().clean(data, initial)
        if not uploaded:
            return uploaded
        if uploaded.size > self.max_bytes:
            raise ValidationError(
                MESSAGES["file_too_large"],
                code="file_too_large",
                params={"size": filesizeformat(uploaded.size), "limit": filesizeformat(self.max_bytes)},
            )
        # Both the name and the content must say PDF: the name decides how the file
        # opens on a reviewer's computer, the content what it really is.
        if not uploaded.name.lower().endswith(".pdf") or not is_pdf(uploaded):
            raise ValidationError(MESSAGES["file_not_pdf"], code="file_not_pdf")
        return uploaded


class ConsentField(forms.BooleanField):
    """A box the applicant ticks to consent to the processing of the data; its label is
    the consent statement, recorded with the application."""

    def __init__(self, **kwargs):
        kwargs["required"] = True
        kwargs["error_messages"] = {"required": MESSAGES["required_consent"]}
        super().__init__(**kwargs)
