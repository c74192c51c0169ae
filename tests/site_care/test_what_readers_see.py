"""What a reader of the admin sees of the findings, in Dari: addresses that
keep their order inside a Dari sentence, languages by name, dates in the
Solar Hijri calendar, a summary without blanks, a way to act on a stale
translation."""

import csv
import io

import openpyxl
import pytest
from django.utils import timezone

from core import l10n
from core.roles import DIRECTORS
from site_care.models import Finding
from tests.support.users import make_user

pytestmark = pytest.mark.django_db

# The test users' admin language is Dari (tests/support/users.py).

URL = "http://old-portal.moci.invalid/annual-report"


@pytest.fixture
def broken_link(news_page, people):
    page = news_page(owner=people["editor"])
    return Finding.objects.create(
        key="broken-link".ljust(64, "x"),
        page=page,
        locale=page.locale,
        check_code="external_link",
        severity="error",
        field="body",
        location=URL,
        params={
            "url": URL + "?a=<b>&c",
            "reason": '{"message": "The host name does not exist.", "params": {}}',
            "http_status": None,
            "status": "broken",
        },
        last_seen=timezone.now(),
    )


def test_an_address_in_a_dari_message_is_isolated_left_to_right_and_escaped(broken_link, people, login):
    client = login(people["editor"])
    html = client.get(f"/admin/pages/{broken_link.page_id}/edit/").content.decode()
    panel = html[html.index("data-site-care-panel") :]
    assert f'<bdi dir="ltr">{URL}?a=&lt;b&gt;&amp;c</bdi>' in panel
    assert "?a=<b>" not in panel
    report = login(people["director"]).get("/admin/site-care/").content.decode()
    assert f'<bdi dir="ltr">{URL}?a=&lt;b&gt;&amp;c</bdi>' in report
    # The export stays plain text.
    csv_text = client.get("/admin/site-care/findings.csv").content.decode("utf-8-sig")
    assert URL + "?a=<b>&c" in csv_text
    assert "<bdi" not in csv_text


def test_what_it_means_reads_as_a_sentence_without_blanks(broken_link, news_page, people, login):
    from site_care import runner

    runner.check_page(news_page(title="گزارش كار وزارت"))
    html = login(people["director"]).get("/admin/site-care/").content.decode()
    counts = html[html.index("data-site-care-counts") : html.index("data-site-care-rows")]
    assert "پیوند به وب‌سایتی دیگر که در آخرین بررسی پیوندها خراب یا مشکوک بود." in counts
    assert "حروف عربی مانند ك و ة در متن دری یا پښتو" in counts
    assert "…" not in counts
    assert "%(" not in counts


def test_every_check_says_what_it_finds_without_blanks():
    from django.utils import translation

    from site_care.registry import registry

    for language in ("fa-af", "ps", "en"):
        with translation.override(language):
            for check in registry.all():
                text = check.description_text()
                assert text and "…" not in text and "%(" not in text, (language, check.code, text)


def test_the_section_filter_names_each_sections_language(news_index, people, login):
    html = login(people["director"]).get("/admin/site-care/").content.decode()
    section = html[html.index('name="section"') :]
    section = section[: section.index("</select>")]
    assert "اخبار آزمایشی\u2069 (دری)" in section
    assert "(fa-af)" not in section


def exported(client, file_format):
    response = client.get(f"/admin/site-care/findings.{file_format}")
    assert response.status_code == 200
    if file_format == "csv":
        return None, list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    return sheet, [[cell.value or "" for cell in row] for row in sheet.iter_rows()]


def exported_row(client, file_format, finding):
    """The sheet and {column: value} of the finding's row (other tests' demo content may be there too)."""
    sheet, (header, *rows) = exported(client, file_format)
    address = f"/admin/pages/{finding.page_id}/edit/"
    (row,) = [row for row in rows if any(str(value).endswith(address) for value in row)]
    return sheet, dict(zip(header, row, strict=True))


def test_the_export_reads_as_the_screen_for_a_dari_reader(broken_link, people, login):
    client = login(people["director"])
    first_seen = timezone.localtime(broken_link.first_seen)
    solar = l10n.format_date(first_seen, "fa-af", weekday=False)  # ۱۶ قوس ۱۴۰۵
    edit_address = f"http://testserver/admin/pages/{broken_link.page_id}/edit/"
    for file_format in ("csv", "xlsx"):
        sheet, cells = exported_row(client, file_format, broken_link)
        assert cells["زبان"] == "دری", file_format
        assert cells["اولین بار دیده شد"] == solar
        assert any(digit in solar for digit in "۰۱۲۳۴۵۶۷۸۹")
        assert cells["اولین بار دیده شد (میلادی، YYYY-MM-DD)"] == first_seen.date().isoformat()
        assert cells["آدرس ویرایش"] == edit_address
        if sheet is not None:
            assert sheet.sheet_view.rightToLeft


def test_the_export_for_an_english_reader_stays_left_to_right(broken_link, login):
    client = login(make_user("sc-english-director", DIRECTORS, language="en"))
    sheet, cells = exported_row(client, "xlsx", broken_link)
    assert cells["Language"] == "Dari"
    assert cells["First seen"] == l10n.format_date(
        broken_link.first_seen, "en", weekday=False
    )  # 7 December 2026 (16 Qaws 1405)
    assert not sheet.sheet_view.rightToLeft


def test_a_stale_translations_row_leads_to_its_source_and_to_translation_status(news_index, translated, people, login):
    from html import unescape
    from urllib.parse import parse_qs, urlsplit

    from wagtail.models import Locale, Page

    from pressroom import factories
    from site_care import runner

    translated(news_index, "ps")
    source = factories.NewsPageFactory(parent=news_index, title="نمایشگاه قالین")
    translated(source, "ps")
    pashto = source.get_translation(Locale.objects.get(language_code="ps"))
    source = Page.objects.get(pk=source.pk).specific
    source.summary = "خلاصه تازه خبر."
    source.save_revision().publish()
    runner.check_page(pashto)
    assert Finding.objects.open().filter(page_id=pashto.pk, check_code="stale_translation").exists()

    html = login(people["director"]).get("/admin/site-care/", {"check": "stale_translation"}).content.decode()
    actions = html[html.index("data-site-care-actions") :]
    actions = actions[: actions.index("</ul>")]
    assert "صفحهٔ اصلی که تغییر کرده" in actions
    assert f'href="/admin/pages/{source.pk}/edit/"' in actions
    assert "نمایشگاه قالین" in actions
    link = unescape(actions.split('href="')[2].split('"')[0])
    assert urlsplit(link).path == "/admin/translations/"
    assert parse_qs(urlsplit(link).query) == {"q": ["نمایشگاه قالین"], "language": ["ps"], "status": ["out_of_date"]}
    # That screen shows the page as out of date in Pashto, with what to do.
    status = login(people["director"]).get(link).content.decode()
    assert "نمایشگاه قالین" in status
    assert 'data-language="ps" data-status="out_of_date"' in status
