from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Locale, Page
from wagtail_localize.machine_translators import get_machine_translator

from localization.permissions import user_locale_ids


def _target_locales(user, source_locale):
    return Locale.objects.filter(pk__in=user_locale_ids(user)).exclude(pk=source_locale.pk).order_by("pk")


class LocaleChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, locale):
        return locale.get_display_name()


class MachineAndApprovalMixin:
    """Options every bulk action shares: machine translation, approval, publication."""

    def add_common_fields(self, user, can_publish):
        translator = get_machine_translator()
        if translator is not None:
            self.fields["machine_translate"] = forms.BooleanField(
                label=_("Fill untranslated text with machine translation"),
                help_text=_("Uses %(translator)s. Translators should review the result.")
                % {"translator": translator.display_name},
                required=False,
            )
        if can_publish:
            self.fields["publish"] = forms.BooleanField(
                label=_("Publish at once"),
                help_text=_("Untranslated text stays in the source language until it is translated."),
                required=False,
            )
        self.fields["submit_for_approval"] = forms.BooleanField(
            label=_("Submit for approval"),
            help_text=_("The approvers of each language are asked to review the translations."),
            required=False,
        )

    def clean(self):
        cleaned = super().clean()
        if "machine_translate" not in self.fields and self.data.get("machine_translate"):
            # A form shown before the service was removed from the configuration.
            raise forms.ValidationError(
                _("Machine translation is not available: no machine translation service is configured.")
            )
        if cleaned.get("publish") and cleaned.get("submit_for_approval"):
            raise forms.ValidationError(_("Choose either to publish at once or to submit for approval, not both."))
        return cleaned


class TranslatePagesForm(MachineAndApprovalMixin, forms.Form):
    page = forms.ModelChoiceField(
        label=_("Page"),
        queryset=Page.objects.filter(depth__gt=1),
        widget=AdminPageChooser(),
        help_text=_("A page in the source language."),
    )
    include_subtree = forms.BooleanField(
        label=_("With the pages below it"), required=False, help_text=_("Translate the whole section in one step.")
    )
    locales = LocaleChoiceField(
        label=_("Languages"), queryset=Locale.objects.none(), widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, user, source_locale, can_publish, **kwargs):
        super().__init__(*args, **kwargs)
        self.source_locale = source_locale
        self.fields["page"].queryset = Page.objects.filter(depth__gt=1, locale=source_locale)
        self.fields["locales"].queryset = _target_locales(user, source_locale)
        self.add_common_fields(user, can_publish)


class UpdateOutdatedForm(MachineAndApprovalMixin, forms.Form):
    locale = forms.ModelChoiceField(label=_("Language"), queryset=Locale.objects.none())

    def __init__(self, *args, user, source_locale, can_publish, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["locale"].queryset = _target_locales(user, source_locale)
        self.fields["locale"].label_from_instance = lambda locale: locale.get_display_name()
        self.add_common_fields(user, can_publish)


class ImportPOForm(forms.Form):
    file = forms.FileField(
        label=_("PO file or ZIP of PO files"),
        help_text=_("The files exported here, with the translations filled in."),
    )
    submit_for_approval = forms.BooleanField(
        label=_("Save the translated pages as drafts and submit them for approval"), required=False
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        name = upload.name.lower()
        if not (name.endswith(".po") or name.endswith(".zip")):
            raise forms.ValidationError(_("Upload a .po file or a .zip of .po files."))
        if upload.size > 20 * 1024 * 1024:
            raise forms.ValidationError(_("The file is larger than 20 MB."))
        return upload
