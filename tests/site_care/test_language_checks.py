"""The Dari/Pashto writing checks: what each finds on a real page, and what it leaves alone."""

from site_care import runner
from site_care.models import Finding


def paragraph(html, block_id="p1"):
    return [{"type": "paragraph", "value": html, "id": block_id}]


def open_codes(page):
    return sorted(Finding.objects.open().filter(page_id=page.pk).values_list("check_code", flat=True))


def test_arabic_kaf_in_a_dari_title_is_found_with_the_letter_and_a_fix(news_page):
    page = news_page(title="گزارش كار وزارت")
    runner.check_page(page)
    finding = Finding.objects.open().get(page_id=page.pk, check_code="arabic_letters")
    assert finding.field == "title"
    assert finding.fixable
    assert "ك" in finding.message()


def test_pashto_yeh_is_a_letter_of_pashto_not_an_error(news_index, translated):
    from pressroom import factories

    translated(news_index, "ps")
    ps_index = news_index.get_translation(news_index.locale.__class__.objects.get(language_code="ps"))
    page = factories.NewsPageFactory(
        parent=ps_index, title="د سوداګرۍ وزارت نوي ګامونه", body=paragraph("<p>ښاغلي وزير وويل چې کار روان دی.</p>")
    )
    runner.check_page(page)
    assert "arabic_letters" not in open_codes(page)


def test_mixed_digits_tatweel_and_direction_marks_are_found(news_page):
    page = news_page(body=paragraph("<p>در سال ۱۴۰۳ و 2024 صادرات افزایش یافت\u200f و بـــازار رشد کرد.</p>"))
    runner.check_page(page)
    codes = open_codes(page)
    assert "mixed_digits" in codes
    assert "stray_marks" in codes


def test_latin_codes_and_zwnj_words_are_not_mixed_digits(news_page):
    page = news_page(body=paragraph("<p>استندرد ISO 9001 در سال ۱۴۰۳ اجرا می‌شود.</p>"))
    runner.check_page(page)
    assert "mixed_digits" not in open_codes(page)
    assert "prefix_zwnj" not in open_codes(page)


def test_latin_words_in_a_dari_title(news_page):
    page = news_page(title="نشست WTO در کابل")
    runner.check_page(page)
    finding = Finding.objects.open().get(page_id=page.pk, check_code="latin_in_title")
    assert "WTO" in finding.message()


def test_missing_zwnj_after_the_prefix(news_page):
    page = news_page(body=paragraph("<p>این قانون از فردا اجرا می شود و نمیشود آن را تغییر داد.</p>"))
    runner.check_page(page)
    finding = Finding.objects.open().get(page_id=page.pk, check_code="prefix_zwnj")
    assert "می شود" in finding.message()


def test_pashto_text_on_a_dari_page_is_found(news_page):
    pashto = (
        "د سوداګرۍ او صنایعو وزارت ویاند وویل چې د افغانستان صادرات "
        "په تېر کال کې ډېر شوي دي او نوي بازارونه پرانیستل شوي"
    )
    page = news_page(body=paragraph(f"<p>{pashto}</p>"))
    runner.check_page(page)
    assert "wrong_language" in open_codes(page)


def test_a_finding_resolves_when_the_text_is_corrected_and_returns_when_broken_again(news_page):
    page = news_page(title="گزارش كار")
    runner.check_page(page)
    finding = Finding.objects.get(page_id=page.pk, check_code="arabic_letters")
    first_seen = finding.first_seen
    page.title = "گزارش کار"
    page.save_revision().publish()
    runner.check_page(page)
    finding.refresh_from_db()
    assert finding.resolved_at is not None
    page.title = "گزارش كار"
    page.save_revision().publish()
    runner.check_page(page)
    finding.refresh_from_db()
    assert finding.resolved_at is None and finding.first_seen == first_seen
