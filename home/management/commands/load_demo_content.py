import importlib
import importlib.util

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Page

from home.demo import DemoBuilder


def demo_content_modules():
    """Every installed app's `demo_content` module, in their ORDER."""
    modules = []
    for app_config in apps.get_app_configs():
        name = f"{app_config.name}.demo_content"
        if importlib.util.find_spec(app_config.name) and _module_exists(name):
            modules.append(importlib.import_module(name))
    return sorted(modules, key=lambda module: module.ORDER)


def _module_exists(name):
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


class Command(BaseCommand):
    help = (
        "Build the demo site: locales, home page in every language, standard pages, settings, "
        "and each content app's demo content. Safe to run again: it only adds what is missing. "
        "--refresh deletes every page first and rebuilds them."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--refresh",
            action="store_true",
            help="Delete all pages (and their translations) before building the demo again.",
        )

    def handle(self, *args, refresh=False, **options):
        builder = DemoBuilder(stdout=self.stdout if options["verbosity"] > 1 else None)
        with transaction.atomic():
            if refresh:
                for page in Page.objects.filter(depth=2):
                    page.delete()
            for module in demo_content_modules():
                module.load(builder)
            builder.finish()
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
