"""Accessibility, upkeep and translation checks on real pages."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Locale, Page

from pressroom import factories
from site_care import runner
from site_care.models import Finding

pytestmark = pytest.mark.django_db


def paragraph(html, block_id="p1"):
    return [{"type": "paragraph", "value": html, "id": block_id}]


def open_codes(page):
    return set(Finding.objects.open().filter(page_id=page.pk).values_list("check_code", flat=True))


def test_an_image_without_alternative_text(news_page):
    image = factories.ImageFactory()
    body = [{"type": "image", "value": {"image": image.pk, "alt_text": "", "caption": "", "credit": ""}, "id": "i1"}]
    page = news_page(body=body)
    runner.check_page(page)
    assert "image_alt" in open_codes(page)
    described = news_page(
        body=[
            {"type": "image", "value": {"image": image.pk, "alt_text": "وزیر در نمایشگاه", "caption": ""}, "id": "i2"}
        ]
    )
    runner.check_page(described)
    assert "image_alt" not in open_codes(described)


def test_a_skipped_heading_level(news_page):
    page = news_page(body=paragraph("<h2>بخش اول</h2><p>متن.</p><h4>جزئیات</h4><p>متن.</p>"))
    runner.check_page(page)
    finding = Finding.objects.open().get(page_id=page.pk, check_code="skipped_heading")
    assert finding.params == {"level": 4, "previous": 2}
    fine = news_page(body=paragraph("<h2>بخش اول</h2><h3>جزئیات</h3><h2>بخش دوم</h2>"))
    runner.check_page(fine)
    assert "skipped_heading" not in open_codes(fine)


def test_an_empty_page(news_page):
    page = news_page(body=[], summary="")
    runner.check_page(page)
    assert "empty_page" in open_codes(page)


def test_a_page_not_reviewed_names_its_owner(news_page, people, settings):
    settings.SITE_CARE_REVIEW_DAYS = 30
    page = news_page(owner=people["editor"])
    Page.objects.filter(pk=page.pk).update(latest_revision_created_at=timezone.now() - datetime.timedelta(days=40))
    runner.check_page(Page.objects.get(pk=page.pk))
    finding = Finding.objects.open().get(page_id=page.pk, check_code="not_reviewed")
    assert "sc-editor" in finding.message()
    assert "30" in finding.message()


def test_a_page_live_in_dari_and_missing_in_pashto_and_english(news_page):
    page = news_page()
    runner.check_page(page)
    finding = Finding.objects.open().get(page_id=page.pk, check_code="missing_translation")
    assert finding.params["languages"]


def test_a_translated_page_is_not_missing_and_a_stale_translation_is_found(news_index, translated):
    for language in ("ps", "en"):
        translated(news_index, language)
    page = factories.NewsPageFactory(parent=news_index, title="نمایشگاه قالین", body=paragraph("<p>متن اول خبر.</p>"))
    for language in ("ps", "en"):
        translated(page, language)
    runner.check_page(page)
    assert "missing_translation" not in open_codes(page)
    pashto = page.get_translation(Locale.objects.get(language_code="ps"))
    runner.check_page(pashto)
    assert "stale_translation" not in open_codes(pashto)
    # The Dari source changes and is published: the Pashto page is now out of date.
    page = Page.objects.get(pk=page.pk).specific
    page.summary = "خلاصه تازه خبر."
    page.save_revision().publish()
    runner.check_page(pashto)
    finding = Finding.objects.open().get(page_id=pashto.pk, check_code="stale_translation")
    assert finding.locale.language_code == "ps"


@pytest.mark.parametrize("microsecond", [0, 500, 999, 1000, 123456])
def test_a_new_translation_is_up_to_date_whatever_the_fraction_of_a_second_in_its_date(
    news_index, translated, microsecond
):
    # wagtail-localize keeps the source's times to the millisecond: a date at
    # 10:00:00.000500 came back as 10:00:00 and read as a change of text, so
    # the new translation showed as out of date (one full run in a few).
    for language in ("ps", "en"):
        translated(news_index, language)
    date = timezone.now().replace(microsecond=microsecond) - datetime.timedelta(hours=1)
    page = factories.NewsPageFactory(parent=news_index, title="نمایشگاه قالین", date=date)
    for language in ("ps", "en"):
        translated(page, language)
    pashto = page.get_translation(Locale.objects.get(language_code="ps"))
    runner.check_page(pashto)
    assert "stale_translation" not in open_codes(pashto)


def test_a_section_empty_in_one_language(news_index, translated):
    translated(news_index, "ps")
    factories.NewsPageFactory(parent=news_index)
    pashto_index = news_index.get_translation(Locale.objects.get(language_code="ps"))
    runner.check_page(pashto_index)
    assert "empty_section" in open_codes(pashto_index)


def test_one_failing_check_never_stops_the_others(news_page, monkeypatch):
    from site_care.registry import registry

    page = news_page(title="گزارش كار")
    check = registry.get("latin_in_title")

    def explode(page, context):
        raise RuntimeError("boom")

    monkeypatch.setattr(check, "function", explode)
    runner.check_page(page)
    assert "arabic_letters" in open_codes(page)
