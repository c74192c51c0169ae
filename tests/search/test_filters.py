"""Filters, counts per type, sorting, all languages, reference numbers and
the editors' synonyms."""

import datetime

import pytest
from django.utils import timezone

from pressroom import factories
from pressroom.models import StatementKind
from search.models import Synonym
from tests.support.search import found_titles, search_page

pytestmark = pytest.mark.django_db

WORD = "کشمشستان"


@pytest.fixture
def items(news_index, statement_index):
    topic = factories.TopicFactory(name="صادرات کشمش", slug="raisin-exports")
    made = {
        "old news": factories.NewsPageFactory(
            parent=news_index, title=f"{WORD} خبر کهنه", date=timezone.make_aware(datetime.datetime(2025, 3, 25, 9))
        ),
        "new news": factories.NewsPageFactory(
            parent=news_index, title=f"{WORD} خبر تازه", date=timezone.make_aware(datetime.datetime(2026, 11, 20, 9))
        ),
        "statement": factories.StatementPageFactory(
            parent=statement_index,
            title=f"{WORD} اعلامیه",
            kind=StatementKind.PRESS_RELEASE,
            date=timezone.make_aware(datetime.datetime(2026, 6, 1, 9)),
        ),
    }
    made["new news"].topics.add(topic)
    made["new news"].save_revision().publish()
    return made


def test_counts_per_type_and_the_type_filter(items):
    response, html = search_page(WORD)
    assert sorted(found_titles(html)) == sorted([f"{WORD} خبر کهنه", f"{WORD} خبر تازه", f"{WORD} اعلامیه"])
    assert 'خبرها <span class="count">۲</span>' in html
    assert 'اعلامیه‌ها <span class="count">۱</span>' in html
    response, html = search_page(WORD, type="statement")
    assert found_titles(html) == [f"{WORD} اعلامیه"]
    # The other types' counts stay, so the reader can switch.
    assert 'خبرها <span class="count">۲</span>' in html


def test_topic_filter(items):
    response, html = search_page(WORD, topic="raisin-exports")
    assert found_titles(html) == [f"{WORD} خبر تازه"]
    response, _html = search_page(WORD, topic="no-such-topic")
    assert response.status_code == 400


def test_date_range_in_the_solar_hijri_calendar(items):
    # 1405-01-01 is 2026-03-21: the old news item (1404) is left out.
    response, html = search_page(WORD, start="۱۴۰۵-۰۱-۰۱", end="1405/12/29")
    assert sorted(found_titles(html)) == sorted([f"{WORD} خبر تازه", f"{WORD} اعلامیه"])
    response, html = search_page(WORD, start="1404-01-01", end="1404-12-29")
    assert found_titles(html) == [f"{WORD} خبر کهنه"]
    response, html = search_page(WORD, start="1405-13-40")
    assert response.status_code == 400 and "چنین تاریخی" in html


def test_sort_by_date(items):
    response, html = search_page(WORD, sort="date")
    assert found_titles(html) == [f"{WORD} خبر تازه", f"{WORD} اعلامیه", f"{WORD} خبر کهنه"]


def test_results_show_type_date_language_and_highlighted_words(items):
    response, html = search_page(WORD, scope="all")
    assert f"<mark>{WORD}</mark>" in html
    assert "۲۹ عقرب ۱۴۰۵" in html  # 2026-11-20 in the Solar Hijri calendar
    assert "اعلامیه مطبوعاتی" in html or "Press release" in html
    assert "دری" in html  # the result's language when searching every language


def test_search_by_reference_number_in_any_digits(items):
    reference = str(items["statement"].reference)
    assert reference.startswith("PR-")
    for query in (reference, reference.lower(), reference.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))):
        response, html = search_page(query)
        assert f"{WORD} اعلامیه" in found_titles(html), query


def test_all_languages_option(items, demo_site):
    from tests.support.pages import translate_page

    translate_page(items["statement"].get_parent(), "en")
    translate_page(items["statement"], "en", marker="English")
    response, html = search_page(WORD, language="en")
    assert found_titles(html) == [f"English {WORD} اعلامیه"]
    response, html = search_page(WORD, language="en", scope="all")
    assert len(found_titles(html)) == 4


def test_editors_synonyms_apply_at_query_time(news_index, client, django_user_model):
    factories.NewsPageFactory(parent=news_index, title="د پښتو ژبې ورځ")
    response, html = search_page("پشتو")
    assert "د پښتو ژبې ورځ" not in found_titles(html)

    # An editor adds the pair in the admin; it works at once, without reindexing.
    from tests.support.users import make_user

    client.force_login(make_user("synonym-editor", "Editors"))
    response = client.post("/admin/snippets/search/synonym/add/", {"terms": "پشتو\nپښتو", "note": "املای دری"})
    assert response.status_code == 302, response.content.decode()[:1000]
    assert Synonym.objects.count() == 1
    response, html = search_page("پشتو")
    assert "د پښتو ژبې ورځ" in found_titles(html)


def test_a_synonym_needs_two_different_terms(client):
    from tests.support.users import make_user

    client.force_login(make_user("synonym-editor2", "Editors"))
    response = client.post("/admin/snippets/search/synonym/add/", {"terms": "پشتو\nپشتو", "note": ""})
    assert response.status_code == 200
    assert Synonym.objects.count() == 0
