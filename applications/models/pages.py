"""The form page and its fields, built by editors and translated by translators."""

from django.conf import settings
from django.db import models, transaction
from django.http import Http404, HttpResponsePermanentRedirect, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import FORM_FIELD_CHOICES, AbstractFormField, FormMixin
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from applications.fields import PdfFileField
from applications.protection import FormGuard
from core.models import BasePage
from core.render_cache import lazy_value

FIELD_TYPE_CHOICES = (
    *FORM_FIELD_CHOICES,
    ("pdf", _("PDF file")),
    ("consent", _("Consent to the processing of the data")),
    # Choices that the site provides, stored as codes (see forms/vocabularies.py).
    ("country", _("Country (a member state of the Council of Europe)")),
    ("authority_kind", _("Kind of authority (those of the participant directory)")),
)


class FieldRole(models.TextChoices):
    """What a field means to the review inbox and to a future participant page.

    Roles do not depend on the label, so they stay true in every language and when
    an editor rewords a label.
    """

    APPLICANT_NAME = "applicant_name", _("Name of the applicant (authority or organisation)")
    APPLICANT_KIND = "applicant_kind", _("Kind of authority or organisation")
    COUNTRY = "country", _("Country")
    CONTACT_NAME = "contact_name", _("Contact person")
    CONTACT_ROLE = "contact_role", _("Role of the contact person")
    EMAIL = "email", _("Applicant's e-mail address (receives the confirmation)")
    PHONE = "phone", _("Telephone number")
    WEBSITE = "website", _("Website")
    LETTER = "letter", _("Letter of accession")


class FormPurpose(models.TextChoices):
    JOIN = "join", _("Join the Alliance: accepting creates a draft participant page")
    COOPERATE = "cooperate", _("Cooperate as NGO")
    OTHER = "other", _("Other")


class FormField(TranslatableMixin, AbstractFormField):
    """One field of a form page. Translators translate its label, help text and choices;
    its name, type and role stay the same in every language."""

    page = ParentalKey("applications.FormPage", on_delete=models.CASCADE, related_name="form_fields")
    field_type = models.CharField(_("field type"), max_length=16, choices=FIELD_TYPE_CHOICES)
    field_type.required_on_save = True
    role = models.CharField(
        _("role"),
        max_length=32,
        blank=True,
        choices=FieldRole.choices,
        help_text=_("What this field holds, for the review inbox and for the participant page made on acceptance."),
    )

    panels = [
        FieldPanel("label"),
        FieldPanel("help_text"),
        FieldPanel("required"),
        FieldPanel("field_type", classname="formbuilder-type"),
        FieldPanel("choices", classname="formbuilder-choices"),
        FieldPanel("default_value", classname="formbuilder-default"),
        FieldPanel("role"),
    ]

    # The name (clean_name) is derived once from the English label and copied, never
    # translated: submissions of every language are stored under the same keys.
    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        SynchronizedField("clean_name", overridable=False),
        SynchronizedField("field_type", overridable=False),
        SynchronizedField("required", overridable=False),
        SynchronizedField("default_value", overridable=False),
        SynchronizedField("role", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")


class FormPage(RoutablePageMixin, FormMixin, BasePage):
    """An application form ("Join the Alliance", "Cooperate as NGO") built from fields.

    Applications of every language version arrive in one inbox (Applications in the
    admin menu). The page works in every language: translate it like any page.
    """

    introduction = RichTextField(
        _("introduction"),
        features=["bold", "italic", "link"],
        blank=True,
        help_text=_("Shown above the form: who may apply and what happens next."),
    )
    thank_you_text = RichTextField(
        _("thank-you text"),
        features=["bold", "italic", "link"],
        help_text=_("Shown once the application is sent."),
    )
    purpose = models.CharField(
        _("purpose"),
        max_length=16,
        choices=FormPurpose.choices,
        default=FormPurpose.OTHER,
        help_text=_("What accepting an application of this form does."),
    )
    submit_label = models.CharField(_("label of the send button"), max_length=60, default="Send")

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        InlinePanel("form_fields", label=_("Form fields")),
        MultiFieldPanel([FieldPanel("submit_label"), FieldPanel("thank_you_text")], heading=_("Sending")),
    ]
    settings_panels = [*BasePage.settings_panels, FieldPanel("purpose")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    parent_page_types = ["core.HomePage"]
    subpage_types = []

    # Where the applicant lands after sending (Post/Redirect/Get: reloading the thank-you
    # page never sends the application twice): a word of the address's language
    # ("/fr/adherer/merci/"). Every language's word (and so the old English address)
    # leads there too, with a permanent redirect.
    THANK_YOU_ROUTE = pgettext_lazy("address of the thank-you page, lower-case ASCII letters and hyphens", "thank-you")

    class Meta:
        verbose_name = _("application form")
        verbose_name_plural = _("application forms")

    # --- The form ------------------------------------------------------------------------

    def get_form_fields(self):
        return self.form_fields.all()

    def get_source_form_fields(self, fields):
        """The fields of the default language's version of this form, by translation key.

        Choices are submitted in the default language's words (see builder.py), so that
        applications of every language can be compared and filtered together. (For the
        default language's own form this finds its own fields.)
        """
        keys = [field.translation_key for field in fields]
        sources = FormField.objects.filter(translation_key__in=keys, locale__language_code=settings.LANGUAGE_CODE)
        return {field.translation_key: field for field in sources}

    def get_form_fields_and_sources(self):
        """The form's fields, in order, and `get_source_form_fields` of them: one query.

        A preview's fields are in memory, not in the database yet: they are read as before.
        """
        fields = self.get_form_fields()
        if not isinstance(fields, models.QuerySet):
            fields = list(fields)
            return fields, self.get_source_form_fields(fields)
        default_code = settings.LANGUAGE_CODE
        rows = FormField.objects.filter(
            models.Q(page_id=self.pk)
            | models.Q(translation_key__in=fields.values("translation_key"), locale__language_code=default_code)
        ).annotate(language_code=models.F("locale__language_code"))
        own, sources = [], {}
        for row in rows:  # in the fields' order (sort_order)
            if row.page_id == self.pk:
                own.append(row)
            if row.language_code == default_code:
                sources[row.translation_key] = row
        return own, sources

    def get_form_class(self):
        from applications.builder import SiteFormBuilder

        fields, sources = self.get_form_fields_and_sources()
        return SiteFormBuilder(fields, source_fields=sources).get_form_class()

    def get_submission_class(self):
        from applications.models import ApplicationSubmission

        return ApplicationSubmission

    def get_submissions(self):
        # Every language version of this form shares one inbox.
        return self.get_submission_class().objects.filter(form_translation_key=self.translation_key)

    def process_form_submission(self, form):
        """Store the application and its files; nothing else happens before this is done."""
        from applications.submission import store_submission

        with transaction.atomic():
            return store_submission(self, form)

    # --- Serving ------------------------------------------------------------------------

    @path("")
    def form_view(self, request):
        guard = FormGuard(request, self)
        if request.method != "POST":
            # Built when the page's fields render, not when they come from the render
            # cache (core.render_cache).
            return self.render_form(request, lazy_value(lambda: self.get_form(page=self, user=request.user)), guard)

        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        if guard.is_rate_limited():
            return self.render_form(request, form, guard, rate_limited=True, status=429)
        if guard.looks_automated():
            # A robot sees the ordinary thank-you page and nothing is stored or sent.
            return HttpResponseRedirect(self.thank_you_url(request))
        if not guard.token_is_valid():
            return self.render_form(request, form, guard, expired=True, status=400)
        if not form.is_valid():
            return self.render_form(request, form, guard)

        submission = self.process_form_submission(form)
        guard.record_submission()
        # Only now, with the application safe in the database: the e-mails.
        from applications.mail import queue_application_emails

        queue_application_emails(submission, request)
        return HttpResponseRedirect(self.thank_you_url(request))

    @re_path(r"^(?P<segment>[-\w]+)/$", name="thank_you")
    def thank_you_view(self, request, segment):
        if segment != self.thank_you_segment():
            if segment not in self.thank_you_segments_of_every_language():
                raise Http404
            return HttpResponsePermanentRedirect(self.thank_you_url(request))
        return self.render_landing_page(request)

    @classmethod
    def thank_you_segment(cls, language_code=None):
        """The thank-you page's address segment in a language (default: the active one)."""
        with translation.override(language_code or translation.get_language()):
            return str(cls.THANK_YOU_ROUTE)

    @classmethod
    def thank_you_segments_of_every_language(cls):
        return {cls.thank_you_segment(code) for code, _name in settings.LANGUAGES}

    def thank_you_url(self, request):
        return self.get_url(request) + self.reverse_subpage("thank_you", kwargs={"segment": self.thank_you_segment()})

    def sub_route_in_language(self, request, language_code):
        """The language switcher on the thank-you page leads to the thank-you page."""
        match = getattr(request, "routable_resolver_match", None)
        if match is not None and match.url_name == "thank_you":
            return self.thank_you_segment(language_code) + "/"
        return super().sub_route_in_language(request, language_code)

    def render_form(self, request, form, guard, *, rate_limited=False, expired=False, status=200):
        context = self.get_context(request)
        context.update(
            form=form,
            form_token=guard.new_token(),
            honeypot_name=guard.HONEYPOT_NAME,
            rate_limited=rate_limited,
            token_expired=expired,
            # Answers to show again: a form given no answers has no errors to name.
            form_is_bound=request.method == "POST",
            has_file_field=lazy_value(lambda: any(isinstance(field, PdfFileField) for field in form.fields.values())),
        )
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def render_landing_page(self, request, form_submission=None, *args, **kwargs):
        context = self.get_context(request)
        context["form_submission"] = form_submission
        return TemplateResponse(request, self.get_landing_page_template(request), context)

    def serve_preview(self, request, mode_name):
        if mode_name == "landing":
            return self.render_landing_page(request)
        return self.render_form(request, self.get_form(page=self, user=request.user), FormGuard(request, self))
