import datetime
import json
import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from pressroom import factories
from pressroom.models import ChangeNote, StatementKind
from tests.support.pages import html_of

pytestmark = pytest.mark.django_db


def json_ld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


def meta(html, prop):
    match = re.search(rf'<meta property="{re.escape(prop)}" content="([^"]*)">', html)
    return match.group(1) if match else None


def test_news_page_carries_open_graph_and_news_article_json_ld(client, news_index):
    image = factories.ImageFactory()
    story = factories.NewsPageFactory(
        parent=news_index, title="صادرات & <رکورد>", hero_image=image, hero_alt_text="بندر تورخم"
    )
    html = html_of(client.get(story.url))
    assert meta(html, "og:type") == "article"
    assert meta(html, "og:title") == "صادرات &amp; &lt;رکورد&gt;"
    assert meta(html, "og:url") == f"http://testserver{story.url}"
    assert meta(html, "og:locale") == "fa_AF"
    assert meta(html, "og:image").startswith("http://testserver/media/images/")
    data = json_ld(html)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "صادرات & <رکورد>"
    assert data["inLanguage"] == "fa-af"
    assert data["publisher"]["@type"] == "GovernmentOrganization"
    assert "</script>" not in html.split('application/ld+json">', 1)[1].split("</script>", 1)[0]


def test_statement_shows_kind_reference_speaker_and_delivery_status(client, statement_index):
    speech = factories.StatementPageFactory(
        parent=statement_index,
        kind=StatementKind.SPEECH,
        delivery_status="as_prepared",
        speaker="وزیر صنعت و تجارت",
        place="کابل",
    )
    html = html_of(client.get(speech.url))
    assert json_ld(html)["@type"] == "NewsArticle"
    assert "وزیر صنعت و تجارت" in html and "کابل" in html
    assert 'class="delivery-status delivery-status--as_prepared"' in html
    assert re.search(r'<bdi dir="ltr" class="reference">SP-[۰-۹]{4}/[۰-۹]{3}</bdi>', html)


def test_speech_needs_a_delivery_status_and_others_must_not_have_one(statement_index):
    speech = factories.StatementPageFactory.build(kind=StatementKind.SPEECH, delivery_status="")
    with pytest.raises(ValidationError) as error:
        speech.clean()
    assert "delivery_status" in error.value.message_dict
    release = factories.StatementPageFactory.build(kind=StatementKind.PRESS_RELEASE, delivery_status="as_delivered")
    with pytest.raises(ValidationError):
        release.clean()


def test_detail_page_links_to_its_translations_and_shows_dates_in_the_readers_calendar(client, news_index, translated):
    translated(news_index, "en")
    story = factories.NewsPageFactory(parent=news_index, date=timezone.make_aware(datetime.datetime(2026, 11, 26, 9)))
    english = translated(story, "en")
    dari_html = html_of(client.get(story.url))
    assert re.search(r'<section class="other-languages".*?href="/en/test-news/[^"]+" lang="en"', dari_html, re.S)
    assert "پنجشنبه ۵ قوس ۱۴۰۵" in dari_html
    english_html = html_of(client.get(english.url))
    assert "Thursday 26 November 2026 (5 Qaws 1405)" in english_html
    assert 'lang="fa-af"' in english_html.split('class="other-languages"', 1)[1]


def test_related_items_show_only_translations_in_the_readers_language(client, news_index, translated):
    translated(news_index, "en")
    related = factories.NewsPageFactory(parent=news_index, title="خبر مرتبط")
    untranslated = factories.NewsPageFactory(parent=news_index, title="فقط دری")
    story = factories.NewsPageFactory(parent=news_index)
    story.related_links.create(page=related)
    story.related_links.create(page=untranslated)
    story.save_revision().publish()
    translated(related, "en", marker="EN")
    english = translated(story, "en")
    dari_related = html_of(client.get(story.url)).split('class="related"', 1)[1]
    assert "خبر مرتبط" in dari_related and "فقط دری" in dari_related
    english_related = html_of(client.get(english.url)).split('class="related"', 1)[1]
    assert "EN خبر مرتبط" in english_related
    assert "فقط دری" not in english_related


def test_change_notes_are_the_public_history_and_set_the_updated_date(client, news_index):
    story = factories.NewsPageFactory(parent=news_index)
    html = html_of(client.get(story.url))
    assert 'id="history"' not in html and "به‌روزرسانی" not in html.split("<main", 1)[1]

    story.change_notes.add(ChangeNote(date=datetime.date(2026, 11, 20), note="ارقام صادرات اصلاح شد."))
    story.save_revision().publish()
    html = html_of(client.get(story.url))
    history = html.split('id="history"', 1)[1]
    assert "ارقام صادرات اصلاح شد." in history
    assert "۲۹ عقرب ۱۴۰۵" in history
    assert re.search(r'href="#history"><time datetime="2026-11-20">۲۹ عقرب ۱۴۰۵</time>', html)

    # A minor change (no note) leaves the public "updated" date alone.
    story.title = "عنوان با یک اصلاح املایی"
    story.save_revision().publish()
    assert re.search(r'href="#history"><time datetime="2026-11-20">', html_of(client.get(story.url)))


def test_withdrawn_page_stays_reachable_marked_with_its_reason(client, news_index):
    story = factories.NewsPageFactory(parent=news_index, title="خبر پس گرفته")
    story.withdrawn_at = timezone.make_aware(datetime.datetime(2026, 11, 25, 10))
    story.withdrawal_reason = "این خبر به اشتباه نشر شده بود."
    story.save_revision().publish()
    response = client.get(story.url)
    assert response.status_code == 200
    withdrawn = html_of(response).split('class="withdrawn"', 1)[1]
    assert "این خبر به اشتباه نشر شده بود." in withdrawn
    assert "۴ قوس ۱۴۰۵" in withdrawn
    assert "خبر پس گرفته" not in html_of(client.get(news_index.url)).split("<main", 1)[1].split("card-list")[-1]


def test_withdrawal_needs_both_a_date_and_a_reason(news_index):
    story = factories.NewsPageFactory.build(withdrawn_at=timezone.now(), withdrawal_reason="  ")
    with pytest.raises(ValidationError) as error:
        story.clean()
    assert "withdrawal_reason" in error.value.message_dict
    story = factories.NewsPageFactory.build(withdrawal_reason="reason only")
    with pytest.raises(ValidationError) as error:
        story.clean()
    assert "withdrawn_at" in error.value.message_dict


def test_gallery_page_shows_every_photo_with_its_alt_text_and_a_full_size_link(client, gallery_index):
    gallery = factories.GalleryPageFactory(parent=gallery_index)
    html = html_of(client.get(gallery.url))
    links = re.findall(r'<a class="gallery-grid__link" href="(/media/images/[^"]+)"', html)
    assert len(links) == 3
    alts = re.findall(r'<img src="/media/images/[^"]+" width="\d+" height="\d+" alt="([^"]+)"', html)
    assert len(alts) == 3 and all(alts)
    assert json_ld(html)["@type"] == "ImageGallery"


def test_a_translation_keeps_date_image_and_topics_and_names_topics_in_its_language(client, news_index, translated):
    from core.translation import translate

    translated(news_index, "en")
    topic = factories.TopicFactory(name="صادرات", slug="exports-translation")
    translate(topic, "en", {"صادرات": "Exports"})
    image = factories.ImageFactory()
    story = factories.NewsPageFactory(
        parent=news_index,
        date=timezone.make_aware(datetime.datetime(2026, 3, 21, 9)),
        hero_image=image,
        hero_alt_text="بندر",
        topics=[topic],
    )
    english = translated(story, "en")
    assert english.date == story.date
    assert english.hero_image_id == image.pk
    assert english.hero_alt_text == "[en] بندر"
    html = html_of(client.get(english.url))
    assert re.search(
        r'<ul class="topic-list"[^>]*><li><a href="/en/test-news/\?topic=exports-translation">Exports</a>', html
    )
    assert "صادرات" not in html.split("<main", 1)[1]
