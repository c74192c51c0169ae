"""The reminder the day before: once per attendee, however many times the
step runs, only to those attending an event 24 to 36 hours away, in the
language of their answer."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from press_events import tasks
from press_events.factories import RsvpFactory
from press_events.models import Rsvp

pytestmark = pytest.mark.django_db


@pytest.fixture
def tomorrow(make_event, translated):
    event = make_event("en", title="Tomorrow's press conference", start=timezone.now() + datetime.timedelta(hours=30))
    translated(event, "ps")
    return event


def test_sent_once_even_when_the_task_runs_twice(tomorrow):
    coming = RsvpFactory(event=tomorrow, email="coming@example.org", language="ps")
    RsvpFactory(event=tomorrow, email="waiting@example.org", status=Rsvp.WAITING)
    RsvpFactory(event=tomorrow, email="declined@example.org", status=Rsvp.DECLINED)
    mail.outbox.clear()
    assert tasks.send_reminders() == 1
    assert tasks.send_reminders() == 0
    call_command("send_event_reminders", stdout=open("/dev/null", "w"))
    assert [message.to for message in mail.outbox] == [["coming@example.org"]]
    message = mail.outbox[0]
    assert "[ps]" in message.subject  # the Pashto version of the event
    assert "/ps/" in message.body
    assert message.attachments[0][2] == "text/calendar"
    coming.refresh_from_db()
    assert coming.reminded_at is not None


def test_a_claim_is_won_by_one_worker_only(tomorrow):
    answer = RsvpFactory(event=tomorrow)
    now = timezone.now()
    assert tasks.claim(answer, now) is True
    assert tasks.claim(answer, now) is False


@pytest.mark.parametrize("hours", [2, 23, 37, 72, -5])
def test_events_outside_the_window_are_left_for_later(make_event, hours):
    event = make_event("en", start=timezone.now() + datetime.timedelta(hours=hours))
    RsvpFactory(event=event)
    mail.outbox.clear()
    assert tasks.send_reminders() == 0
    assert mail.outbox == []


def test_a_failed_sending_is_tried_again(tomorrow, monkeypatch):
    answer = RsvpFactory(event=tomorrow)
    from press_events import emails

    def broken(rsvp):
        raise OSError("SMTP server down")

    monkeypatch.setattr(emails, "send_reminder", broken)
    assert tasks.send_reminders() == 0
    answer.refresh_from_db()
    assert answer.reminded_at is None
    monkeypatch.undo()
    assert tasks.send_reminders() == 1
