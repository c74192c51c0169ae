from django.core.management.base import BaseCommand, CommandError

from site_care.models import Finding
from site_care.registry import registry


class Command(BaseCommand):
    help = "List the open findings, filtered by check, language, severity, owner or section (a page id)."

    def add_arguments(self, parser):
        parser.add_argument("--check", help="A check code (run with --checks to list them).")
        parser.add_argument("--language", help="fa-af, ps or en.")
        parser.add_argument("--severity", choices=["info", "warning", "error"])
        parser.add_argument("--owner", help="The page owner's username.")
        parser.add_argument("--section", type=int, help="A section's page id: its pages only.")
        parser.add_argument("--resolved", action="store_true", help="Resolved findings instead of open ones.")
        parser.add_argument("--checks", action="store_true", help="List the check codes and stop.")

    def handle(self, *args, **options):
        if options["checks"]:
            for check in registry.all():
                self.stdout.write(f"{check.code}\t{check.severity}\t{check.title}")
            return
        findings = Finding.objects.filter(resolved_at__isnull=not options["resolved"])
        if options["check"]:
            if registry.get(options["check"]) is None:
                raise CommandError(f"No check called {options['check']!r} (see --checks).")
            findings = findings.filter(check_code=options["check"])
        if options["language"]:
            findings = findings.filter(locale__language_code=options["language"])
        if options["severity"]:
            findings = findings.filter(severity=options["severity"])
        if options["owner"]:
            findings = findings.filter(page__owner__username=options["owner"])
        if options["section"]:
            from wagtail.models import Page

            section = Page.objects.filter(pk=options["section"]).first()
            if section is None:
                raise CommandError(f"No page with the id {options['section']}.")
            findings = findings.filter(page__path__startswith=section.path)
        count = 0
        for finding in findings.select_related("page", "locale").order_by("check_code", "page_id").iterator():
            language = finding.locale.language_code if finding.locale else "-"
            title = finding.page.title if finding.page else "-"
            self.stdout.write(
                f"{finding.check_code}\t{finding.severity}\t{language}\t{finding.page_id}\t{title}\t{finding.message()}"
            )
            count += 1
        self.stderr.write(f"{count} findings")
