"""What a press officer does with a mailing, the same from the admin and
from the management commands: prepare, submit, approve (a director only),
cancel. Each refuses with a MailingRefused whose message the user reads."""

import logging

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import sending
from .membership import members
from .models import Mailing

logger = logging.getLogger(__name__)


class MailingRefused(Exception):
    """Nothing was changed; the message says why."""

    @property
    def message(self):
        return str(self.args[0])


def can_approve(user):
    return user.has_perm("media_relations.approve_mailing")


def page_is_sendable(page, embargo_until=None):
    """A live page, or under embargo one a director has scheduled to go live."""
    page = page.specific
    if page.live:
        return True
    revision = page.latest_revision
    return embargo_until is not None and revision is not None and revision.approved_go_live_at is not None


def scheduled_go_live(page):
    revision = page.latest_revision
    return revision.approved_go_live_at if revision is not None else None


@transaction.atomic
def prepare(page, lists, user, note="", embargo=False):
    """A draft mailing of `page` to `lists`. Under embargo the page must be
    scheduled to go live; the embargo ends when it does."""
    page = page.specific
    embargo_until = scheduled_go_live(page) if embargo else None
    if embargo and (page.live or embargo_until is None):
        raise MailingRefused(
            _(
                "An embargo needs a page a director has scheduled to go live later; "
                "this one is %(state)s. Schedule its publication first."
            )
            % {"state": _("already live") if page.live else _("not scheduled")}
        )
    if not page_is_sendable(page, embargo_until):
        raise MailingRefused(_("Only a live page can be sent (or, under embargo, one scheduled to go live)."))
    if not lists:
        raise MailingRefused(_("Choose at least one distribution list."))
    mailing = Mailing.objects.create(page=page, note=note, embargo_until=embargo_until, created_by=user)
    mailing.lists.set(lists)
    return mailing


@transaction.atomic
def submit(mailing, user):
    mailing = Mailing.objects.select_for_update().get(pk=mailing.pk)
    if mailing.status != Mailing.Status.DRAFT:
        raise MailingRefused(_("This mailing has already been submitted."))
    if not members(*mailing.lists.all()).recipients:
        raise MailingRefused(_("The chosen lists have no one to write to: nothing was submitted."))
    mailing.status = Mailing.Status.SUBMITTED
    mailing.submitted_at = timezone.now()
    mailing.save(update_fields=["status", "submitted_at"])
    return mailing


def approve(mailing, director):
    """Approve and send. Returns (mailing, queued): queued is False when the
    queue could not be reached (the sweep sends it when it can)."""
    if not can_approve(director):
        raise MailingRefused(_("Only a director may approve a mailing."))
    with transaction.atomic():
        mailing = Mailing.objects.select_for_update().select_related("page").get(pk=mailing.pk)
        if mailing.status in (Mailing.Status.APPROVED, Mailing.Status.SENDING, Mailing.Status.SENT):
            raise MailingRefused(_("This mailing was already approved; it is not sent twice."))
        if mailing.status != Mailing.Status.SUBMITTED:
            raise MailingRefused(_("Only a mailing submitted for approval can be approved."))
        if not page_is_sendable(mailing.page, mailing.embargo_until):
            raise MailingRefused(
                _("“%(title)s” is no longer live: the mailing cannot be approved. Nothing was sent.")
                % {"title": mailing.page.title}
            )
        mailing.status = Mailing.Status.APPROVED
        mailing.approved_by = director
        mailing.approved_at = timezone.now()
        mailing.save(update_fields=["status", "approved_by", "approved_at"])
        mailing = sending.fix_recipients(mailing)
        if not mailing.deliveries.exists():
            raise MailingRefused(_("The chosen lists have no one to write to: nothing was approved."))
    return mailing, queue(mailing.pk)


def queue(mailing_id):
    """Ask the workers to send (several batches at once). False when the
    queue cannot be reached: the rows wait in the database for the sweep."""
    from .tasks import send_mailing

    try:
        for _n in range(sending.parallel_tasks()):
            send_mailing.delay(mailing_id)
    except Exception:  # whatever the broker's client raises, the work is safe in the database
        logger.warning("the task queue could not be reached for mailing %s", mailing_id, exc_info=True)
        return False
    return True


@transaction.atomic
def cancel(mailing, user):
    mailing = Mailing.objects.select_for_update().get(pk=mailing.pk)
    if mailing.status in (Mailing.Status.SENT, Mailing.Status.CANCELLED):
        raise MailingRefused(_("This mailing has ended and cannot be cancelled."))
    mailing.status = Mailing.Status.CANCELLED
    mailing.save(update_fields=["status"])
    mailing.deliveries.filter(status="queued").update(status="skipped", last_error="cancelled")
    return mailing
