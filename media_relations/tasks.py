"""Celery tasks: each does one idempotent step on what the database holds
(media_relations.sending). A message carries a mailing's id, nothing more."""

import logging

from celery import shared_task

from . import sending

logger = logging.getLogger(__name__)


@shared_task(name="media_relations.send_mailing", ignore_result=True)
def send_mailing(mailing_id):
    """Send one batch; while rows are left, queue the next batch (any worker
    may take it). A paused mailing is left to the sweep."""
    try:
        handled = sending.send_batch(mailing_id)
    except sending.MailServerUnreachable:
        return 0
    if handled:
        send_mailing.delay(mailing_id)
    return handled


@shared_task(name="media_relations.send_due_mailings", ignore_result=True)
def send_due_mailings():
    """The sweep (every minute, django-celery-beat): queue a batch for every
    mailing with rows due: paused ones, retries whose time has come, and any
    whose queue message was lost."""
    due = sending.due_mailings()
    for mailing_id in due:
        send_mailing.delay(mailing_id)
    return len(due)
