from django.core.management.base import BaseCommand, CommandError

from ... import digest


class Command(BaseCommand):
    help = "Assemble the draft digest of a day again: --date 1405-09-16 or 2026-12-07 (default: yesterday)."

    def add_arguments(self, parser):
        parser.add_argument("--date", default="")
        parser.add_argument("--language", choices=["fa-af", "ps", "en"], default=None)

    def handle(self, date, language, **options):
        try:
            day = digest.parse_date(date) if date else digest.yesterday()
        except ValueError as error:
            raise CommandError(str(error)) from None
        built = digest.build(day, language)
        total = (built.data or {}).get("total", 0)
        self.stdout.write(f"digest {built.pk} of {day:%Y-%m-%d} ({built.language}): {built.status}, {total} clippings")
