"""System checks of the frame (`manage.py check`, and before `runserver` and `migrate`)."""

from django.core import checks


@checks.register(checks.Tags.translation)
def catalogs_are_compiled(app_configs, **kwargs):
    from core.i18n.catalogs import uncompiled_catalogs

    missing = uncompiled_catalogs()
    if not missing:
        return []
    return [
        checks.Error(
            f"{len(missing)} translation catalog(s) have no up-to-date .mo file, so their pages would "
            "show English words (and Romani would be unknown).",
            hint="Run `manage.py compile_translations` (or `make translations`).",
            id="core.E001",
        )
    ]
