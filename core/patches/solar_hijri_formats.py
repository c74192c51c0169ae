"""Dates and relative times in Dari and Pashto as their readers count them.

Gap: Django formats dates in the Gregorian calendar only, so the Wagtail
admin in Dari showed "7 دسامبر 2026، ساعت 4:16" in every tooltip, listing,
history and scheduling note, and its relative times ("11 seconds ago") with
Latin digits. It can go if Django (or Wagtail) gains calendar support.

Only the named, human-readable formats (DATE_FORMAT, DATETIME_FORMAT and
their short, month-day and year-month forms, by name or by their value, as
Wagtail's tooltips pass them) become Solar Hijri, with Afghan month names and
Persian digits; the full ones keep the Gregorian date beside it. Explicit
machine formats ("c", "Y-m-d" in `datetime` attributes) stay Gregorian.
English is untouched.
"""

import datetime

from django.utils import timezone

WRITTEN_FOR = {"django": "5.2", "wagtail": "7.4"}

HUMAN_FORMATS = (
    "DATE_FORMAT",
    "DATETIME_FORMAT",
    "SHORT_DATE_FORMAT",
    "SHORT_DATETIME_FORMAT",
    "MONTH_DAY_FORMAT",
    "YEAR_MONTH_FORMAT",
)


def _human_format_name(format, use_l10n):
    from django.utils.formats import get_format

    if format is None:
        return "DATE_FORMAT"
    if format in HUMAN_FORMATS:
        return format
    for name in HUMAN_FORMATS:
        if get_format(name, use_l10n=use_l10n) == format:
            return name
    return None


def solar_hijri_text(value, name, language):
    """`value` written as the named format asks, in the Solar Hijri calendar."""
    from django.utils.translation import gettext

    from .. import l10n

    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    day = value.date() if isinstance(value, datetime.datetime) else value
    year, month, day_of_month = l10n.solar_hijri(day)
    month_name = l10n.month_names(language)[month - 1]
    if name in ("SHORT_DATE_FORMAT", "SHORT_DATETIME_FORMAT"):
        text = f"{year}/{month:02d}/{day_of_month:02d}"
    elif name == "MONTH_DAY_FORMAT":
        text = f"{day_of_month} {month_name}"
    elif name == "YEAR_MONTH_FORMAT":
        text = f"{month_name} {year}"
    else:
        # Gregorian beside it: the date other offices and e-mails use.
        text = gettext("%(solar_hijri)s (%(gregorian)s)") % {
            "solar_hijri": l10n.format_solar_hijri(day, language, weekday=False),
            "gregorian": day.strftime("%Y/%m/%d"),
        }
    if isinstance(value, datetime.datetime) and name in ("DATETIME_FORMAT", "SHORT_DATETIME_FORMAT"):
        text = gettext("%(date)s, %(time)s") % {"date": text, "time": value.strftime("%H:%M")}
    return l10n.to_persian_digits(text)


def _localised_digits(function):
    from .. import l10n

    def in_reader_digits(*args, **kwargs):
        return l10n.local_digits(function(*args, **kwargs))

    in_reader_digits.__wrapped__ = function
    return in_reader_digits


def apply():
    from django.utils import formats
    from wagtail.admin.templatetags import wagtailadmin_tags

    from .. import l10n

    gregorian_date_format = formats.date_format

    def date_format(value, format=None, use_l10n=None):
        if isinstance(value, datetime.date) and l10n.uses_solar_hijri():
            name = _human_format_name(format, use_l10n)
            if name is not None:
                return solar_hijri_text(value, name, l10n.content_language())
        return gregorian_date_format(value, format, use_l10n)

    date_format.__wrapped__ = gregorian_date_format
    # The `date` filter, `localize` and Wagtail's render_timestamp look it up here.
    formats.date_format = date_format

    # Relative times ("۱۱ ثانیه پیش", "۳ روز پیش", "ساعت ۰۴:۱۶") in the reader's digits.
    library = wagtailadmin_tags.register
    library.filters["timesince_simple"] = _localised_digits(wagtailadmin_tags.timesince_simple)
    library.filters["naturaltime"] = _localised_digits(wagtailadmin_tags.naturaltime)
    wagtailadmin_tags.naturaltime = _localised_digits(wagtailadmin_tags.naturaltime)
    library.simple_tag(_localised_digits(wagtailadmin_tags.timesince_last_update), name="timesince_last_update")
