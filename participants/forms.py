from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class ParticipantPageForm(WagtailAdminPageForm):
    """The participant editor. The accession number is read-only except for
    administrators on the source-language page; a disabled field ignores whatever a
    request posts for it, so the rule holds on the server, not only in the browser."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("accession_number")
        if field is None:
            return
        self.accession_number_is_editable = self._may_edit_accession_number()
        if not self.accession_number_is_editable:
            field.disabled = True
            field.help_text = _(
                "Given automatically, once, when the participant is first published, and the same in every "
                "language. Only administrators can change it, on the page in the source language."
            )

    def _may_edit_accession_number(self):
        from participants.models.register import is_source_language_version, may_change_accession_numbers

        return may_change_accession_numbers(self.for_user) and is_source_language_version(self.instance)

    def clean_accession_number(self):
        from participants.models.register import number_holder, registered_number

        number = self.cleaned_data.get("accession_number")
        if not self.accession_number_is_editable:
            return number
        registered = registered_number(self.instance.translation_key)
        if number is None and registered is not None:
            raise forms.ValidationError(
                _("No. %(number)s is in the register; a registered number can be changed but not removed.")
                % {"number": registered}
            )
        if number is not None:
            holder = number_holder(number, self.instance.translation_key)
            if holder is not None:
                raise forms.ValidationError(
                    _("No. %(number)s already belongs to %(name)s.") % {"number": number, "name": holder.name}
                )
        return number

    def save(self, commit=True):
        page = super().save(commit=commit)
        number = self.cleaned_data.get("accession_number")
        if self.accession_number_is_editable and number is not None and "accession_number" in self.changed_data:
            # An administrator's correction is a change to the register, not to the
            # page's content: it applies at once, in every language.
            page.register(number, change=True)
        return page
