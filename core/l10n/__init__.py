"""Language helpers shared by the whole site: which languages are right-to-left,
Solar Hijri dates with the Afghan month names, and Persian digits.

jdatetime does the calendar arithmetic; it knows only the Iranian month names,
so the Afghan (zodiac) names come from `solar_hijri_months.json`, a copy of
`shared/l10n/solar_hijri_months.json` (a test keeps the two equal).
"""

import datetime
import json
from functools import lru_cache
from pathlib import Path

import jdatetime
from django.conf import settings
from django.utils import timezone
from django.utils.dateformat import format as django_date_format
from django.utils.translation import get_language, override

DARI = "fa-af"
PASHTO = "ps"
ENGLISH = "en"
SOLAR_HIJRI_LANGUAGES = (DARI, PASHTO)

# What each language calls itself: the switcher shows these, never translated.
NATIVE_NAMES = {DARI: "دری", PASHTO: "پښتو", ENGLISH: "English"}

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
_TO_PERSIAN = str.maketrans("0123456789" + ARABIC_INDIC_DIGITS, PERSIAN_DIGITS * 2)
_TO_ASCII = str.maketrans(PERSIAN_DIGITS + ARABIC_INDIC_DIGITS, "0123456789" * 2)

# Python's weekday(): Monday is 0. Dari uses the Persian names; Pashto its own
# numbered forms (درېشنبه "third day", څلورشنبه "fourth day", ...).
WEEKDAYS = {
    DARI: ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"],
    PASHTO: ["دوشنبه", "درېشنبه", "څلورشنبه", "پنځشنبه", "جمعه", "شنبه", "یکشنبه"],
}


@lru_cache(maxsize=1)
def _month_names():
    data = json.loads((Path(__file__).parent / "solar_hijri_months.json").read_text(encoding="utf-8"))
    return {code: data[code] for code in (DARI, PASHTO, ENGLISH)}


def content_language(language=None):
    """Map any active language code to one of the three site languages."""
    code = (language or get_language() or settings.LANGUAGE_CODE).lower()
    if code in (DARI, PASHTO, ENGLISH):
        return code
    base = code.split("-")[0]
    if base == "fa":
        return DARI
    if base in (PASHTO, ENGLISH):
        return base
    return settings.LANGUAGE_CODE


def is_rtl(language=None):
    return content_language(language) in SOLAR_HIJRI_LANGUAGES


def uses_solar_hijri(language=None):
    return content_language(language) in SOLAR_HIJRI_LANGUAGES


def month_names(language=None):
    return _month_names()[content_language(language)]


def to_persian_digits(value):
    """Write every ASCII or Arabic-Indic digit in `value` as a Persian digit."""
    return str(value).translate(_TO_PERSIAN)


def to_ascii_digits(value):
    """Read Persian and Arabic-Indic digits as ASCII, as forms must accept them."""
    return str(value).translate(_TO_ASCII)


def local_digits(value, language=None):
    """Digits as a reader of `language` expects them."""
    if uses_solar_hijri(language):
        return to_persian_digits(value)
    return str(value)


def _as_date(value):
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.date()
    return value


def solar_hijri(value):
    """(year, month, day) in the Solar Hijri calendar of a date or datetime."""
    jd = jdatetime.date.fromgregorian(date=_as_date(value))
    return jd.year, jd.month, jd.day


def gregorian_range_of_solar_month(year, month):
    """First and last Gregorian day of a Solar Hijri month (month=None: the year)."""
    if month is None:
        first = jdatetime.date(year, 1, 1)
        last = jdatetime.date(year + 1, 1, 1) - datetime.timedelta(days=1)
    else:
        first = jdatetime.date(year, month, 1)
        following = jdatetime.date(year + 1, 1, 1) if month == 12 else jdatetime.date(year, month + 1, 1)
        last = following - datetime.timedelta(days=1)
    return first.togregorian(), last.togregorian()


def format_solar_hijri(value, language=None, weekday=True):
    """`پنجشنبه ۵ قوس ۱۴۰۵` in Dari, `پنځشنبه ۵ لیندۍ ۱۴۰۵` in Pashto."""
    language = content_language(language)
    day_value = _as_date(value)
    year, month, day = solar_hijri(day_value)
    if language == ENGLISH:
        return f"{day} {month_names(ENGLISH)[month - 1]} {year}"
    text = f"{day} {month_names(language)[month - 1]} {year}"
    if weekday:
        text = f"{WEEKDAYS[language][day_value.weekday()]} {text}"
    return to_persian_digits(text)


def format_date(value, language=None, weekday=True):
    """A date as DESIGN.md wants it for the reader's language.

    Dari and Pashto: Solar Hijri, Afghan month names, Persian digits.
    English: `Thursday 26 November 2026 (5 Qaws 1405)`.
    """
    if value in (None, ""):
        return ""
    language = content_language(language)
    if language in SOLAR_HIJRI_LANGUAGES:
        return format_solar_hijri(value, language, weekday=weekday)
    day_value = _as_date(value)
    with override(ENGLISH):
        gregorian = django_date_format(day_value, "l j F Y" if weekday else "j F Y")
    return f"{gregorian} ({format_solar_hijri(day_value, ENGLISH)})"


def format_time(value, language=None):
    """Local time of day, 24-hour clock, in the reader's digits."""
    if value in (None, ""):
        return ""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    return local_digits(value.strftime("%H:%M"), language)


def language_rank(code):
    """Where `code` comes in the site's order of languages (Dari, Pashto,
    English, as WAGTAIL_CONTENT_LANGUAGES lists them); others last."""
    order = [language for language, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    return order.index(code) if code in order else len(order)


def locales_by_code():
    """{language code: wagtail Locale}, remembered until the next publish
    (saving a Locale bumps it)."""
    from wagtail.models import Locale

    from ..page_cache import remember

    return remember("locales", (), lambda: {locale.language_code: locale for locale in Locale.objects.all()})


def active_locale_id(language=None):
    """The wagtail Locale id of the active language (None if it has none)."""
    locale = locales_by_code().get(content_language(language))
    return None if locale is None else locale.pk


# og:locale values (Open Graph uses ll_CC).
OPEN_GRAPH_LOCALES = {DARI: "fa_AF", PASHTO: "ps_AF", ENGLISH: "en_GB"}
