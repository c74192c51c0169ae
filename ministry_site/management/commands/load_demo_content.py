from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Create the demo site: home pages and general pages in Dari, Pashto and English, "
        "the footer's contact details, and the demo users editor, director and translator. "
        "Running it again changes nothing."
    )

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_CONTENT_ALLOWED", False):
            raise CommandError(
                "load_demo_content only runs under the dev and test settings: it creates users "
                "with known passwords and must never touch a production database."
            )
        from ministry_site import demo

        credentials = demo.load(log=lambda line: self.stdout.write(line))
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
        self.stdout.write("Sign in at /admin/ with:")
        for username, group, password in credentials:
            self.stdout.write(f"  {username:<11} {password:<20} ({group})")
