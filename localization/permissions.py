"""Who may work in which language.

A user works in the languages whose page trees they hold page permissions on: a group
with permissions on the French home page's tree works in French; a permission on the
root page (Wagtail's Editors and Moderators) covers every language; superusers work in
all of them. Wagtail checks pages itself; snippets have permissions per model only, so
for translatable snippets the language is checked here, by the hooks in
`localization/wagtail_hooks.py` and by `TranslationLanguageMiddleware`.
"""

from wagtail.models import DraftStateMixin, GroupPagePermission, Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail.snippets.permissions import get_permission_name, user_can_edit_snippet_type

_CACHE_ATTRIBUTE = "_translation_locale_ids"


def user_locale_ids(user):
    """The ids of the locales `user` works in (cached on the user for the request)."""
    cached = getattr(user, _CACHE_ATTRIBUTE, None)
    if cached is not None:
        return cached
    if not user.is_authenticated or not user.is_active:
        locale_ids = frozenset()
    elif user.is_superuser:
        locale_ids = frozenset(Locale.objects.values_list("pk", flat=True))
    else:
        grants = set(
            GroupPagePermission.objects.filter(group__user=user)
            .values_list("page__depth", "page__locale_id")
            .distinct()
        )
        if any(depth == 1 for depth, _locale_id in grants):
            locale_ids = frozenset(Locale.objects.values_list("pk", flat=True))
        else:
            locale_ids = frozenset(locale_id for _depth, locale_id in grants)
    setattr(user, _CACHE_ATTRIBUTE, locale_ids)
    return locale_ids


def user_works_in(user, locale):
    locale_id = locale if isinstance(locale, int) else locale.pk
    return locale_id in user_locale_ids(user)


def translatable_snippet_models():
    """Every registered snippet model whose instances are translated."""
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def user_can_edit_translated_object(user, instance):
    """May `user` change this page or snippet, in its language?"""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    if isinstance(instance, TranslatableMixin) and not user_works_in(user, instance.locale_id):
        return False
    return user_can_edit_snippet_type(user, type(instance))


def user_can_publish_translated_object(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    if isinstance(instance, TranslatableMixin) and not user_works_in(user, instance.locale_id):
        return False
    if user.is_superuser:
        return True
    action = "publish" if isinstance(instance, DraftStateMixin) else "change"
    return user.has_perm(get_permission_name(action, type(instance)))


def user_can_use_translation_tools(user):
    """Translators, approvers, editors and administrators: anyone working in a language."""
    return bool(user_locale_ids(user))


def user_can_publish_in(user, locale):
    """May `user` publish pages in this language's tree (so skip approval)?"""
    cache = getattr(user, "_translation_publish_locale_ids", None)
    if cache is None:
        if not user.is_authenticated or not user.is_active:
            cache = frozenset()
        elif user.is_superuser:
            cache = frozenset(Locale.objects.values_list("pk", flat=True))
        else:
            grants = set(
                GroupPagePermission.objects.filter(group__user=user, permission__codename="publish_page")
                .values_list("page__depth", "page__locale_id")
                .distinct()
            )
            if any(depth == 1 for depth, _locale_id in grants):
                cache = frozenset(Locale.objects.values_list("pk", flat=True))
            else:
                cache = frozenset(locale_id for depth, locale_id in grants if depth == 2)
        user._translation_publish_locale_ids = cache
    locale_id = locale if isinstance(locale, int) else locale.pk
    return locale_id in cache
