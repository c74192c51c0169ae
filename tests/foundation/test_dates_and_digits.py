import datetime
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.utils import translation

from core import l10n

SHARED_MONTHS = Path(__file__).resolve().parents[3] / "shared" / "l10n" / "solar_hijri_months.json"


def render(template, language, **context):
    with translation.override(language):
        return Template("{% load ministry_tags %}" + template).render(Context(context))


@pytest.mark.parametrize(
    ("gregorian", "language", "expected"),
    [
        # The reference points of shared/l10n/solar_hijri_months.json.
        (datetime.date(2011, 3, 21), "fa-af", "دوشنبه ۱ حمل ۱۳۹۰"),
        (datetime.date(2026, 11, 26), "fa-af", "پنجشنبه ۵ قوس ۱۴۰۵"),
        (datetime.date(2026, 11, 26), "ps", "پنځشنبه ۵ لیندۍ ۱۴۰۵"),
        (datetime.date(2026, 11, 26), "en", "Thursday 26 November 2026 (5 Qaws 1405)"),
        (datetime.date(2011, 3, 21), "en", "Monday 21 March 2011 (1 Hamal 1390)"),
        # Last and first days of Solar Hijri years, leap (1399, 1403) and common.
        (datetime.date(2021, 3, 20), "fa-af", "شنبه ۳۰ حوت ۱۳۹۹"),
        (datetime.date(2021, 3, 21), "fa-af", "یکشنبه ۱ حمل ۱۴۰۰"),
        (datetime.date(2024, 3, 19), "fa-af", "سه‌شنبه ۲۹ حوت ۱۴۰۲"),
        (datetime.date(2024, 3, 20), "ps", "څلورشنبه ۱ وری ۱۴۰۳"),
        (datetime.date(2025, 3, 20), "ps", "پنځشنبه ۳۰ کب ۱۴۰۳"),
        (datetime.date(2025, 3, 21), "en", "Friday 21 March 2025 (1 Hamal 1404)"),
        (datetime.date(2026, 3, 20), "en", "Friday 20 March 2026 (29 Hut 1404)"),
        (datetime.date(2026, 3, 21), "fa-af", "شنبه ۱ حمل ۱۴۰۵"),
        (datetime.date(2027, 3, 20), "fa-af", "شنبه ۲۹ حوت ۱۴۰۵"),
        (datetime.date(2027, 3, 21), "ps", "یکشنبه ۱ وری ۱۴۰۶"),
    ],
)
def test_local_date_prints_the_calendar_each_reader_expects(gregorian, language, expected):
    assert render("{{ d|local_date }}", language, d=gregorian) == expected


def test_every_month_name_is_the_afghan_one():
    with translation.override("fa-af"):
        first_days = [l10n.gregorian_range_of_solar_month(1405, month)[0] for month in range(1, 13)]
    dari = [l10n.format_date(day, "fa-af", weekday=False).split(" ")[1] for day in first_days]
    pashto = [l10n.format_date(day, "ps", weekday=False).split(" ")[1] for day in first_days]
    assert dari == ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"]
    assert pashto == ["وری", "غویی", "غبرګولی", "چنګاښ", "زمری", "وږی", "تله", "لړم", "لیندۍ", "مرغومی", "سلواغه", "کب"]


def test_a_datetime_is_dated_in_kabul_not_utc():
    # 21:00 UTC on 20 March 2026 is already 01:30 on 21 March in Kabul: the new year.
    late_evening_utc = datetime.datetime(2026, 3, 20, 21, 0, tzinfo=ZoneInfo("UTC"))
    assert render("{{ d|local_date:False }}", "fa-af", d=late_evening_utc) == "۱ حمل ۱۴۰۵"
    assert render("{{ d|local_time }}", "ps", d=late_evening_utc) == "۰۱:۳۰"
    assert render("{{ d|local_time }}", "en", d=late_evening_utc) == "01:30"


def test_dari_and_pashto_dates_have_no_latin_digits_or_names():
    for language in ("fa-af", "ps"):
        text = render("{{ d|local_date }}", language, d=datetime.date(2026, 11, 26))
        assert not any(character.isascii() and character.isalnum() for character in text), text


def test_persian_digits_filter_converts_ascii_and_arabic_indic_digits():
    assert render("{{ n|persian_digits }}", "en", n="PR-1405/023") == "PR-۱۴۰۵/۰۲۳"
    assert render("{{ n|persian_digits }}", "en", n="٢٠٢٦") == "۲۰۲۶"


def test_local_digits_follow_the_page_language():
    assert render("{{ n|local_digits }}", "fa-af", n=1405) == "۱۴۰۵"
    assert render("{{ n|local_digits }}", "ps", n=1405) == "۱۴۰۵"
    assert render("{{ n|local_digits }}", "en", n=1405) == "1405"


def test_forms_can_read_persian_and_arabic_indic_digits():
    assert l10n.to_ascii_digits("۰۷۹۹ ١٢٣ ۴۵۶") == "0799 123 456"


def test_solar_month_ranges_cover_leap_years():
    assert l10n.gregorian_range_of_solar_month(1403, 12) == (datetime.date(2025, 2, 19), datetime.date(2025, 3, 20))
    assert l10n.gregorian_range_of_solar_month(1404, None) == (datetime.date(2025, 3, 21), datetime.date(2026, 3, 20))


@pytest.mark.skipif(not SHARED_MONTHS.exists(), reason="../shared is not beside this checkout")
def test_month_names_are_the_shared_ones():
    ours = json.loads((Path(l10n.__file__).parent / "solar_hijri_months.json").read_text(encoding="utf-8"))
    assert ours == json.loads(SHARED_MONTHS.read_text(encoding="utf-8"))
