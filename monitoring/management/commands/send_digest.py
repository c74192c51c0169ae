from django.core.management.base import BaseCommand, CommandError

from ... import digest
from ...models import Digest


class Command(BaseCommand):
    help = "Send an approved digest now to every address not yet sent to (running it again sends nobody twice)."

    def add_arguments(self, parser):
        parser.add_argument("digest", help="The digest's id, or its day (1405-09-16 or 2026-12-07)")

    def handle(self, **options):
        given = options["digest"]
        if given.isdigit():
            found = Digest.objects.filter(pk=int(given)).first()
        else:
            try:
                found = Digest.objects.filter(date=digest.parse_date(given)).order_by("pk").first()
            except ValueError as error:
                raise CommandError(str(error)) from None
        if found is None:
            raise CommandError(f"No digest is {given!r}.")
        if found.status == Digest.Status.DRAFT:
            raise CommandError("This digest is a draft: a director approves it first.")
        sent = digest.send(found.pk)
        left = found.deliveries.exclude(status="sent").count()
        self.stdout.write(f"digest {found.pk}: sent to {sent} addresses now, {left} left")
