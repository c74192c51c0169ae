from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page

from ... import actions
from ._common import distribution_lists, user


class Command(BaseCommand):
    help = (
        "Prepare a mailing of a page to distribution lists (and submit it for approval with --submit); prints its id."
    )

    def add_arguments(self, parser):
        parser.add_argument("page_id", type=int)
        parser.add_argument("lists", nargs="+", help="Distribution list names")
        parser.add_argument("--as", dest="username", required=True, help="The editor preparing it")
        parser.add_argument("--note", default="")
        parser.add_argument("--embargo", action="store_true", help="Until the page's scheduled publication")
        parser.add_argument("--submit", action="store_true")

    def handle(self, page_id, lists, username, **options):
        page = Page.objects.filter(pk=page_id).first()
        if page is None:
            raise CommandError(f"No page has the id {page_id}.")
        editor = user(username)
        try:
            mailing = actions.prepare(
                page, distribution_lists(lists), editor, note=options["note"], embargo=options["embargo"]
            )
            if options["submit"]:
                actions.submit(mailing, editor)
        except actions.MailingRefused as refusal:
            raise CommandError(refusal.message) from None
        self.stdout.write(str(mailing.pk))
