from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Page

from demo import applications, events, news, participants, site
from demo.builder import DemoBuilder


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
        with transaction.atomic():
            if refresh:
                for page in Page.objects.filter(depth=2):
                    page.delete()
            for module in demo_content_modules():
                module.load(builder)
            builder.finish()
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
