"""The press office's screens in the admin: the events with their answers,
one event's attendance list, its CSV and XLSX export and a printable sheet.
Editors, directors and directory managers may see them (roles.py)."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from core import exports, l10n

from . import attendance
from .models import PressEventPage, Rsvp
from .roles import ATTENDANCE_PERMISSION

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _require(request):
    if not request.user.has_perm(ATTENDANCE_PERMISSION):
        raise PermissionDenied


def _in_reader_language(pages):
    """One page per event (translation key): the admin reader's language
    version, else the first language's."""
    language = l10n.content_language()
    chosen = {}
    for page in pages:
        current = chosen.get(page.translation_key)
        if (
            current is None
            or (page.locale.language_code == language)
            or (
                current.locale.language_code != language
                and l10n.language_rank(page.locale.language_code) < l10n.language_rank(current.locale.language_code)
            )
        ):
            chosen[page.translation_key] = page
    return list(chosen.values())


def index(request):
    _require(request)
    events = _in_reader_language(PressEventPage.objects.select_related("locale").order_by("-start"))
    counts = {}
    for key, status, crew in Rsvp.objects.values_list("event_key", "status", "crew"):
        entry = counts.setdefault(key, {"attending": 0, "waiting": 0, "declined": 0, "people": 0})
        entry[status] += 1
        if status == Rsvp.ATTENDING:
            entry["people"] += 1 + crew
    now = timezone.now()
    rows = [
        {"event": event, "counts": counts.get(event.translation_key, {}), "past": (event.end or event.start) < now}
        for event in sorted(events, key=lambda event: event.start, reverse=True)
    ]
    return TemplateResponse(request, "press_events/admin/index.html", {"rows": rows})


def _event(event_id):
    return get_object_or_404(PressEventPage.objects.select_related("locale"), pk=event_id)


def detail(request, event_id):
    _require(request)
    event = _event(event_id)
    return TemplateResponse(
        request, "press_events/admin/attendance.html", {"event": event, "data": attendance.summary(event)}
    )


def export(request, event_id, file_format):
    _require(request)
    event = _event(event_id)
    header, rows = attendance.header(), attendance.rows(event)
    name = f"attendance-{event.slug[:50]}"
    if file_format == "csv":
        response = HttpResponse(exports.write_csv(header, rows), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    elif file_format == "xlsx":
        content = exports.write_xlsx(header, rows, title=_("Attendance"))
        response = HttpResponse(content, content_type=XLSX_TYPE)
        response["Content-Disposition"] = f'attachment; filename="{name}.xlsx"'
    else:
        raise Http404
    return response


def print_sheet(request, event_id):
    _require(request)
    event = _event(event_id)
    language = l10n.content_language()
    return TemplateResponse(
        request,
        "press_events/admin/print.html",
        {
            "event": event,
            "data": attendance.summary(event),
            "direction": "rtl" if l10n.is_rtl(language) else "ltr",
            "language": language,
        },
    )
