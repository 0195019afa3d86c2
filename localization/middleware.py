from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from wagtail_localize.models import Translation

from localization.permissions import user_works_in

# wagtail-localize's views that act on one translation. For pages Wagtail's page
# permissions already decide; for snippets wagtail-localize checks the model only, so
# a French translator could reach a German footer text's strings without this check.
TRANSLATION_VIEWS = {
    "edit_string_translation",
    "edit_override",
    "download_pofile",
    "upload_pofile",
    "machine_translate",
    "preview_translation",
    "stop_translation",
}


class TranslationLanguageMiddleware:
    """Refuses wagtail-localize's translation views to people who do not work in the
    translation's language (see `localization.permissions`)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or "wagtail_localize" not in match.namespaces or match.url_name not in TRANSLATION_VIEWS:
            return None
        if not request.user.is_authenticated:
            return None  # wagtail's own login redirect applies
        translation = get_object_or_404(Translation, pk=view_kwargs.get("translation_id"))
        if not user_works_in(request.user, translation.target_locale_id):
            raise PermissionDenied
        return None
