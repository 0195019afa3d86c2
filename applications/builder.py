"""Builds the Django form of a form page, with the project's own field types.

Choice values stay comparable across languages: a translated form shows its own
words, but submits the words of the default language's version at the same position
(its source). Applications of every language store and filter the same values.
"""

import django.forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.html import format_html
from django.utils.translation import gettext
from wagtail.compat import URLField
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from applications.fields import MESSAGES, ConsentField, PdfFileField, text_messages
from applications.models.pages import FieldRole
from applications.vocabularies import authority_kinds, country_choices
from core.i18n.collation import collation_key

# What browsers may fill in for the applicant, by the field's role.
AUTOCOMPLETE_BY_ROLE = {
    FieldRole.APPLICANT_NAME: "organization",
    FieldRole.CONTACT_NAME: "name",
    FieldRole.CONTACT_ROLE: "organization-title",
    FieldRole.EMAIL: "email",
    FieldRole.PHONE: "tel",
    FieldRole.WEBSITE: "url",
    FieldRole.COUNTRY: "country-name",
}
SINGLE_LINE_MAX_LENGTH = 255
EMAIL_MAX_LENGTH = 254
URL_MAX_LENGTH = 500


class ApplicationForm(BaseForm):
    """The visitor's form; errors are listed in a summary above it (see the template)."""

    error_css_class = "field--error"
    required_css_class = "field--required"


class SiteFormBuilder(FormBuilder):
    def __init__(self, fields, source_fields=None):
        super().__init__(fields)
        # The default language's version of each field, by translation key (empty for
        # the default language itself).
        self.source_fields = source_fields or {}

    def get_field_options(self, field):
        options = super().get_field_options(field)
        options["error_messages"] = text_messages()
        autocomplete = AUTOCOMPLETE_BY_ROLE.get(field.role)
        if autocomplete:
            options["widget_attrs"] = {"autocomplete": autocomplete}
        return options

    @staticmethod
    def _widget(widget_class, options, **attrs):
        attrs.update(options.pop("widget_attrs", {}))
        return widget_class(attrs=attrs)

    def create_singleline_field(self, field, options):
        options["max_length"] = SINGLE_LINE_MAX_LENGTH
        widget_class = django.forms.TextInput
        if field.role == FieldRole.PHONE:
            widget_class = PhoneInput
        options["widget"] = self._widget(widget_class, options)
        return django.forms.CharField(**options)

    def create_multiline_field(self, field, options):
        options["max_length"] = settings.APPLICATION_TEXT_MAX_LENGTH
        options["widget"] = self._widget(django.forms.Textarea, options, rows=6)
        return django.forms.CharField(**options)

    def create_email_field(self, field, options):
        options["max_length"] = EMAIL_MAX_LENGTH
        options["error_messages"]["invalid"] = MESSAGES["invalid_email"]
        options["widget"] = self._widget(django.forms.EmailInput, options, spellcheck="false")
        return django.forms.EmailField(**options)

    def create_url_field(self, field, options):
        options["max_length"] = URL_MAX_LENGTH
        options["error_messages"]["invalid"] = MESSAGES["invalid_url"]
        options["widget"] = self._widget(django.forms.URLInput, options, spellcheck="false")
        return URLField(**options)

    def create_number_field(self, field, options):
        options["error_messages"]["invalid"] = MESSAGES["invalid_number"]
        options["widget"] = self._widget(django.forms.NumberInput, options)
        return django.forms.DecimalField(**options)

    def create_date_field(self, field, options):
        options["error_messages"]["invalid"] = MESSAGES["invalid_date"]
        options["widget"] = self._widget(django.forms.DateInput, options, type="date")
        return django.forms.DateField(**options)

    def create_datetime_field(self, field, options):
        options["error_messages"]["invalid"] = MESSAGES["invalid_datetime"]
        options["widget"] = self._widget(django.forms.DateTimeInput, options, type="datetime-local")
        return django.forms.DateTimeField(**options)

    def _choice_options(self, options):
        options["error_messages"].update(
            required=MESSAGES["required_choice"],
            invalid_choice=MESSAGES["invalid_choice"],
            invalid_list=MESSAGES["invalid_choice"],
        )
        return options

    def create_dropdown_field(self, field, options):
        choices = self.get_formatted_field_choices(field)
        # A first, empty entry, so that nobody sends the first country by mistake.
        options["choices"] = [("", "—"), *choices]
        options["widget"] = self._widget(Select, options)
        return django.forms.ChoiceField(**self._choice_options(options))

    def create_country_field(self, field, options):
        """A member state of the Council of Europe: stored as its ISO code, shown by its
        name in the visitor's language and alphabet (the editor's choices are not used)."""
        options["choices"] = [("", "—"), *country_choices()]
        options.setdefault("widget_attrs", {})["autocomplete"] = "country"
        options["widget"] = self._widget(Select, options)
        return django.forms.ChoiceField(**self._choice_options(options))

    def create_authority_kind_field(self, field, options):
        """A kind of authority of the participant directory, stored as its code."""
        options["choices"] = authority_kinds()
        options.pop("widget_attrs", None)
        options["widget"] = django.forms.RadioSelect
        return django.forms.ChoiceField(**self._choice_options(options))

    def create_multiselect_field(self, field, options):
        options["choices"] = self.get_formatted_field_choices(field)
        options["widget"] = self._widget(django.forms.SelectMultiple, options)
        return django.forms.MultipleChoiceField(**self._choice_options(options))

    def create_radio_field(self, field, options):
        options["choices"] = self.get_formatted_field_choices(field)
        options["widget"] = self._widget(django.forms.RadioSelect, options)
        return django.forms.ChoiceField(**self._choice_options(options))

    def create_checkboxes_field(self, field, options):
        options["choices"] = self.get_formatted_field_choices(field)
        options["initial"] = self.get_formatted_field_initial(field)
        options["widget"] = self._widget(django.forms.CheckboxSelectMultiple, options)
        return django.forms.MultipleChoiceField(**self._choice_options(options))

    def create_checkbox_field(self, field, options):
        options["error_messages"]["required"] = MESSAGES["required_checkbox"]
        options["widget"] = self._widget(django.forms.CheckboxInput, options)
        return django.forms.BooleanField(**options)

    def create_hidden_field(self, field, options):
        options["max_length"] = SINGLE_LINE_MAX_LENGTH
        options.pop("widget_attrs", None)
        options["widget"] = django.forms.HiddenInput
        return django.forms.CharField(**options)

    def create_pdf_field(self, field, options):
        options.pop("widget_attrs", None)
        options.pop("initial", None)
        options.pop("error_messages", None)
        limit = gettext("A PDF file of at most %(size)s.") % {
            "size": filesizeformat(settings.APPLICATION_UPLOAD_MAX_BYTES)
        }
        options["help_text"] = format_html("{} {}", options["help_text"], limit) if options["help_text"] else limit
        return PdfFileField(**options)

    def create_consent_field(self, field, options):
        options.pop("widget_attrs", None)
        options.pop("initial", None)
        options.pop("error_messages", None)
        options.pop("required", None)
        return ConsentField(**options)

    def get_formatted_field_choices(self, field):
        # Wagtail's own splitting (one choice a line, or comma-separated) for both.
        choices = super().get_formatted_field_choices(field)
        labels = [label for _value, label in choices]
        source = self.source_fields.get(field.translation_key)
        if source is not None and source.field_type == field.field_type:
            values = [value for value, _label in super().get_formatted_field_choices(source)]
            # A translation that lost or gained a line cannot be paired by position:
            # it then submits its own words rather than wrong ones.
            if len(values) == len(labels):
                choices = list(zip(values, labels, strict=True))
        if field.role == FieldRole.COUNTRY:
            # Countries typed in by an editor (older forms), in the visitor's alphabet.
            choices.sort(key=lambda choice: collation_key(choice[1]))
        return choices

    def get_form_class(self):
        return type("ApplicationFormFromPage", (ApplicationForm,), self.formfields)


class Select(django.forms.Select):
    """Django's select, its options written by one template.

    Django renders each option through two templates of its own (the option and its
    attributes): for the 46 countries, that was a sixth of the join form's time.
    The HTML is the same.
    """

    template_name = "applications/widgets/select.html"


class PhoneInput(django.forms.TextInput):
    input_type = "tel"
