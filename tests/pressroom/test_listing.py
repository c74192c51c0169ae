import datetime
import re

import pytest
from django.utils import timezone

from pressroom import factories
from pressroom.models import StatementKind
from tests.support.pages import html_of

pytestmark = pytest.mark.django_db


def titles(response):
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a></h3>', html_of(response))


def kabul(*args):
    return timezone.make_aware(datetime.datetime(*args))


def test_index_lists_newest_first_twelve_to_a_page(client, news_index):
    for day in range(1, 16):
        factories.NewsPageFactory(parent=news_index, title=f"day {day:02d}", date=kabul(2026, 5, day, 10))
    first = client.get(news_index.url)
    assert first.status_code == 200
    assert titles(first) == [f"day {day:02d}" for day in range(15, 3, -1)]
    second = client.get(news_index.url + "?page=2")
    assert titles(second) == ["day 03", "day 02", "day 01"]
    assert 'rel="prev" href="?page=1"' in html_of(second)


@pytest.mark.parametrize("page", ["abc", "-1", "0", "1.5", "99999", "10000000000", "%00", "۹۹"])
def test_bad_page_numbers_are_404_never_500(client, news_index, page):
    factories.NewsPageFactory(parent=news_index)
    assert client.get(news_index.url, {"page": page}).status_code == 404


def test_persian_digit_page_number_works(client, news_index):
    for day in range(1, 14):
        factories.NewsPageFactory(parent=news_index, date=kabul(2026, 5, day))
    assert client.get(news_index.url, {"page": "۲"}).status_code == 200


def test_drafts_future_and_withdrawn_items_are_never_listed(client, news_index):
    factories.NewsPageFactory(parent=news_index, title="published")
    factories.NewsPageFactory(parent=news_index, title="draft", draft=True)
    scheduled = factories.NewsPageFactory(parent=news_index, title="scheduled", draft=True)
    scheduled.go_live_at = timezone.now() + datetime.timedelta(days=1)
    scheduled.save_revision().publish()  # Wagtail keeps a future go_live_at as scheduled, not live
    scheduled.refresh_from_db()
    assert not scheduled.live
    withdrawn = factories.NewsPageFactory(parent=news_index, title="withdrawn")
    withdrawn.withdrawn_at = timezone.now()
    withdrawn.withdrawal_reason = "Issued in error."
    withdrawn.save_revision().publish()
    assert titles(client.get(news_index.url)) == ["published"]
    assert client.get(scheduled.url or f"{news_index.url}{scheduled.slug}/").status_code == 404


def test_topic_filter_and_it_survives_pagination(client, news_index):
    trade = factories.TopicFactory(name="تجارت", slug="trade-test")
    for day in range(1, 15):
        factories.NewsPageFactory(parent=news_index, title=f"trade {day:02d}", date=kabul(2026, 6, day), topics=[trade])
    factories.NewsPageFactory(parent=news_index, title="other", date=kabul(2026, 6, 20))
    response = client.get(news_index.url, {"topic": "trade-test"})
    assert titles(response)[0] == "trade 14" and "other" not in titles(response)
    assert 'href="?topic=trade-test&amp;page=2"' in html_of(response)
    assert titles(client.get(news_index.url, {"topic": "trade-test", "page": 2})) == ["trade 02", "trade 01"]


def test_unknown_topic_is_a_clear_400_with_an_empty_list(client, news_index):
    factories.NewsPageFactory(parent=news_index, title="something")
    response = client.get(news_index.url, {"topic": "no-such-topic"})
    assert response.status_code == 400
    html = html_of(response)
    assert "no-such-topic" in html and 'role="alert"' in html
    assert titles(response) == []


def test_dari_index_filters_by_solar_hijri_year_and_month(client, news_index):
    factories.NewsPageFactory(parent=news_index, title="last day of Aqrab", date=kabul(2026, 11, 21, 23, 0))
    factories.NewsPageFactory(parent=news_index, title="first day of Qaws", date=kabul(2026, 11, 22, 9, 0))
    factories.NewsPageFactory(parent=news_index, title="year 1404", date=kabul(2026, 3, 20, 12, 0))
    factories.NewsPageFactory(parent=news_index, title="year 1405", date=kabul(2026, 3, 21, 8, 0))
    assert titles(client.get(news_index.url, {"year": "1405", "month": "9"})) == ["first day of Qaws"]
    assert titles(client.get(news_index.url, {"year": "۱۴۰۵", "month": "۸"})) == ["last day of Aqrab"]
    assert titles(client.get(news_index.url, {"year": "1404"})) == ["year 1404"]
    html = html_of(client.get(news_index.url))
    assert '<option value="1405">۱۴۰۵</option>' in html
    assert '<option value="9">قوس</option>' in html


def test_english_index_filters_by_gregorian_year_and_month(client, english_home):
    index = factories.NewsIndexPageFactory(parent=english_home, slug="test-news-en", title="Test news")
    factories.NewsPageFactory(parent=index, title="March 20", date=kabul(2026, 3, 20, 12))
    factories.NewsPageFactory(parent=index, title="March 21", date=kabul(2026, 3, 21, 12))
    factories.NewsPageFactory(parent=index, title="2025", date=kabul(2025, 12, 31, 23, 30))
    assert titles(client.get(index.url, {"year": "2026", "month": "3"})) == ["March 21", "March 20"]
    assert titles(client.get(index.url, {"year": "2025"})) == ["2025"]
    html = html_of(client.get(index.url))
    assert '<option value="2026">2026</option>' in html and '<option value="3">March</option>' in html


@pytest.mark.parametrize(
    "params",
    [
        {"year": "99999"},
        {"year": "abc"},
        {"year": "1405", "month": "13"},
        {"month": "5"},
        {"year": "1" * 40},
        {"topic": "' OR 1=1--"},
        {"year": "1405\x00"},
    ],
)
def test_bad_filter_values_are_a_400_with_a_message_never_a_500(client, news_index, params):
    factories.NewsPageFactory(parent=news_index, date=kabul(2026, 6, 1))
    response = client.get(news_index.url, params)
    assert response.status_code == 400
    assert 'class="error-summary"' in html_of(response)
    assert titles(response) == []


def test_statements_filter_by_kind(client, statement_index):
    factories.StatementPageFactory(parent=statement_index, title="release", kind=StatementKind.PRESS_RELEASE)
    factories.StatementPageFactory(
        parent=statement_index, title="speech", kind=StatementKind.SPEECH, delivery_status="as_delivered"
    )
    assert titles(client.get(statement_index.url, {"kind": "speech"})) == ["speech"]
    assert client.get(statement_index.url, {"kind": "poem"}).status_code == 400


def test_the_home_page_shows_the_latest_items_of_its_own_language(demo_content, client, demo_site):
    dari = html_of(client.get("/fa-af/"))
    english = html_of(client.get("/en/"))
    for section in ("latest-news-heading", "latest-statements-heading", "latest-gallery-heading"):
        assert section in dari and section in english
    dari_links = set(re.findall(r'href="(/[^"]+)"', dari.split("<main", 1)[1].split("</main>")[0]))
    english_links = set(re.findall(r'href="(/[^"]+)"', english.split("<main", 1)[1].split("</main>")[0]))
    assert dari_links and all(link.startswith("/fa-af/") for link in dari_links)
    assert english_links and all(link.startswith("/en/") for link in english_links)
