from django.core.exceptions import PermissionDenied
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.models import TranslatableMixin

from localization import urls as translation_urls
from localization.permissions import user_can_use_translation_tools, user_works_in


@hooks.register("register_admin_urls")
def register_translation_urls():
    return [path("translation/", include(translation_urls, namespace="translation"))]


class TranslationMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_use_translation_tools(request.user)


class TranslationSubmenu(SubmenuMenuItem):
    def is_shown(self, request):
        return user_can_use_translation_tools(request.user)


@hooks.register("register_admin_menu_item")
def register_translation_menu():
    items = [
        TranslationMenuItem(_("Coverage"), reverse("translation:dashboard"), icon_name="table", order=100),
        TranslationMenuItem(
            _("Translate pages"), reverse("translation:translate"), icon_name="wagtail-localize-language", order=200
        ),
        TranslationMenuItem(
            _("Update outdated"), reverse("translation:update_outdated"), icon_name="resubmit", order=300
        ),
        TranslationMenuItem(_("Agencies (PO files)"), reverse("translation:exchange"), icon_name="download", order=400),
    ]
    return TranslationSubmenu(_("Translations"), Menu(items=items), icon_name="wagtail-localize-language", order=250)


# Snippets have permissions per model only; their language is checked here. These run
# before wagtail-localize's own hooks (order=-1), which replace the editor by its
# translation editor.
@hooks.register("before_edit_snippet", order=-1)
def refuse_snippets_in_other_languages(request, instance):
    if isinstance(instance, TranslatableMixin) and not user_works_in(request.user, instance.locale_id):
        raise PermissionDenied


@hooks.register("before_delete_snippet", order=-1)
def refuse_deleting_snippets_in_other_languages(request, instances):
    for instance in instances:
        if isinstance(instance, TranslatableMixin) and not user_works_in(request.user, instance.locale_id):
            raise PermissionDenied
