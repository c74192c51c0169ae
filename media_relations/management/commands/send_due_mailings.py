from django.core.management.base import BaseCommand

from ... import sending
from ...tasks import send_due_mailings


class Command(BaseCommand):
    help = (
        "Queue every mailing with recipients due (what the workers' schedule does each minute); "
        "--here sends them in this process instead, batch after batch, until none is due."
    )

    def add_arguments(self, parser):
        parser.add_argument("--here", action="store_true")

    def handle(self, **options):
        if not options["here"]:
            self.stdout.write(f"queued: {send_due_mailings()} mailings")
            return
        total = 0
        while due := sending.due_mailings():
            handled = 0
            for mailing_id in due:
                try:
                    handled += sending.send_batch(mailing_id)
                except sending.MailServerUnreachable as error:
                    self.stderr.write(f"mailing {mailing_id} paused: {error}")
                    return
            total += handled
            if not handled:
                break
        self.stdout.write(f"sent or settled: {total}")
