"""Adding a print, radio or TV clipping by hand as a monitor does it in Dari:
what is refused, with which words, and what is accepted."""

import datetime
import io

import jdatetime
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from monitoring.models import Clipping, Importance
from tests.support.users import make_user

pytestmark = pytest.mark.django_db

PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


@pytest.fixture
def monitor(client):
    client.force_login(make_user("form-monitor", "Monitors"))
    return client


def solar(day, digits=PERSIAN):
    found = jdatetime.date.fromgregorian(date=day)
    return f"{found.year}-{found.month:02d}-{found.day:02d}".translate(digits)


def post(client, **changes):
    data = {
        "kind": "tv",
        "outlet_name": "تلویزیون ملی",
        "programme": "خبرهای شام",
        "title": "گزارش تلویزیون درباره بندر حیرتان",
        "day": solar(timezone.localdate()),
        "time": "",
        "importance": Importance.NORMAL,
        "summary": "تلویزیون از افزایش ترانزیت گزارش داد.",
    }
    data.update(changes)
    return client.post(reverse("monitoring_clipping_add"), data)


def errors_of(response):
    """The error messages the form shows, as the monitor reads them."""
    import re

    return re.findall(r'<p class="error-message">(.*?)</p>', response.content.decode(), re.S)


def image_bytes(kind="PNG"):
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(buffer, kind)
    return buffer.getvalue()


def test_a_time_in_persian_or_arabic_indic_digits_is_accepted(monitor):
    response = post(monitor, time="۱۹:۳۰")
    assert response.status_code == 302, errors_of(response)
    clipping = Clipping.objects.get()
    assert timezone.localtime(clipping.when).time() == datetime.time(19, 30)
    response = post(monitor, time="٠٨:٤٥", title="گزارش رادیو")
    assert response.status_code == 302, errors_of(response)
    assert timezone.localtime(Clipping.objects.get(title="گزارش رادیو").when).time() == datetime.time(8, 45)


def test_a_day_in_the_future_or_long_ago_is_refused_in_dari(monitor):
    today = timezone.localdate()
    for day in ("۱۴۱۰-۰۱-۰۱", solar(today + datetime.timedelta(days=3)), "2031-01-01"):
        response = post(monitor, day=day)
        assert response.status_code == 400, day
        assert any("این روز در آینده است" in error for error in errors_of(response)), day
    for day in ("0001-01-01", "1368-12-29", "1989-12-31"):
        response = post(monitor, day=day)
        assert response.status_code == 400, day
        shown = " ".join(errors_of(response))
        assert "این روز بسیار قدیمی است" in shown and "۱ حمل ۱۳۶۹" in shown, day
    assert not Clipping.objects.exists()
    # Today, yesterday and the first day allowed are accepted (tomorrow too: a clock a little off).
    for number, day in enumerate(
        (
            solar(today),
            solar(today - datetime.timedelta(days=1)),
            "۱۳۶۹-۰۱-۰۱",
            solar(today + datetime.timedelta(days=1)),
        )
    ):
        response = post(monitor, day=day, title=f"گزارش {number}")
        assert response.status_code == 302, (day, errors_of(response))
    assert Clipping.objects.count() == 4


def test_the_examples_are_shown_in_persian_digits_in_dari(monitor):
    page = monitor.get(reverse("monitoring_clipping_add")).content.decode()
    assert "۱۴۰۵-۰۹-۱۶ (هجری شمسی) یا ۲۰۲۶-۱۲-۰۷" in page
    assert 'placeholder="۱۴۰۵-۰۹-۱۶"' in page and 'placeholder="۱۹:۳۰"' in page
    assert "1405-09-16" not in page and "19:30" not in page
    shown = " ".join(errors_of(post(monitor, day="16/16/16/16")))
    assert "۱۴۰۵-۰۹-۱۶" in shown and "1405" not in shown


@pytest.mark.parametrize(
    "name, content, content_type",
    [
        ("page.jpg", "این یک متن است، نه عکس".encode(), "image/jpeg"),
        ("page.pdf", b"%PDF-1.4\njunk without an end", "application/pdf"),
        ("page.pdf", b"%PDF", "application/pdf"),
        ("page.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "image/png"),
        ("page.png", image_bytes("PNG")[:60], "image/png"),
        ("page.gif", b"GIF89a" + image_bytes("GIF")[6:], "image/png"),
    ],
)
def test_a_file_that_is_not_a_scan_is_refused_with_a_message(monitor, name, content, content_type):
    response = post(monitor, scan_file=SimpleUploadedFile(name, content, content_type=content_type))
    assert response.status_code == 400
    shown = " ".join(errors_of(response))
    assert "این فایل یک فایل خوانای JPEG، PNG، WebP یا PDF نیست" in shown
    # What was typed is still in the form.
    assert "گزارش تلویزیون درباره بندر حیرتان" in response.content.decode()
    assert not Clipping.objects.exists()


@pytest.mark.parametrize(
    "name, content, declared, kept",
    [
        ("page.png", image_bytes("PNG"), "image/png", "image/png"),
        ("page.jpg", image_bytes("JPEG"), "image/jpeg", "image/jpeg"),
        ("page.webp", image_bytes("WEBP"), "image/webp", "image/webp"),
        # Declared as an image, but a PNG: kept as what it is.
        ("page.jpg", image_bytes("PNG"), "image/jpeg", "image/png"),
        ("page.pdf", b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n", "application/pdf", "application/pdf"),
    ],
)
def test_a_real_scan_is_kept_with_the_type_its_content_shows(monitor, name, content, declared, kept):
    response = post(monitor, scan_file=SimpleUploadedFile(name, content, content_type=declared))
    assert response.status_code == 302, errors_of(response)
    clipping = Clipping.objects.get()
    assert bytes(clipping.scan) == content and clipping.scan_type == kept
    served = monitor.get(reverse("monitoring_clipping_scan", args=[clipping.pk]))
    assert served["Content-Type"] == kept and served.content == content


def test_an_inbox_from_day_after_its_to_day_is_an_error(monitor):
    response = monitor.get(reverse("monitoring_inbox"), {"date_from": "۱۴۰۵-۰۹-۲۰", "date_to": "۱۴۰۵-۰۹-۱۰"})
    assert response.status_code == 200
    shown = " ".join(errors_of(response))
    assert "«تا» پیش از «از» است" in shown and "۲۰ قوس ۱۴۰۵" in shown
    fine = monitor.get(reverse("monitoring_inbox"), {"date_from": "۱۴۰۵-۰۹-۱۰", "date_to": "۱۴۰۵-۰۹-۱۰"})
    assert not errors_of(fine)
