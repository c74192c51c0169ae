"""Background steps (Celery). Each is idempotent: its state lives in the
database (Rsvp.reminded_at), never in the message."""

import datetime
import logging

from celery import shared_task
from django.db import transaction
from django.utils import timezone

logger = logging.getLogger(__name__)

# Reminded: events starting between 24 and 36 hours from now. The step
# runs at least every 12 hours (the beat schedule or cron), so every
# event is seen once in that window.
REMIND_FROM = datetime.timedelta(hours=24)
REMIND_UNTIL = datetime.timedelta(hours=36)


def events_to_remind(now=None):
    from .models import PressEventPage

    now = now or timezone.now()
    return PressEventPage.objects.live().filter(start__gte=now + REMIND_FROM, start__lte=now + REMIND_UNTIL)


def claim(rsvp, now):
    """Whether this worker is the one to remind `rsvp`: one conditional
    UPDATE, so two workers never both send."""
    from .models import Rsvp

    return bool(
        Rsvp.objects.filter(pk=rsvp.pk, reminded_at__isnull=True, status=Rsvp.ATTENDING).update(reminded_at=now)
    )


@shared_task(name="press_events.send_reminders")
def send_reminders():
    """E-mail everyone attending an event that starts in 24 to 36 hours, in
    the language of their answer, once. Returns how many were sent."""
    from . import emails
    from .models import Rsvp

    now = timezone.now()
    keys = set(events_to_remind(now).values_list("translation_key", flat=True))
    sent = 0
    for rsvp in Rsvp.objects.filter(event_key__in=keys, status=Rsvp.ATTENDING, reminded_at__isnull=True):
        if not claim(rsvp, now):
            continue
        try:
            delivered = emails.send_reminder(rsvp)
        except Exception:
            # Not sent: released, so the next run tries again.
            logger.exception("Reminder to RSVP %s not sent", rsvp.pk)
            delivered = False
        if delivered:
            sent += 1
        else:
            with transaction.atomic():
                Rsvp.objects.filter(pk=rsvp.pk, reminded_at=now).update(reminded_at=None)
    return sent
