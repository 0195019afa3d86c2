"""The Applications inbox in the admin: one list for every form and language.

Staff who may view applications ("Can view application") see the list, the details
and the files; staff who may change them review them: status, note, handler, accept
and decline. Applications are never created in the admin.
"""

import django_filters
from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from applications.acceptance import accept_application, decline_application, still_to_do
from applications.models import ApplicationFile, ApplicationStatus, ApplicationSubmission, FormPage
from core.registry import CannotAccept

# Spreadsheet programs run a cell that starts with one of these as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """Make a text that a spreadsheet would run as a formula show as text."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def form_choices():
    """Every form, by the title of its default-language version."""
    forms_by_key = {}
    for key, title, code in FormPage.objects.values_list("translation_key", "title", "locale__language_code"):
        if key not in forms_by_key or code == settings.LANGUAGE_CODE:
            forms_by_key[key] = title
    return sorted(forms_by_key.items(), key=lambda item: item[1])


def reviewers():
    """Active users who may change applications (the possible handlers)."""
    user_model = get_user_model()
    permission = Q(codename="change_applicationsubmission", content_type__app_label="applications")
    from django.contrib.auth.models import Permission

    permissions = Permission.objects.filter(permission)
    return (
        user_model.objects.filter(is_active=True)
        .filter(Q(is_superuser=True) | Q(user_permissions__in=permissions) | Q(groups__permissions__in=permissions))
        .distinct()
        .order_by("first_name", "last_name", user_model.USERNAME_FIELD)
    )


class ApplicationFilterSet(WagtailFilterSet):
    form_translation_key = django_filters.ChoiceFilter(label=_("Form"), choices=form_choices)
    language = django_filters.ChoiceFilter(label=_("Language"), choices=lambda: settings.LANGUAGES)
    status = django_filters.ChoiceFilter(label=_("Status"), choices=ApplicationStatus.choices)
    handler = django_filters.ModelChoiceFilter(label=_("Handled by"), queryset=lambda request: reviewers())
    submit_time = django_filters.DateFromToRangeFilter(label=_("Sent"), widget=DateRangePickerWidget)

    class Meta:
        model = ApplicationSubmission
        fields = ["form_translation_key", "language", "status", "handler", "submit_time"]


class ApplicationIndexView(generic.IndexView):
    base_list_export = [
        "reference",
        "submit_time",
        "form_title",
        "language",
        "status",
        "applicant_name",
        "applicant_email",
        "handler_name",
        "staff_note",
        "decline_reason",
        "consent_given_at",
    ]
    export_headings = {"handler_name": _("Handled by"), "language": _("Language")}
    DATA_PREFIX = "answer:"
    export_form_fields = {}  # the chosen form's fields by name, once export_fields has run

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("handler")

    @cached_property
    def filtered_form_key(self):
        if self.filters is None or not self.filters.is_valid():
            return None
        return self.filters.form.cleaned_data.get("form_translation_key") or None

    @cached_property
    def export_fields(self):
        """With one form chosen, one column per question; otherwise all answers in one."""
        if self.filtered_form_key:
            page = FormPage.objects.filter(
                translation_key=self.filtered_form_key, locale__language_code=settings.LANGUAGE_CODE
            ).first()
            if page is not None:
                self.export_form_fields = {field.clean_name: field for field in page.form_fields.all()}
                return [(self.DATA_PREFIX + name, field.label) for name, field in self.export_form_fields.items()]
        return [("data_as_text", _("Answers"))]

    @property
    def list_export(self):
        return self.base_list_export + [name for name, _label in self.export_fields]

    def get_heading(self, queryset, field):
        labels = dict(self.export_fields)
        if field in labels:
            return str(labels[field])
        return super().get_heading(queryset, field)

    def to_row_dict(self, item):
        row = {}
        for field in self.list_export:
            if field.startswith(self.DATA_PREFIX):
                from applications.models.submissions import answer_as_text

                name = field[len(self.DATA_PREFIX) :]
                row[field] = answer_as_text(self.export_form_fields[name], item.form_data.get(name))
            elif field == "status":
                row[field] = item.get_status_display()
            else:
                value = getattr(item, field)
                row[field] = value() if callable(value) else value
        return row

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return neutralise_formula(value)


class ApplicationEditForm(WagtailAdminModelForm):
    """What staff change while reviewing: accepting and declining have their own buttons."""

    class Meta:
        model = ApplicationSubmission
        fields = ["status", "handler", "staff_note"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["handler"].queryset = reviewers()
        current = self.instance.status
        allowed = {ApplicationStatus.NEW, ApplicationStatus.IN_REVIEW, current}
        self.fields["status"].choices = [
            (value, label) for value, label in ApplicationStatus.choices if value in allowed
        ]
        self.fields["status"].help_text = _("Use the Accept and Decline buttons to decide.")


class ApplicationDetailsMixin:
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        submission = self.object
        context.update(
            submission=submission,
            rows=submission.get_data_rows(),
            files=list(submission.files.all()),
            emails=list(submission.emails.all()),
            can_review=self.permission_policy.user_has_permission(self.request.user, "change"),
        )
        return context


class ApplicationEditView(ApplicationDetailsMixin, generic.EditView):
    template_name = "applications/admin/application_edit.html"

    def get_page_subtitle(self):
        return str(self.object)

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        buttons.append(
            Button(_("Accept"), url=reverse("applications:accept", args=[self.object.pk]), icon_name="check")
        )
        buttons.append(
            Button(_("Decline"), url=reverse("applications:decline", args=[self.object.pk]), icon_name="cross")
        )
        return buttons


class ApplicationInspectView(ApplicationDetailsMixin, generic.InspectView):
    template_name = "applications/admin/application_inspect.html"


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for declining"),
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Kept with the application; say why, for whoever reads it later."),
        max_length=5000,
    )


class AcceptForm(forms.Form):
    pass


class DecisionView(generic.base.WagtailAdminTemplateMixin, FormView):
    """Accept or decline one application (staff who may change applications)."""

    template_name = "applications/admin/application_decision.html"
    permission_policy = None
    header_icon = "form"

    def dispatch(self, request, pk):
        if not self.permission_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        self.object = get_object_or_404(ApplicationSubmission, pk=pk)
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("applications:index"), "label": ApplicationSubmission._meta.verbose_name_plural},
            {"url": reverse("applications:edit", args=[self.object.pk]), "label": str(self.object)},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            submission=self.object,
            rows=self.object.get_data_rows(),
            action_url=self.request.path,
            submit_button_label=self.submit_button_label,
            explanation=self.get_explanation(),
        )
        return context

    def get_success_url(self):
        return reverse("applications:edit", args=[self.object.pk])


class AcceptView(DecisionView):
    form_class = AcceptForm
    page_title = _("Accept the application")
    submit_button_label = _("Accept")

    def get_explanation(self):
        if self.object.is_join_application:
            return _(
                "Accepting records your decision. For an application to join the Alliance it also makes a "
                "draft participant page from the application, for you to check and publish."
            )
        return _("Accepting records your decision.")

    def form_valid(self, form):
        try:
            accept_application(self.object, self.request.user)
        except CannotAccept as refusal:
            # Nothing was changed: the decision waits until what is missing exists.
            messages.error(self.request, str(refusal))
            return redirect(self.get_success_url())
        messages.success(self.request, _("Application “%(name)s” accepted.") % {"name": self.object})
        unfinished = still_to_do(self.object)
        if unfinished:
            messages.warning(self.request, unfinished)
        return redirect(self.get_success_url())


class DeclineView(DecisionView):
    form_class = DeclineForm
    page_title = _("Decline the application")
    submit_button_label = _("Decline")

    def get_explanation(self):
        return _("Declining records your decision and its reason. The applicant is not written to automatically.")

    def form_valid(self, form):
        decline_application(self.object, self.request.user, form.cleaned_data["reason"])
        messages.success(self.request, _("Application “%(name)s” declined.") % {"name": self.object})
        return redirect(self.get_success_url())


def download_file(request, pk):
    """Send an application's file to staff who may see applications, as a download."""
    user = request.user
    if not (
        user.has_perm("applications.view_applicationsubmission")
        or user.has_perm("applications.change_applicationsubmission")
    ):
        raise PermissionDenied
    record = get_object_or_404(ApplicationFile.objects.select_related("submission"), pk=pk)
    try:
        handle = record.file.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    response = FileResponse(handle, as_attachment=True, filename=record.original_name, content_type="application/pdf")
    response["X-Content-Type-Options"] = "nosniff"
    # If a browser still opens it, nothing in it may run or reach the site.
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-store"
    return response


class ApplicationViewSet(ModelViewSet):
    model = ApplicationSubmission
    icon = "form"
    menu_label = _("Applications")
    menu_order = 250
    add_to_admin_menu = True
    name = "applications"
    index_view_class = ApplicationIndexView
    edit_view_class = ApplicationEditView
    inspect_view_class = ApplicationInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = ApplicationFilterSet
    form_fields = ["status", "handler", "staff_note"]
    list_display = [
        "__str__",
        "form_title",
        Column("language_name", label=_("Language")),
        StatusTagColumn("get_status_display", label=_("Status"), primary=lambda item: item.status == "new"),
        Column("handler_name", label=_("Handled by")),
        DateColumn("submit_time", label=_("Sent")),
    ]
    search_fields = ["applicant_name", "applicant_email", "form_title", "staff_note"]
    search_backend_name = None
    export_filename = "applications"
    list_per_page = 50

    def get_form_class(self, for_update=False):
        return ApplicationEditForm

    def get_index_view_kwargs(self, **kwargs):
        # Applications arrive through the public forms only.
        return super().get_index_view_kwargs(add_url_name=None, **kwargs)

    def get_permissions_to_register(self):
        return super().get_permissions_to_register().exclude(codename="add_applicationsubmission")

    @property
    def accept_view(self):
        return AcceptView.as_view(permission_policy=self.permission_policy)

    @property
    def decline_view(self):
        return DeclineView.as_view(permission_policy=self.permission_policy)

    def get_urlpatterns(self):
        urlpatterns = [pattern for pattern in super().get_urlpatterns() if pattern.name not in {"add", "copy"}]
        return [
            *urlpatterns,
            path("accept/<int:pk>/", self.accept_view, name="accept"),
            path("decline/<int:pk>/", self.decline_view, name="decline"),
            path("file/<int:pk>/", download_file, name="file"),
        ]
