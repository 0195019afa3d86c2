from .outbox import EmailPurpose, EmailStatus, OutgoingEmail
from .pages import FIELD_TYPE_CHOICES, FieldRole, FormField, FormPage, FormPurpose
from .submissions import ApplicationFile, ApplicationStatus, ApplicationSubmission, application_storage

__all__ = [
    "FIELD_TYPE_CHOICES",
    "ApplicationFile",
    "ApplicationStatus",
    "ApplicationSubmission",
    "EmailPurpose",
    "EmailStatus",
    "FieldRole",
    "FormField",
    "FormPage",
    "FormPurpose",
    "OutgoingEmail",
    "application_storage",
]
