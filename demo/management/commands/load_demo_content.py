from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Page

from demo import applications, events, news, participants, site
from demo.builder import DemoBuilder
from demo.indexing import indexed_once_at_the_end


def demo_content_modules():
    """The parts of the demo, in the order they are built.

    The application forms come first: the frame's demo finds them at /join/ and
    /cooperate/ and links its calls to action to them. Participants come before the
    events and news that name them.
    """
    return [applications, site, participants, events, news]


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
        with transaction.atomic(), indexed_once_at_the_end():
            if refresh:
                delete_every_page()
            for module in demo_content_modules():
                module.load(builder)
            builder.finish()
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))


def delete_every_page():
    """Delete every language's pages, the default language's last.

    Deleting a page first unpublishes its aliases, saving each of them, in every other
    language; once the other languages are gone, the default language's pages have no
    aliases left to save.
    """
    homes = Page.objects.filter(depth=2).select_related("locale")
    for page in sorted(homes, key=lambda page: page.locale.language_code == settings.LANGUAGE_CODE):
        page.delete()
