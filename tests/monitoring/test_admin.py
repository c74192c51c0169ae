"""The monitors' screens as each role uses them, and that nobody else reaches them."""

import datetime
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from core import l10n
from core.roles import DIRECTORS, EDITORS
from monitoring.models import Clipping, Digest, DigestDelivery, Importance, Rule, Tone
from tests.support.users import make_user

pytestmark = pytest.mark.django_db

MONITORS = "Monitors"


@pytest.fixture
def people(db):
    return {
        "monitor": make_user("mon-monitor", MONITORS),
        "editor": make_user("mon-editor", EDITORS),
        "director": make_user("mon-director", DIRECTORS),
    }


@pytest.fixture
def clippings(db):
    exports = Rule.objects.create(name="صادرات", terms_any="صادرات")
    now = timezone.now()
    # All three on today's date in Kabul, whatever the hour the suite runs at
    # (an hour after Kabul's midnight, "two hours ago" was yesterday's digest).
    day_start = timezone.make_aware(datetime.datetime.combine(timezone.localdate(now), datetime.time.min))
    made = []
    for number, (title, language) in enumerate(
        [("افزایش صادرات قالین", "fa-af"), ("د صادراتو زیاتوالی", "ps"), ("Exports rise at Torkham", "en")]
    ):
        clipping = Clipping.objects.create(
            title=title,
            outlet_name=f"رسانه {number}",
            language=language,
            when=max(now - datetime.timedelta(hours=number), day_start + datetime.timedelta(seconds=3 - number)),
            excerpt=f"{title}: وزارت صنعت و تجارت گفت صادرات افزایش یافته است.",
            matched_terms=["صادرات"],
        )
        clipping.subjects.add(exports)
        made.append(clipping)
    return made


def refused(response):
    """Wagtail's admin answers a refusal with a redirect to the dashboard and
    a message (or a 403 outside its views); a visitor is sent to the login."""
    return response.status_code == 403 or (response.status_code == 302 and "/admin/" in response.url)


def every_address(clipping, digest):
    return [
        reverse("monitoring_inbox"),
        reverse("monitoring_clipping", args=[clipping.pk]),
        reverse("monitoring_clipping_add"),
        reverse("monitoring_clipping_scan", args=[clipping.pk]),
        reverse("monitoring_digests"),
        reverse("monitoring_digest", args=[digest.pk]),
        reverse("monitoring_digest_pdf", args=[digest.pk]),
        reverse("wagtailsnippets_monitoring_source:list"),
        reverse("wagtailsnippets_monitoring_rule:list"),
    ]


def test_an_anonymous_visitor_and_an_editor_reach_nothing(client, clippings, people):
    clippings[0].scan = b"%PDF-1.4 scan"
    clippings[0].scan_type = "application/pdf"
    clippings[0].scan_name = "page.pdf"
    clippings[0].save()
    digest = Digest.objects.create(date=datetime.date(2026, 12, 6))
    for address in every_address(clippings[0], digest):
        anonymous = client.get(address)
        assert anonymous.status_code == 302 and "/login/" in anonymous.url, address
    client.force_login(people["editor"])
    for address in every_address(clippings[0], digest):
        assert refused(client.get(address)), address
    assert refused(client.post(reverse("monitoring_bulk"), {"action": "discard", "ids": [clippings[0].pk]}))
    assert Clipping.objects.get(pk=clippings[0].pk).status == Clipping.Status.NEW
    # No public address serves any of it.
    for address in ("/monitoring/", "/fa-af/monitoring/", "/en/monitoring/digests/"):
        assert client.get(address, follow=True).status_code == 404


def test_a_monitor_filters_the_inbox_and_sees_the_terms_marked(client, clippings, people):
    client.force_login(people["monitor"])
    page = client.get(reverse("monitoring_inbox")).content.decode()
    assert all(clipping.title in page for clipping in clippings)
    assert "<mark>صادرات</mark>" in page
    only_pashto = client.get(reverse("monitoring_inbox"), {"language": "ps"}).content.decode()
    assert "د صادراتو زیاتوالی" in only_pashto and "افزایش صادرات قالین" not in only_pashto
    # Dates as people write them: Solar Hijri with Persian digits, or Gregorian.
    today = timezone.localdate()
    import jdatetime

    solar = jdatetime.date.fromgregorian(date=today)
    persian = f"{solar.year}-{solar.month:02d}-{solar.day:02d}".translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    dated = client.get(reverse("monitoring_inbox"), {"date_from": persian, "status": ""})
    assert dated.status_code == 200 and "افزایش صادرات قالین" in dated.content.decode()
    bad = client.get(reverse("monitoring_inbox"), {"date_from": "yesterday"})
    assert bad.status_code == 200 and "۱۴۰۵-۰۹-۱۶" in bad.content.decode()  # the example, in the monitor's digits


def test_bulk_actions_set_tone_importance_and_discard(client, clippings, people):
    client.force_login(people["monitor"])
    ids = [clippings[0].pk, clippings[1].pk]
    client.post(reverse("monitoring_bulk"), {"action": "tone", "tone": Tone.NEGATIVE, "ids": ids})
    client.post(reverse("monitoring_bulk"), {"action": "importance", "importance": Importance.HIGH, "ids": ids})
    client.post(reverse("monitoring_bulk"), {"action": "discard", "ids": [clippings[2].pk]})
    rows = {c.pk: c for c in Clipping.objects.all()}
    assert rows[ids[0]].tone == Tone.NEGATIVE and rows[ids[0]].importance == Importance.HIGH
    assert rows[ids[0]].status == Clipping.Status.JUDGED and rows[ids[0]].judged_by == people["monitor"]
    assert rows[clippings[2].pk].status == Clipping.Status.DISCARDED
    # The default inbox shows what is new only.
    page = client.get(reverse("monitoring_inbox")).content.decode()
    assert "Exports rise at Torkham" not in page
    # A tone action without a tone is refused with a message, nothing changes.
    response = client.post(reverse("monitoring_bulk"), {"action": "tone", "ids": [clippings[2].pk]}, follow=True)
    assert response.status_code == 200
    assert Clipping.objects.get(pk=clippings[2].pk).tone == ""


def test_a_monitor_judges_a_clipping_and_moves_to_the_next(client, clippings, people):
    client.force_login(people["monitor"])
    response = client.post(
        reverse("monitoring_clipping", args=[clippings[0].pk]),
        {"tone": Tone.POSITIVE, "importance": Importance.HIGH, "summary_fa": "خلاصه یک‌خطی", "status": "new", "next": 1},
    )
    assert response.status_code == 302 and response.url == reverse("monitoring_clipping", args=[clippings[1].pk])
    judged = Clipping.objects.get(pk=clippings[0].pk)
    assert judged.status == Clipping.Status.JUDGED and judged.summary_fa == "خلاصه یک‌خطی"


def test_a_print_clipping_is_entered_by_hand_with_its_scan(client, people):
    client.force_login(people["monitor"])
    import io

    from PIL import Image

    png = io.BytesIO()
    Image.new("L", (20, 10), 128).save(png, "PNG")
    scan = SimpleUploadedFile("page.png", png.getvalue(), content_type="image/png")
    response = client.post(
        reverse("monitoring_clipping_add"),
        {
            "kind": "print",
            "outlet_name": "روزنامه انیس",
            "programme": "صفحه اقتصاد",
            "title": "گزارش درباره بندر حیرتان",
            "day": "۱۴۰۵-۰۹-۱۶",
            "time": "08:30",
            "page_or_minute": "۳",
            "importance": Importance.NORMAL,
            "summary": "روزنامه از افزایش ترانزیت گزارش داد.",
            "scan_file": scan,
        },
    )
    assert response.status_code == 302
    clipping = Clipping.objects.get(title="گزارش درباره بندر حیرتان")
    assert timezone.localtime(clipping.when).date() == datetime.date(2026, 12, 7)
    assert clipping.kind == "print"
    scan_page = client.get(reverse("monitoring_clipping_scan", args=[clipping.pk]))
    assert scan_page.status_code == 200 and scan_page["Content-Type"] == "image/png"
    # Bad input: a 400 with the reasons, never a 500.
    bad = client.post(
        reverse("monitoring_clipping_add"),
        {
            "kind": "tv",
            "title": "x",
            "day": "1405-13-40",
            "importance": 2,
            "scan_file": SimpleUploadedFile("x.exe", b"MZ", content_type="application/x-msdownload"),
        },
    )
    assert bad.status_code == 400
    text = bad.content.decode()
    assert "۱۴۰۵-۰۹-۱۶" in text  # the example, in the monitor's digits


def seen_by(client, digest):
    """The fingerprint the digest's page gives its approval button."""
    page = client.get(reverse("monitoring_digest", args=[digest.pk])).content.decode()
    return re.search(r'name="seen" value="([0-9a-f]+)"', page).group(1)


def test_a_director_approves_only_what_was_on_the_screen(client, people, clippings, settings):
    """A monitor saves a new introduction between the director's reading and
    the click: the approval is refused with a message, nothing is sent; read
    again, it goes. A monitor's save after the approval changes nothing."""
    from monitoring import digest as digests
    from monitoring.models import DigestSettings

    settings.CELERY_BROKER_URL = "memory://"
    chosen = DigestSettings.current()
    chosen.extra_addresses = "leader@example.org"
    chosen.save()
    digest = digests.build(timezone.localdate())
    director, monitor = Client(), Client()
    director.force_login(people["director"])
    monitor.force_login(people["monitor"])
    seen = seen_by(director, digest)
    monitor.post(reverse("monitoring_digest", args=[digest.pk]), {"intro": "مقدمه‌ای که رئیس ندیده است"})
    refused_page = director.post(
        reverse("monitoring_digest_approve", args=[digest.pk]), {"seen": seen, "confirm": "yes"}, follow=True
    )
    assert "این خلاصه پس از باز کردن شما تغییر کرده است" in refused_page.content.decode()  # in the director's Dari
    assert Digest.objects.get(pk=digest.pk).status == Digest.Status.DRAFT
    assert not DigestDelivery.objects.filter(digest=digest).exists()
    # Without a fingerprint at all (a forged or old form): refused too.
    director.post(reverse("monitoring_digest_approve", args=[digest.pk]), {"confirm": "yes"})
    assert Digest.objects.get(pk=digest.pk).status == Digest.Status.DRAFT

    director.post(
        reverse("monitoring_digest_approve", args=[digest.pk]), {"seen": seen_by(director, digest), "confirm": "yes"}
    )
    approved = Digest.objects.get(pk=digest.pk)
    assert approved.status == Digest.Status.APPROVED and approved.intro == "مقدمه‌ای که رئیس ندیده است"
    stale = Digest.objects.get(pk=digest.pk)
    stale.status = Digest.Status.DRAFT  # the monitor's screen, opened before the approval
    with pytest.raises(digests.DigestRefused):
        digests.save_intro(stale, "دیر رسید", people["monitor"])
    assert Digest.objects.get(pk=digest.pk).intro == "مقدمه‌ای که رئیس ندیده است"


def test_a_monitor_cannot_approve_a_digest_and_a_director_can(client, people, clippings, settings):
    from monitoring.models import DigestSettings

    settings.CELERY_BROKER_URL = "memory://"
    chosen = DigestSettings.current()
    chosen.extra_addresses = "leader@example.org"
    chosen.save()
    from monitoring import digest as digests

    Clipping.objects.filter(pk=clippings[0].pk).update(importance=Importance.HIGH)
    digest = digests.build(timezone.localdate())
    client.force_login(people["monitor"])
    assert refused(client.post(reverse("monitoring_digest_approve", args=[digest.pk])))
    assert Digest.objects.get(pk=digest.pk).status == Digest.Status.DRAFT
    client.post(reverse("monitoring_digest", args=[digest.pk]), {"intro": "مقدمه امروز"})
    assert Digest.objects.get(pk=digest.pk).intro == "مقدمه امروز"
    client.force_login(people["director"])
    response = client.post(
        reverse("monitoring_digest_approve", args=[digest.pk]), {"seen": seen_by(client, digest), "confirm": "yes"}
    )
    assert response.status_code == 302
    approved = Digest.objects.get(pk=digest.pk)
    assert approved.status == Digest.Status.APPROVED and approved.approved_by == people["director"]
    assert list(approved.deliveries.values_list("email", flat=True)) == ["leader@example.org"]
    # The archive finds it by a word of a clipping, written another way (Arabic yeh).
    found = client.get(reverse("monitoring_digests"), {"q": "قالين"}).content.decode()
    assert reverse("monitoring_digest", args=[digest.pk]) in found
    missing = client.get(reverse("monitoring_digests"), {"q": "فوتبال"}).content.decode()
    assert reverse("monitoring_digest", args=[digest.pk]) not in missing


def test_a_monitor_writes_a_rule_with_its_languages_ticked(client, people):
    client.force_login(people["monitor"])
    response = client.post(
        reverse("wagtailsnippets_monitoring_rule:add"),
        {
            "name": "صادرات قالین",
            "terms_all": "",
            "terms_any": "صادرات قالین\nقالین",
            "terms_none": "",
            "languages": ["fa-af", "ps"],
            "active": "on",
        },
    )
    assert response.status_code == 302 and response.url != "/admin/", response.url
    rule = Rule.objects.get(name="صادرات قالین")
    assert rule.languages == ["fa-af", "ps"] and rule.terms_any == "صادرات قالین\nقالین"
    form = client.get(reverse("wagtailsnippets_monitoring_rule:edit", args=[rule.pk])).content.decode()
    assert 'type="checkbox" name="languages" value="ps"' in form


def test_the_director_reads_the_digest_and_confirms_before_it_goes(client, people, clippings, settings):
    """The page shows the digest itself (its clippings' titles inside the frame),
    how many unjudged clippings it holds and how many addresses it goes to; an
    approval without the confirming tick sends nothing."""
    from html.parser import HTMLParser

    from monitoring import digest as digests
    from monitoring.models import DigestSettings

    settings.CELERY_BROKER_URL = "memory://"
    chosen = DigestSettings.current()
    chosen.extra_addresses = "leader@example.org\nminister@example.org"
    chosen.save()
    digest = digests.build(timezone.localdate())
    client.force_login(people["director"])
    page = client.get(reverse("monitoring_digest", args=[digest.pk])).content.decode()

    class Frame(HTMLParser):
        srcdoc = None

        def handle_starttag(self, tag, attrs):
            if tag == "iframe":
                self.srcdoc = dict(attrs).get("srcdoc")

    frame = Frame()
    frame.feed(page)
    assert frame.srcdoc and frame.srcdoc.lstrip().lower().startswith("<!doctype html")
    assert f"<h1>{digests.subject_line(digest)}</h1>" in frame.srcdoc and "</html>" in frame.srcdoc
    unjudged = Clipping.objects.filter(status=Clipping.Status.NEW).count()
    assert unjudged and f"{l10n.to_persian_digits(unjudged)} بریده" in page
    assert "به ۲ نشانی" in page

    response = client.post(
        reverse("monitoring_digest_approve", args=[digest.pk]), {"seen": seen_by(client, digest)}, follow=True
    )
    assert "هیچ چیز فرستاده نشد" in response.content.decode()
    assert Digest.objects.get(pk=digest.pk).status == Digest.Status.DRAFT
    assert not DigestDelivery.objects.filter(digest=digest).exists()


def test_a_digest_is_assembled_only_for_a_day_that_has_come(client, people, clippings):
    from monitoring import digest as digests

    client.force_login(people["director"])
    index = client.get(reverse("monitoring_digests")).content.decode()
    assert f'value="{digests.written_day(digests.yesterday(), "fa-af")}"' in index  # yesterday, in Persian digits
    tomorrow = digests.written_day(timezone.localdate() + datetime.timedelta(days=1), "fa-af")
    for written, message in [(tomorrow, "هنوز نرسیده"), ("", "بنویسید"), ("1406-13-40", "بنویسید")]:
        response = client.post(reverse("monitoring_digest_build"), {"date": written}, follow=True)
        assert response.status_code == 200 and message in response.content.decode(), written
    assert not Digest.objects.exists()
    response = client.post(
        reverse("monitoring_digest_build"), {"date": digests.written_day(digests.yesterday(), "fa-af")}
    )
    assert response.status_code == 302 and Digest.objects.get().date == digests.yesterday()


def test_an_outlets_title_cannot_break_out_of_the_digest_frame(client, people, clippings):
    """A headline written to escape the frame's attribute stays text inside the
    (sandboxed) digest: the admin page itself gets no script and no element of it."""
    from html.parser import HTMLParser

    from monitoring import digest as digests

    Clipping.objects.filter(pk=clippings[0].pk).update(
        title='"><script>alert(1)</script><img src=x onerror=alert(2)>', importance=Importance.HIGH
    )
    digest = digests.build(timezone.localdate())
    client.force_login(people["director"])
    page = client.get(reverse("monitoring_digest", args=[digest.pk])).content.decode()

    class Outside(HTMLParser):
        scripts, images, srcdoc, in_script = [], [], "", False

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            if tag == "iframe":
                self.srcdoc = attrs.get("srcdoc", "")
            self.in_script = tag == "script"
            if tag == "img":
                self.images.append(attrs)

        def handle_data(self, data):
            if self.in_script:
                self.scripts.append(data)

    outside = Outside()
    outside.feed(page)
    assert not any("alert(" in script for script in outside.scripts)
    assert not any("onerror" in image for image in outside.images)
    # Inside the frame the headline is shown as text.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in outside.srcdoc
