from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from demo.builder import DemoBuilder
from demo.indexing import indexed_once_at_the_end
from demo.scale import ScaledDemo


def positive_integer(value):
    number = int(value)
    if number < 1:
        raise ValueError(value)
    return number


class Command(BaseCommand):
    help = (
        "Make the site hold N times the demo's news posts, events and participants: after --scale 10 there "
        "are ten times as many of each in every language, translated where the demo translates them and "
        "aliases elsewhere (see demo/scale.py). Needs the demo content (load_demo_content). It only adds: "
        "run again with the same N, it adds nothing and says so; with a larger N, it adds the copies missing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=positive_integer,
            required=True,
            metavar="N",
            help="How many times the demo's news, events and participants the site holds afterwards (1: the demo).",
        )

    def handle(self, *args, scale, **options):
        builder = DemoBuilder(stdout=self.stdout if options["verbosity"] > 1 else None)
        generator = ScaledDemo(builder)
        if not generator.has_demo():
            raise CommandError("No demo content to copy: run `manage.py load_demo_content` first.")
        with transaction.atomic(), indexed_once_at_the_end():
            result = generator.generate(scale)
        if result.total == 0:
            self.stdout.write(
                f"The site already holds {max(scale, result.scale_before)}× the demo's news, events and "
                "participants: nothing added (this command never removes pages; "
                "`load_demo_content --refresh` starts again from the demo)."
            )
            return
        added = ", ".join(f"{count} {kind}" for kind, count in result.added.items())
        self.stdout.write(
            self.style.SUCCESS(
                f"Added {added}, with their translations and aliases: the site holds "
                f"{max(scale, result.scale_before)}× the demo's news, events and participants."
            )
        )
