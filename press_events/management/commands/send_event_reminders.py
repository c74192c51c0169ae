from django.core.management.base import BaseCommand

from press_events.tasks import send_reminders


class Command(BaseCommand):
    help = "E-mail a reminder to everyone attending a press event that starts in 24 to 36 hours (once each)."

    def handle(self, *args, **options):
        sent = send_reminders()
        self.stdout.write(f"{sent} reminder(s) sent.")
