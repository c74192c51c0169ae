import json

from django.core.management.base import BaseCommand

from ._common import mailing


class Command(BaseCommand):
    help = "A mailing's status and its deliveries per status (JSON)."

    def add_arguments(self, parser):
        parser.add_argument("mailing_id", type=int)

    def handle(self, mailing_id, **options):
        found = mailing(mailing_id)
        self.stdout.write(json.dumps({"status": found.status, **found.progress()}))
