from django.core.management.base import BaseCommand

from site_care import runner


class Command(BaseCommand):
    help = "Run every site check on every page here and now, then check the external links that are due."

    def add_arguments(self, parser):
        parser.add_argument("--no-links", action="store_true", help="Do not check external links.")
        parser.add_argument(
            "--queue", action="store_true", help="Queue the nightly run for the workers instead of running it here."
        )

    def handle(self, *args, no_links=False, queue=False, **options):
        if queue:
            from site_care.tasks import nightly

            nightly.delay()
            self.stdout.write("Queued the nightly site checks.")
            return
        pages, links = runner.run_everything(check_links=not no_links)
        self.stdout.write(f"Checked {pages} pages and {links} external links.")
        for code, count in runner.open_counts():
            self.stdout.write(f"  {code}: {count}")
