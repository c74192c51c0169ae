"""The daily digest: what it counts, its PDF read back as text, and its
sending to a real SMTP server, once per address however often the task runs."""

import datetime
import re
import shutil
import subprocess

import pytest
from django.utils import timezone

from core.roles import DIRECTORS
from media_relations.models import DistributionList
from monitoring import digest as digests
from monitoring.models import Clipping, Digest, DigestSettings, Importance, Rule, Tone
from tests.support.users import make_user

pytestmark = pytest.mark.django_db

DAY = datetime.date(2026, 12, 6)  # 15 Qaws 1405


def at(hour, day=DAY):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, 0)))


@pytest.fixture
def day_of_clippings(db):
    exports = Rule.objects.create(name="صادرات", terms_any="صادرات")
    ports = Rule.objects.create(name="بنادر", terms_any="بندر")
    made = [
        Clipping.objects.create(
            title="افزایش صادرات قالین",
            outlet_name="طلوع نیوز",
            language="fa-af",
            when=at(9),
            tone=Tone.POSITIVE,
            importance=Importance.HIGH,
            summary_fa="وزارت از رشد بیست درصدی صادرات قالین خبر داد.",
            url="https://tolonews.example/carpets",
        ),
        Clipping.objects.create(
            title="Exports rise at Torkham", outlet_name="Kabul Times", language="en", when=at(10), tone=Tone.NEUTRAL
        ),
        Clipping.objects.create(
            title="انتقاد از قیمت آرد", outlet_name="آریانا نیوز", language="fa-af", when=at(11), tone=Tone.NEGATIVE
        ),
        Clipping.objects.create(
            kind=Clipping.Kind.TV,
            title="گفتگو درباره بندر حیرتان",
            outlet_name="شمشاد",
            programme="خبرهای شام",
            page_or_minute="۱۲:۳۰",
            language="ps",
            when=at(19),
            tone=Tone.MIXED,
            summary_fa="کارشناسان درباره ترانزیت از بندر حیرتان گفتگو کردند.",
        ),
        # Discarded, the day before and the day after: not counted today.
        Clipping.objects.create(title="دورانداخته", outlet_name="x", when=at(12), status=Clipping.Status.DISCARDED),
        Clipping.objects.create(title="دیروز", outlet_name="x", when=at(12, DAY - datetime.timedelta(days=1))),
        Clipping.objects.create(title="فردا", outlet_name="x", when=at(12, DAY + datetime.timedelta(days=1))),
    ]
    made[0].subjects.add(exports)
    made[1].subjects.add(exports, ports)
    made[3].subjects.add(ports)
    return made


def test_the_digest_counts_the_day_and_lists_what_matters(day_of_clippings):
    digest = digests.build(DAY)
    data = digest.data
    assert data["total"] == 4
    assert dict(data["by_subject"]) == {"صادرات": 2, "بنادر": 2}
    assert dict(data["by_tone"]) == {"مثبت": 1, "بی‌طرف": 1, "منفی": 1, "مختلط": 1}
    assert [item["title"] for item in data["important"]] == ["افزایش صادرات قالین"]
    assert [item["outlet"] for item in data["broadcast"]] == ["شمشاد"]
    assert len(data["week"]) == 7 and data["week"][-1]["positive"] == 1
    html = digests.render_html(digest)
    assert "۱۵ قوس ۱۴۰۵" in html  # Solar Hijri, Persian digits
    assert 'dir="rtl"' in html and "<svg" in html


def test_the_pdf_reads_back_as_dari_text_in_logical_order(day_of_clippings, tmp_path):
    pdftotext = shutil.which("pdftotext")
    assert pdftotext, "poppler-utils is missing (.ci/run installs it)"
    digest = digests.build(DAY)
    digest.intro = "گزارش روزانه رسانه‌ها برای رهبری وزارت"
    digest.save()
    pdf = digests.render_pdf(digest)
    path = tmp_path / "digest.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(  # nosec B603 # our fixed arguments
        [pdftotext, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    # pdftotext wraps runs of the other direction in embedding marks and may
    # move a space across them: read without those, the text is in logical order.
    text = re.sub("[\u202a-\u202e\u2066-\u2069]", "", text)
    assert "افزایش صادرات قالین" in text
    assert "وزارت از رشد بیست درصدی صادرات قالین خبر داد" in text
    assert "۱۵قوس۱۴۰۵" in re.sub(r"\s", "", text)
    # The font is embedded (the reader's machine needs none).
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True).stdout  # nosec B603 B607
    assert "Vazirmatn" in fonts and " yes " in fonts


def test_sending_twice_writes_to_each_address_once(day_of_clippings, smtp, settings):
    settings.CELERY_BROKER_URL = "memory://"
    leaders = DistributionList.objects.create(name="رهبری وزارت")
    chosen = DigestSettings.current()
    chosen.distribution_list = leaders
    chosen.extra_addresses = "minister@example.org\nDeputy@Example.org\ndeputy@example.org\nnot an address"
    chosen.save()
    director = make_user("digest-director", DIRECTORS)
    digest = digests.build(DAY)
    digests.approve(digest, director)
    assert digests.send(digest.pk) == 2
    assert digests.send(digest.pk) == 0  # the task again: nothing more
    received = smtp.sink.by_recipient()
    assert sorted(received) == ["deputy@example.org", "minister@example.org"]
    assert all(len(messages) == 1 for messages in received.values())
    message = received["minister@example.org"][0]
    assert "۱۵ قوس ۱۴۰۵" in str(message["Subject"])
    parts = {part.get_content_type(): part for part in message.walk()}
    assert "افزایش صادرات قالین" in parts["text/html"].get_content()
    assert parts["application/pdf"].get_content().startswith(b"%PDF")
    assert Digest.objects.get(pk=digest.pk).status == Digest.Status.SENT


def test_a_day_is_given_in_solar_hijri_or_gregorian():
    assert digests.parse_date("1405-09-15") == DAY
    assert digests.parse_date("۱۴۰۵/۰۹/۱۵") == DAY
    assert digests.parse_date("2026-12-06") == DAY
    with pytest.raises(ValueError, match="1405-09-16"):
        digests.parse_date("tomorrow")
    with pytest.raises(ValueError):
        digests.parse_date("1405-13-01")
