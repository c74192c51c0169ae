from django.core.management.base import BaseCommand, CommandError

from ... import actions
from ._common import mailing, user


class Command(BaseCommand):
    help = "Approve a submitted mailing as a named director; the workers start sending it."

    def add_arguments(self, parser):
        parser.add_argument("mailing_id", type=int)
        parser.add_argument("--as", dest="username", required=True, help="The approving director")

    def handle(self, mailing_id, username, **options):
        try:
            approved, queued = actions.approve(mailing(mailing_id), user(username))
        except actions.MailingRefused as refusal:
            raise CommandError(refusal.message) from None
        self.stdout.write(f"approved: {approved.deliveries.count()} recipients")
        if not queued:
            self.stdout.write(
                "the task queue could not be reached: sending is delayed, `send_due_mailings` will send it"
            )
