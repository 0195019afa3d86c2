from django.core.management.base import BaseCommand

from localization.workflows import setup_translation_workflow


class Command(BaseCommand):
    help = (
        "Create, for every configured language but the source language, a translators' group, an "
        "approvers' group and an approval workflow on that language's page tree. Safe to run again. "
        "Administrators then add people to the groups (Settings → Users)."
    )

    def handle(self, *args, **options):
        log = self.stdout.write if options["verbosity"] > 1 else (lambda message: None)
        teams = setup_translation_workflow(log=log)
        for team in teams:
            where = team.home_page.url_path if team.home_page else "(no home page yet: run again once it exists)"
            self.stdout.write(
                f"{team.language_code}: groups “{team.translators.name}” and “{team.approvers.name}”, "
                f"workflow “{team.workflow.name}” on {where}"
            )
        self.stdout.write(self.style.SUCCESS(f"Translation workflow in place for {len(teams)} language(s)."))
