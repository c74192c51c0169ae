import json

from django.core.management.base import BaseCommand

from ...membership import members
from ._common import distribution_lists


class Command(BaseCommand):
    help = "Who is on a distribution list now: one line per address (JSON with --json), the count per language last."

    def add_arguments(self, parser):
        parser.add_argument("name", help="The list's name")
        parser.add_argument("--json", action="store_true")

    def handle(self, name, **options):
        found = members(*distribution_lists([name]))
        if options["json"]:
            rows = [recipient.__dict__ for recipient in found.recipients]
            self.stdout.write(
                json.dumps({"recipients": rows, "per_language": found.per_language()}, ensure_ascii=False)
            )
            return
        for recipient in found.recipients:
            self.stdout.write(
                f"{recipient.email}\t{recipient.language}\t{recipient.name}\t{recipient.organisation_name}"
            )
        for name_, organisation, address in found.invalid:
            self.stdout.write(f"invalid address, skipped: {address!r} ({name_}, {organisation})")
        for recipient, reason in found.suppressed:
            self.stdout.write(f"suppressed ({reason}): {recipient.email}")
        self.stdout.write("per language: " + ", ".join(f"{k}={v}" for k, v in sorted(found.per_language().items())))
