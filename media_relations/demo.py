"""Demo content: three distribution lists (national media, international
media, donors) and one press release already sent to the national media,
with its delivery log. Texts in demo_texts/. Running it again changes nothing."""

from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from core import demo_texts
from directory.models import Category

from . import actions, sending
from .models import DistributionList, Mailing

SOURCE = settings.LANGUAGE_CODE
_content = demo_texts.load(Path(__file__).parent / "demo_texts")


def load_lists(log):
    found = []
    for item in _content["lists"]:
        name = item["name"][SOURCE]
        distribution_list = DistributionList.objects.filter(name=name).first()
        if distribution_list is None:
            distribution_list = DistributionList.objects.create(
                name=name,
                description=item["description"][SOURCE],
                countries=item["countries"],
                contact_visibility=item["contact_visibility"],
                include_organisation_addresses=item.get("include_organisation_addresses", False),
                organisation_language=item.get("organisation_language", SOURCE),
            )
            distribution_list.categories.set(Category.objects.filter(slug__in=item["categories"]))
            log(f"  distribution list {name!r}")
        found.append(distribution_list)
    return found


def _someone_in(group_name):
    group = Group.objects.filter(name=group_name).first()
    return get_user_model().objects.filter(groups=group).order_by("pk").first() if group else None


def load_sent_mailing(lists, log):
    from pressroom.models import StatementPage

    if Mailing.objects.exists():
        return
    statement = StatementPage.objects.live().filter(locale__language_code=SOURCE).order_by("-date").first()
    editor, director = _someone_in("Editors"), _someone_in("Directors")
    if statement is None or editor is None or director is None:
        log("  no mailing: the demo needs a live statement, an editor and a director")
        return
    mailing = actions.prepare(statement, lists[:1], editor, note=_content["mailing"]["note"][SOURCE])
    actions.submit(mailing, editor)
    mailing.status = Mailing.Status.APPROVED
    mailing.approved_by = director
    mailing.save(update_fields=["status", "approved_by"])
    sending.fix_recipients(mailing)
    # Sent here, not by a worker, so the demo has its log from the start
    # (to var/sent-mail/ in the embedded set-up).
    try:
        while sending.send_batch(mailing.pk):
            pass
    except sending.MailServerUnreachable:
        # A demo database on a machine whose mail server does not answer: the
        # mailing waits, paused, for the workers' sweep.
        log(f"  {statement.title!r} queued for {lists[0].name!r}: the mail server does not answer")
        return
    log(f"  sent {statement.title!r} to {lists[0].name!r}")


def load(home, log):
    log("Media relations:")
    lists = load_lists(log)
    load_sent_mailing(lists, log)
