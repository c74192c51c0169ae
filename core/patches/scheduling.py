"""Scheduling fields that say their time zone and take a Solar Hijri date.

Gap: Wagtail 7.4's "Set publishing schedule" dialog (PublishingPanel) asks
for "go live" and "expiry" date/times in the Gregorian calendar through a
Gregorian date picker, and does not say which clock they are read on. Here
both fields say "Kabul time"; in Dari and Pashto they show and accept a Solar
Hijri date with Persian or Latin digits (a Gregorian date is accepted too),
in English the picker stays, Gregorian. It can go if Wagtail's schedule
fields learn other calendars; the time-zone note would then be a help text.
The whole admin is on Kabul time (settings.WAGTAIL_USER_TIME_ZONES).
"""

import datetime
import re

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

WRITTEN_FOR = {"wagtail": "7.4"}

HELP_TEXT = _(
    "Kabul time. A Solar Hijri date and time, for example 1405/09/16 10:30; "
    "a Gregorian date such as 2026-12-07 10:30 is accepted too."
)
# Before this year a date is Solar Hijri (today about 1405); Gregorian after.
_LAST_SOLAR_HIJRI_YEAR = 1700
_DATE_TIME = re.compile(
    r"(\d{3,4})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{1,2})(?:(?:\s+|T)(\d{1,2}):(\d{2})(?::\d{2})?)?"
)


def gregorian_text(raw):
    """What a scheduling field was given, as the Gregorian text Django's
    DateTimeField reads: Persian and Arabic-Indic digits read as Latin ones,
    a Solar Hijri date converted. Anything else is returned as typed, for the
    field to refuse with its own message."""
    import jdatetime

    from .. import l10n

    text = l10n.to_ascii_digits(raw or "").strip()
    match = _DATE_TIME.fullmatch(text)
    if match is None or int(match[1]) >= _LAST_SOLAR_HIJRI_YEAR:
        return text
    year, month, day = int(match[1]), int(match[2]), int(match[3])
    try:
        gregorian = jdatetime.date(year, month, day).togregorian()
    except ValueError:
        return text
    if match[4] is None:
        return gregorian.isoformat()
    return f"{gregorian.isoformat()} {int(match[4]):02d}:{match[5]}"


class TypedDate(str):
    """The Gregorian text the form field parses, remembering what was typed:
    a refused date is shown back as the editor typed it."""

    def __new__(cls, gregorian, typed):
        text = super().__new__(cls, gregorian)
        text.typed = typed
        return text


def solar_hijri_text(value):
    """An aware or naive datetime as `۱۴۰۵/۰۹/۱۶ ۱۰:۳۰`, on the admin's clock."""
    from .. import l10n

    if timezone.is_aware(value):
        value = timezone.localtime(value)
    year, month, day = l10n.solar_hijri(value)
    return l10n.to_persian_digits(f"{year}/{month:02d}/{day:02d} {value:%H:%M}")


def _widget_class():
    from wagtail.admin.widgets import AdminDateTimeInput

    from .. import l10n

    class ScheduleDateTimeInput(AdminDateTimeInput):
        """Wagtail's date/time picker in English; in Dari and Pashto a text
        field in the Solar Hijri calendar (the picker knows only Gregorian)."""

        @property
        def template_name(self):
            if l10n.uses_solar_hijri():
                return "django/forms/widgets/text.html"
            return AdminDateTimeInput.template_name

        def format_value(self, value):
            if isinstance(value, TypedDate):
                return value.typed
            if isinstance(value, datetime.datetime) and l10n.uses_solar_hijri():
                return solar_hijri_text(value)
            return super().format_value(value)

        def get_context(self, name, value, attrs):
            context = super().get_context(name, value, attrs)
            if l10n.uses_solar_hijri():
                context["widget"]["attrs"].update({"dir": "ltr", "inputmode": "numeric"})
            return context

        def value_from_datadict(self, data, files, name):
            value = super().value_from_datadict(data, files, name)
            return TypedDate(gregorian_text(value), value) if isinstance(value, str) else value

    return ScheduleDateTimeInput


def _panel_class():
    from wagtail.admin.panels import FieldPanel
    from wagtail.admin.panels.publishing_panel import PublishingPanel

    widget_class = _widget_class()

    class SchedulingPanel(PublishingPanel):
        """Wagtail's PublishingPanel with the fields above."""

        def __init__(self, **kwargs):
            attrs = {
                "data-controller": "w-action",
                "data-action": "w-dialog:hidden->w-action#reset",
                "data-w-dialog-target": "notify",
            }
            children = [
                FieldPanel(
                    name,
                    widget=widget_class(js_overlay_parent_selector="#schedule-publishing-dialog", attrs=attrs),
                    help_text=HELP_TEXT,
                )
                for name in ("go_live_at", "expire_at")
            ]
            super().__init__(**{"children": children, **kwargs})

    return SchedulingPanel


def apply():
    from wagtail.admin import panels

    # Page.settings_panels names the panel by this path (PanelPlaceholder),
    # and looks it up when an editor is first built, after start-up.
    panels.PublishingPanel = _panel_class()
