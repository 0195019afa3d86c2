"""Admin screens of the translation workflow: coverage dashboard, bulk actions, approval,
exchange with agencies."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from localization import coverage, exchange, operations
from localization.forms import ImportPOForm, TranslatePagesForm, UpdateOutdatedForm
from localization.permissions import (
    user_can_edit_translated_object,
    user_can_publish_in,
    user_can_use_translation_tools,
    user_locale_ids,
    user_works_in,
)

ROWS_PER_SCREEN = 50


def source_locale():
    return Locale.get_default()


def ordered_target_locales():
    """Every locale but the source one, in the order of settings.LANGUAGES."""
    order = {code: position for position, (code, _name) in enumerate(settings.LANGUAGES)}
    locales = Locale.objects.exclude(language_code=settings.LANGUAGE_CODE)
    return sorted(locales, key=lambda locale: order.get(locale.language_code, len(order)))


def safe_next_url(request, default):
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return default


class TranslationToolsMixin:
    """For everyone who works in at least one language."""

    def dispatch(self, request, *args, **kwargs):
        if not user_can_use_translation_tools(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("translation:dashboard"), "label": _("Translations")},
            {"url": "", "label": self.get_page_title()},
        ]


def submitted_message(count):
    return ngettext(
        "%(count)d translation was submitted for approval.",
        "%(count)d translations were submitted for approval.",
        count,
    ) % {"count": count}


def report_result(request, result, *, done_message):
    """Tell what a bulk action did; `done_message(count)` says how many were written."""
    if result.written:
        messages.success(request, done_message(len(result.written)))
    else:
        messages.warning(request, _("Nothing needed to be done."))
    if result.machine_strings:
        messages.info(
            request,
            ngettext(
                "%(count)d string was filled by machine translation: please review it.",
                "%(count)d strings were filled by machine translation: please review them.",
                result.machine_strings,
            )
            % {"count": result.machine_strings},
        )
    if result.submitted:
        messages.info(request, submitted_message(result.submitted))
    for name, reason in result.skipped[:10]:
        messages.warning(request, _("Left out %(name)s: %(reason)s.") % {"name": name, "reason": reason})


class CoverageDashboardView(TranslationToolsMixin, WagtailAdminTemplateMixin, TemplateView):
    """Every page against every language: missing, in progress, outdated or up to date
    (or the source is not published yet)."""

    template_name = "localization/dashboard.html"
    page_title = gettext_lazy("Translation coverage")
    header_icon = "wagtail-localize-language"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def _int_param(self, name):
        value = self.request.GET.get(name, "")
        return int(value) if value.isdigit() else None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        source = source_locale()
        locales = ordered_target_locales()
        locales_by_code = {locale.language_code: locale for locale in locales}

        type_choices = coverage.page_type_choices()
        sections = list(
            Page.objects.filter(locale=source, depth__in=[2, 3], numchild__gt=0)
            .order_by("path")
            .values("id", "draft_title", "path", "depth")
        )
        chosen_type = self._int_param("type")
        chosen_section = next((s for s in sections if s["id"] == self._int_param("section")), None)
        chosen_language = locales_by_code.get(self.request.GET.get("language", ""))
        chosen_status = self.request.GET.get("status", "")
        if chosen_status not in coverage.STATUSES:
            chosen_status = ""

        pages = Page.objects.all()
        if chosen_type:
            pages = pages.filter(content_type_id=chosen_type)
        if chosen_section:
            pages = pages.filter(path__startswith=chosen_section["path"])
        rows = coverage.CoverageReport(source, locales, pages).compute()
        totals = coverage.totals_by_locale(rows)
        if chosen_status:
            rows = [
                row
                for row in rows
                if any(
                    cell.status == chosen_status
                    for cell in row.cells
                    if chosen_language is None or cell.locale_id == chosen_language.pk
                )
            ]
        paginator = Paginator(rows, ROWS_PER_SCREEN)
        screen = paginator.get_page(self.request.GET.get("p"))
        actions = CellActions(self.request.user, locales)
        for row in screen.object_list:
            row.links = [actions.link(row, cell) for cell in row.cells]

        query = {
            key: value for key, value in self.request.GET.items() if key in {"type", "section", "language", "status"}
        }
        context.update(
            {
                "locales": locales,
                "rows": screen,
                "elided_page_range": paginator.get_elided_page_range(screen.number),
                "row_count": len(rows),
                "query_string": urlencode(query),
                "totals": [
                    {
                        "locale": locale,
                        "counts": [(status, totals.get(locale.pk, {}).get(status, 0)) for status in coverage.STATUSES],
                        "works_in": user_works_in(self.request.user, locale),
                        "outdated": totals.get(locale.pk, {}).get(coverage.OUTDATED, 0),
                    }
                    for locale in locales
                ],
                "statuses": [(status, coverage.STATUS_LABELS[status]) for status in coverage.STATUSES],
                "type_choices": type_choices,
                "sections": sections,
                "chosen": {
                    "type": chosen_type,
                    "section": chosen_section["id"] if chosen_section else None,
                    "language": chosen_language.language_code if chosen_language else "",
                    "status": chosen_status,
                },
            }
        )
        return context


class CellActions:
    """The link of each dashboard cell: what the cell's status asks for."""

    LABELS = {
        coverage.MISSING: gettext_lazy("Translate"),
        coverage.IN_PROGRESS: gettext_lazy("Continue"),
        coverage.OUTDATED: gettext_lazy("Update"),
        coverage.UP_TO_DATE: gettext_lazy("Edit"),
    }

    def __init__(self, user, locales):
        self.codes = {locale.pk: locale.language_code for locale in locales}
        self.names = {locale.pk: locale.get_display_name() for locale in locales}
        self.allowed = {locale.pk for locale in locales if locale.pk in user_locale_ids(user)}
        # Reversed once; the ids are filled in per cell (thousands of cells, no reverse() each).
        self.edit_url = reverse("wagtailadmin_pages:edit", args=[999999999]).replace("999999999", "{}")
        self.translate_url = reverse("translation:translate")
        self.update_url = reverse("translation:update_outdated")

    def link(self, row, cell):
        code = self.codes[cell.locale_id]
        label = coverage.STATUS_LABELS[cell.status]
        url = None
        # A source that is not live has nothing to translate yet: its row links to it.
        if cell.locale_id in self.allowed and cell.status != coverage.NOT_PUBLISHED:
            if cell.status == coverage.MISSING:
                url = f"{self.translate_url}?{urlencode({'page': cell.source_page_id, 'locale': code})}"
            elif cell.status == coverage.OUTDATED:
                url = f"{self.update_url}?{urlencode({'page': cell.source_page_id, 'locale': code})}"
            else:
                url = self.edit_url.format(cell.target_page_id)
        return {
            "status": cell.status,
            "label": label,
            "url": url,
            "action": self.LABELS[cell.status] if url else "",
            "language": self.names[cell.locale_id],
            "code": code,
        }


class TranslatePagesView(TranslationToolsMixin, WagtailAdminTemplateMixin, FormView):
    """Translate a page, or a section with the pages below it, into chosen languages."""

    template_name = "localization/translate_pages.html"
    page_title = gettext_lazy("Translate pages")
    header_icon = "wagtail-localize-language"
    form_class = TranslatePagesForm

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs.update(
            user=self.request.user,
            source_locale=source_locale(),
            can_publish=any(user_can_publish_in(self.request.user, locale) for locale in ordered_target_locales()),
        )
        return kwargs

    def get_initial(self):
        initial = {}
        page_id = self.request.GET.get("page", "")
        if page_id.isdigit():
            initial["page"] = page_id
        codes = self.request.GET.getlist("locale")
        if codes:
            initial["locales"] = list(Locale.objects.filter(language_code__in=codes))
        initial["include_subtree"] = self.request.GET.get("subtree") == "1"
        return initial

    def form_valid(self, form):
        page = form.cleaned_data["page"]
        result = operations.translate_pages(
            page,
            list(form.cleaned_data["locales"]),
            self.request.user,
            include_subtree=form.cleaned_data["include_subtree"],
            machine=form.cleaned_data.get("machine_translate", False),
            submit=form.cleaned_data.get("submit_for_approval", False),
            publish=form.cleaned_data.get("publish", False),
        )
        report_result(
            self.request,
            result,
            done_message=lambda count: (
                ngettext("%(count)d translation created.", "%(count)d translations created.", count) % {"count": count}
            ),
        )
        if len(result.written) == 1 and isinstance(result.written[0][0], Page):
            return redirect("wagtailadmin_pages:edit", result.written[0][0].pk)
        return redirect(safe_next_url(self.request, reverse("translation:dashboard")))


class UpdateOutdatedView(TranslationToolsMixin, WagtailAdminTemplateMixin, FormView):
    """Bring every outdated translation of a language (or of one page) up to date."""

    template_name = "localization/update_outdated.html"
    page_title = gettext_lazy("Update outdated translations")
    header_icon = "resubmit"
    form_class = UpdateOutdatedForm

    def get_page(self):
        page_id = self.request.GET.get("page", "") or self.request.POST.get("page", "")
        if not page_id.isdigit():
            return None
        return get_object_or_404(Page, pk=page_id, locale=source_locale())

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs.update(
            user=self.request.user,
            source_locale=source_locale(),
            can_publish=any(user_can_publish_in(self.request.user, locale) for locale in ordered_target_locales()),
        )
        return kwargs

    def get_initial(self):
        code = self.request.GET.get("locale", "")
        locale = Locale.objects.filter(language_code=code).first()
        return {"locale": locale} if locale else {}

    def _translations(self, page):
        if page is None:
            return None
        return Translation.objects.filter(source__object_id=page.translation_key)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = self.get_page()
        context["page"] = page
        locale = context["form"].initial.get("locale")
        if locale is not None and user_works_in(self.request.user, locale):
            context["outdated"] = operations.outdated_translations(locale, source_locale(), self._translations(page))
            context["chosen_locale"] = locale
        return context

    def form_valid(self, form):
        locale = form.cleaned_data["locale"]
        page = self.get_page()
        result = operations.update_outdated(
            locale,
            source_locale(),
            self.request.user,
            machine=form.cleaned_data.get("machine_translate", False),
            submit=form.cleaned_data.get("submit_for_approval", False),
            publish=form.cleaned_data.get("publish", False) and user_can_publish_in(self.request.user, locale),
            translations=self._translations(page),
        )
        report_result(
            self.request,
            result,
            done_message=lambda count: (
                ngettext("%(count)d translation updated.", "%(count)d translations updated.", count) % {"count": count}
            ),
        )
        return redirect(
            safe_next_url(self.request, reverse("translation:dashboard") + f"?language={locale.language_code}")
        )


@require_POST
def submit_translation_for_approval(request, translation_id):
    """From wagtail-localize's editor: save the translation as a draft and ask for approval."""
    translation = get_object_or_404(Translation.objects.select_related("source", "target_locale"), pk=translation_id)
    target = operations.get_target(translation)
    if target is None or not user_can_edit_translated_object(request.user, target):
        raise PermissionDenied
    try:
        target = operations.save_translation_draft(translation, request.user)
        operations.submit_for_approval(target, request.user)
    except operations.TranslationActionError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("'%(title)s' in %(language)s was submitted for approval.")
            % {"title": target, "language": translation.target_locale.get_display_name()},
        )
    return redirect(safe_next_url(request, reverse("translation:dashboard")))


class ExchangeView(TranslationToolsMixin, WagtailAdminTemplateMixin, FormView):
    """Exchange with translation agencies: export pending strings, import the translations."""

    template_name = "localization/exchange.html"
    page_title = gettext_lazy("Exchange with translation agencies")
    header_icon = "download"
    form_class = ImportPOForm
    success_url = reverse_lazy("translation:exchange")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        allowed = user_locale_ids(self.request.user)
        context["locales"] = [locale for locale in ordered_target_locales() if locale.pk in allowed]
        return context

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        result = exchange.import_po_files(upload.name, upload.read(), self.request.user)
        if result.translations:
            messages.success(
                self.request,
                ngettext(
                    "%(count)d translated string received.", "%(count)d translated strings received.", result.strings
                )
                % {"count": result.strings},
            )
        for name, problem in result.problems[:10]:
            messages.warning(self.request, _("%(file)s: %(problem)s.") % {"file": name, "problem": problem})
        if form.cleaned_data["submit_for_approval"]:
            submitted = 0
            for translation in result.translations:
                target = operations.get_target(translation)
                if target is None or not operations.can_hold_draft(target):
                    continue
                try:
                    target = operations.save_translation_draft(translation, self.request.user)
                    operations.submit_for_approval(target, self.request.user)
                    submitted += 1
                except operations.TranslationActionError as error:
                    messages.warning(self.request, str(error))
                    break
            if submitted:
                messages.info(self.request, submitted_message(submitted))
        return super().form_valid(form)


def export_pending_strings(request, language_code):
    """A ZIP of PO files with the strings still to translate into one language."""
    if not user_can_use_translation_tools(request.user):
        raise PermissionDenied
    locale = get_object_or_404(Locale, language_code=language_code)
    if not user_works_in(request.user, locale):
        raise PermissionDenied
    data, files, _strings = exchange.export_pending(locale)
    if not files:
        messages.info(
            request,
            _("Nothing is waiting for translation into %(language)s.") % {"language": locale.get_display_name()},
        )
        return redirect("translation:exchange")
    response = HttpResponse(data, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{exchange.export_filename(locale)}"'
    return response
