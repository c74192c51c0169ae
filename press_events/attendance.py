"""The press office's view of one event's answers: who comes, who waits,
who does not, the counts, and the spreadsheet rows (core.exports)."""

from django.utils.translation import gettext as _

from core import l10n

from .models import Rsvp


def summary(event):
    """{status: [answers]} and the counts, for every language version of `event`."""
    answers = list(Rsvp.objects.filter(event_key=event.translation_key).order_by("waiting_since", "created_at", "pk"))
    groups = {
        status: [answer for answer in answers if answer.status == status] for status, _label in Rsvp.STATUS_CHOICES
    }
    attending = groups[Rsvp.ATTENDING]
    return {
        "attending": attending,
        "waiting": groups[Rsvp.WAITING],
        "declined": groups[Rsvp.DECLINED],
        "counts": {status: len(group) for status, group in groups.items()},
        "people": sum(answer.people for answer in attending),
        "crews": sum(answer.crew for answer in attending),
        "capacity": event.capacity,
    }


def header():
    return [
        _("Answer"),
        _("Name"),
        _("Media outlet"),
        _("Role"),
        _("E-mail"),
        _("Camera crew"),
        _("Language"),
        _("Answered"),
    ]


def rows(event):
    """One row per answer, attending first, then the waiting list in its order, then the others."""
    data = summary(event)
    statuses = dict(Rsvp.STATUS_CHOICES)
    languages = dict(l10n.NATIVE_NAMES)
    lines = []
    for answer in data["attending"] + data["waiting"] + data["declined"]:
        answered = answer.updated_at
        lines.append(
            [
                str(statuses[answer.status]),
                answer.name,
                answer.outlet,
                answer.role,
                answer.email,
                answer.crew,
                languages.get(answer.language, answer.language),
                f"{l10n.format_date(answered, weekday=False)} {l10n.format_time(answered)}",
            ]
        )
    return lines
