"""The e-mails this app sends to journalists, each in the language of their
answer: a place freed for them (off the waiting list) and the reminder the
day before. Each carries the event as an iCalendar file and the link to
change the answer."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core import l10n


def _context(rsvp, event):
    from .rsvp import make_rsvp_url

    language = rsvp.language
    return {
        "rsvp": rsvp,
        "event": event,
        "language": language,
        "date": l10n.format_date(event.start, language),
        "time": l10n.format_time(event.start, language),
        "people": l10n.local_digits(rsvp.people, language),
        "crew": l10n.local_digits(rsvp.crew, language),
        "answer_url": make_rsvp_url(event, rsvp.email, rsvp.name, language=language),
        "page_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + ((event.get_url_parts() or ("", "", ""))[2] or ""),
    }


def _send(rsvp, template, subject):
    event = rsvp.event()
    if event is None:
        return False
    event = event.in_language(rsvp.language)
    with translation.override(rsvp.language):
        context = _context(rsvp, event)
        message = EmailMessage(
            subject=str(subject) % {"title": event.title},
            body=render_to_string(template, context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[rsvp.email],
        )
    for filename, content, mimetype in event.mail_attachments(rsvp.language):
        message.attach(filename, content, mimetype)
    message.send()
    return True


def send_moved_up(rsvp):
    return _send(rsvp, "press_events/email/moved_up.txt", _("A place for you: %(title)s"))


def send_reminder(rsvp):
    return _send(rsvp, "press_events/email/reminder.txt", _("Reminder: %(title)s tomorrow"))
