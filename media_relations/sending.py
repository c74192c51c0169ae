"""Sending a mailing: fix its recipients, then deliver to them in batches.

Every step reads and writes the database only; a Celery task calls one
step with a mailing's id (media_relations.tasks):

- `fix_recipients` (at approval): one Delivery row per address, created
  with the unique (mailing, address) constraint, so running it again adds
  nobody twice.
- `send_batch`: claims up to `batch` queued rows with one conditional
  UPDATE that sets a claim token and a lease only on rows nobody holds
  (`FOR UPDATE SKIP LOCKED` first on PostgreSQL, so workers do not queue
  behind each other), then sends the claimed rows over one SMTP connection.
  A row is marked as being handed over (committed) before its message goes
  to the server and marked sent (committed) when the server has accepted it.
  A worker killed in between leaves a row "handing over": the next worker
  sends it again with the same Message-ID, the only case where a server can
  receive a message twice, recognisably the same one. A worker killed
  anywhere else loses nothing and repeats nothing: its lease ends, another
  worker claims what it had not sent.
- Temporary refusals (4xx, timeouts) put the row back with a growing delay;
  permanent ones (5xx) mark it bounced and suppress the address. A mail
  server that cannot be reached pauses the mailing; the periodic sweep
  resumes it.
"""

import logging
import smtplib
import socket
import time
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.core.mail import get_connection
from django.db import connection as db_connection
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from . import messages
from .membership import members
from .models import Delivery, Mailing, SendingSettings, Suppression

logger = logging.getLogger(__name__)


def lease():
    """How long a claimed row is a worker's alone; renewed before each message."""
    return timedelta(seconds=int(getattr(settings, "MAILING_CLAIM_SECONDS", 120)))


MAX_ATTEMPTS = 6
BATCH = 50


class MailServerUnreachable(Exception):
    """The SMTP server did not answer: the mailing pauses, nothing is lost."""


def backoff(attempts):
    """Delay before the next try after `attempts` temporary failures: 1, 2, 4… minutes, at most an hour."""
    return timedelta(minutes=min(60, 2 ** max(0, attempts - 1)))


@transaction.atomic
def fix_recipients(mailing):
    """Write one delivery row per recipient of the mailing's lists (again: nothing changes)."""
    mailing = Mailing.objects.select_for_update().get(pk=mailing.pk)
    if mailing.recipients_fixed_at is not None:
        return mailing
    found = members(*mailing.lists.order_by("name"))
    Delivery.objects.bulk_create(
        [
            Delivery(
                mailing=mailing,
                email=recipient.email,
                name=recipient.name[:255],
                organisation_name=recipient.organisation_name[:255],
                contact_id=recipient.contact_id,
                preferred_language=recipient.language,
            )
            for recipient in found.recipients
        ],
        ignore_conflicts=True,
        batch_size=1000,
    )
    mailing.recipients_fixed_at = timezone.now()
    mailing.save(update_fields=["recipients_fixed_at"])
    return mailing


def _due(mailing_id, now):
    return Delivery.objects.filter(mailing_id=mailing_id, status=Delivery.Status.QUEUED).filter(
        Q(claimed_until__isnull=True) | Q(claimed_until__lt=now),
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now),
    )


def claim(mailing_id, batch=BATCH, worker=""):
    """Take up to `batch` due rows for this worker; returns them."""
    now = timezone.now()
    token = f"{worker or socket.gethostname()}:{uuid.uuid4().hex}"[:100]
    with transaction.atomic():
        candidates = _due(mailing_id, now).order_by("id")
        if db_connection.features.has_select_for_update_skip_locked:
            candidates = candidates.select_for_update(skip_locked=True)
        ids = list(candidates.values_list("id", flat=True)[:batch])
        # The conditions again: on a database without row locks (SQLite)
        # two workers may have read the same ids; only one update wins each row.
        _due(mailing_id, now).filter(id__in=ids).update(claimed_by=token, claimed_until=now + lease())
    return list(Delivery.objects.filter(claimed_by=token, status=Delivery.Status.QUEUED).order_by("id"))


def _release(delivery, **changes):
    changes.setdefault("claimed_by", "")
    changes.setdefault("claimed_until", None)
    Delivery.objects.filter(pk=delivery.pk).update(**changes)


def _wait_for_rate(limit):
    """Hold this worker while the ministry's messages-per-minute are used up
    (counted in the shared cache: Redis across workers in production)."""
    if not limit:
        return
    while True:
        minute = int(time.time() // 60)
        key = f"media-relations:sent:{minute}"
        cache.add(key, 0, timeout=120)
        try:
            used = cache.incr(key)
        except ValueError:
            used = 1
        if used <= limit:
            return
        time.sleep(max(0.05, 60 - time.time() % 60))


def _classify(error):
    """("temporary" | "permanent" | "unreachable", text) for an SMTP error."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        code, text = next(iter(error.recipients.values()))
    elif isinstance(error, smtplib.SMTPResponseException):
        code, text = error.smtp_code, error.smtp_error
    elif isinstance(error, (smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError, OSError)):
        return "unreachable", str(error) or error.__class__.__name__
    else:
        return "temporary", str(error)
    text = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    kind = "permanent" if 500 <= int(code) < 600 else "temporary"
    return kind, f"{code} {text}"[:500]


def _suppress(address, detail):
    Suppression.objects.get_or_create(email=address, defaults={"reason": Suppression.Reason.BOUNCED, "detail": detail})


def send_batch(mailing_id, batch=BATCH, worker=""):
    """Deliver one batch of a mailing. Returns the number of rows handled,
    0 when nothing was due. Raises MailServerUnreachable after pausing the
    mailing when the server cannot be reached."""
    mailing = Mailing.objects.select_related("page").filter(pk=mailing_id).first()
    if mailing is None:
        return 0  # deleted since the task was queued: nothing to do
    if mailing.status not in (Mailing.Status.APPROVED, Mailing.Status.SENDING, Mailing.Status.PAUSED):
        return 0
    rows = claim(mailing_id, batch=batch, worker=worker)
    if not rows:
        finish_if_done(mailing_id)
        return 0
    Mailing.objects.filter(pk=mailing_id, status__in=[Mailing.Status.APPROVED, Mailing.Status.PAUSED]).update(
        status=Mailing.Status.SENDING, paused_reason=""
    )
    rules = SendingSettings.current()
    suppressed = set(Suppression.objects.filter(email__in=[row.email for row in rows]).values_list("email", flat=True))
    builder = messages.Builder(mailing, rules)
    connection = get_connection(fail_silently=False)
    try:
        connection.open()
    except Exception as error:  # any failure to connect pauses, whatever the backend raises
        for row in rows:
            _release(row)
        pause(mailing_id, _classify(error)[1])
        raise MailServerUnreachable(str(error)) from error
    handled = 0
    try:
        for row in rows:
            if row.email in suppressed:
                _release(row, status=Delivery.Status.SKIPPED, last_error="suppressed")
                handled += 1
                continue
            message = builder.build(row, connection)
            if message is None:
                _release(row, status=Delivery.Status.SKIPPED, last_error=builder.skip_reason)
                handled += 1
                continue
            _wait_for_rate(rules.messages_per_minute)
            # Still ours (the lease renewed), or another worker took it after
            # our lease ran out: then it is that worker's to send.
            now = timezone.now()
            still_ours = Delivery.objects.filter(
                pk=row.pk, claimed_by=row.claimed_by, status=Delivery.Status.QUEUED
            ).update(
                handing_over_since=now,
                claimed_until=now + lease(),
                language=message.language,
                attempts=row.attempts + 1,
            )
            if not still_ours:
                continue
            try:
                message.email.send()
            except Exception as error:  # sorted below: temporary, permanent or unreachable
                kind, text = _classify(error)
                if kind == "unreachable":
                    _release(row, handing_over_since=None, last_error=text[:500])
                    for rest in rows[rows.index(row) + 1 :]:
                        _release(rest)
                    pause(mailing_id, text)
                    raise MailServerUnreachable(text) from error
                if kind == "permanent":
                    _release(row, status=Delivery.Status.BOUNCED, handing_over_since=None, last_error=text)
                    _suppress(row.email, text)
                elif row.attempts + 1 >= MAX_ATTEMPTS:
                    _release(row, status=Delivery.Status.FAILED, handing_over_since=None, last_error=text)
                else:
                    _release(
                        row,
                        handing_over_since=None,
                        last_error=text,
                        next_attempt_at=timezone.now() + backoff(row.attempts + 1),
                    )
            else:
                _release(
                    row,
                    status=Delivery.Status.SENT,
                    handing_over_since=None,
                    sent_at=timezone.now(),
                    message_id=message.message_id,
                    last_error="",
                )
            handled += 1
    finally:
        try:
            connection.close()
        except Exception:  # closing a broken connection must not hide what happened
            logger.debug("closing the SMTP connection failed", exc_info=True)
    finish_if_done(mailing_id)
    return handled


def pause(mailing_id, reason):
    Mailing.objects.filter(pk=mailing_id, status__in=[Mailing.Status.APPROVED, Mailing.Status.SENDING]).update(
        status=Mailing.Status.PAUSED, paused_reason=str(reason)[:300]
    )
    logger.warning("mailing %s paused: %s", mailing_id, reason)


def finish_if_done(mailing_id):
    """Mark the mailing sent once no row is left queued."""
    if Delivery.objects.filter(mailing_id=mailing_id, status=Delivery.Status.QUEUED).exists():
        return False
    return bool(
        Mailing.objects.filter(
            pk=mailing_id,
            status__in=[Mailing.Status.APPROVED, Mailing.Status.SENDING, Mailing.Status.PAUSED],
            recipients_fixed_at__isnull=False,
        ).update(status=Mailing.Status.SENT, finished_at=timezone.now(), paused_reason="")
    )


def due_mailings():
    """Ids of mailings with rows to send now (the sweep's work)."""
    now = timezone.now()
    active = [Mailing.Status.APPROVED, Mailing.Status.SENDING, Mailing.Status.PAUSED]
    ids = (
        Delivery.objects.filter(mailing__status__in=active, status=Delivery.Status.QUEUED)
        .filter(
            Q(claimed_until__isnull=True) | Q(claimed_until__lt=now),
            Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now),
        )
        .values_list("mailing_id", flat=True)
        .distinct()
    )
    return sorted(set(ids))


def parallel_tasks():
    return max(1, int(getattr(settings, "MAILING_PARALLEL_TASKS", 2)))
