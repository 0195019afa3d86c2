import json
import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from demo.builder import DemoBuilder
from demo.indexing import indexed_once_at_the_end
from demo.scale import KINDS, PARALLEL_GROUPS, Generated, ScaledDemo


def positive_integer(value):
    number = int(value)
    if number < 1:
        raise ValueError(value)
    return number


def kinds_list(value):
    kinds = tuple(kind.strip() for kind in value.split(",") if kind.strip())
    unknown = set(kinds) - set(KINDS)
    if not kinds or unknown:
        raise ValueError(value)
    return kinds


def side_by_side_refusal(database_vendor):
    if database_vendor != "postgresql":
        return "--jobs needs PostgreSQL (DATABASE_URL=postgres://…): SQLite lets one process write at a time."
    return None


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
        parser.add_argument(
            "--jobs",
            type=positive_integer,
            default=1,
            help=(
                "2: copy the participants in one process and the events and news in another, side by side "
                "(PostgreSQL only; each commits on its own)."
            ),
        )
        # What one of those processes copies, and how it reports back.
        parser.add_argument("--kinds", type=kinds_list, default=KINDS, help="Comma-separated: " + ", ".join(KINDS))
        parser.add_argument("--result-json", action="store_true", help="Print what was added as JSON.")

    def handle(self, *args, scale, jobs, kinds, result_json, **options):
        builder = DemoBuilder(stdout=self.stdout if options["verbosity"] > 1 else None)
        generator = ScaledDemo(builder)
        if not generator.has_demo():
            raise CommandError("No demo content to copy: run `manage.py load_demo_content` first.")
        if jobs > 1:
            refusal = side_by_side_refusal(connection.vendor)
            if refusal:
                raise CommandError(refusal)
            result = self.generate_side_by_side(builder, scale, kinds, options["verbosity"])
        else:
            with transaction.atomic(), indexed_once_at_the_end():
                result = generator.generate(scale, kinds)
        if result_json:
            self.stdout.write(json.dumps({"added": result.added, "scale_before": result.scale_before}))
            return
        if result.total == 0:
            self.stdout.write(
                f"The site already holds {max(scale, result.scale_before)}× the demo's news, events and "
                "participants: nothing added (this command never removes pages; "
                "`load_demo_content --refresh` starts again from the demo)."
            )
            return
        added = ", ".join(f"{count} {kind}" for kind, count in result.added.items() if kind in kinds)
        self.stdout.write(
            self.style.SUCCESS(
                f"Added {added}, with their translations and aliases: the site holds "
                f"{max(scale, result.scale_before)}× the demo's news, events and participants."
            )
        )

    def generate_side_by_side(self, builder, scale, kinds, verbosity):
        """Run one process of this command per group of kinds at once, and add up what
        they added. The languages are made first, here, so that the processes share them."""
        with transaction.atomic():
            builder.ensure_locales()
        groups = [[kind for kind in group if kind in kinds] for group in PARALLEL_GROUPS]
        processes = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "django",
                    "generate_content",
                    "--scale",
                    str(scale),
                    "--kinds",
                    ",".join(group),
                    "--result-json",
                    "--verbosity",
                    str(verbosity),
                ],
                cwd=Path(settings.BASE_DIR),
                env=os.environ.copy(),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for group in groups
            if group
        ]
        result = Generated()
        failures = []
        for process in processes:
            output, errors = process.communicate()
            if process.returncode != 0:
                failures.append(errors.strip()[-2000:])
                continue
            lines = output.strip().splitlines()
            if verbosity > 1:
                self.stdout.write("\n".join(lines[:-1]))
            reported = json.loads(lines[-1])
            for kind, count in reported["added"].items():
                result.added[kind] += count
            result.scale_before = max(result.scale_before, reported["scale_before"])
        if failures:
            raise CommandError(
                "A copying process failed; what the others added is kept (run again to add the rest):\n"
                + "\n\n".join(failures)
            )
        return result
