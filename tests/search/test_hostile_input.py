"""Whatever is typed or crafted, the search page answers with a normal page."""

import re

import pytest
from django.test import Client

from tests.support.search import search_page

pytestmark = pytest.mark.django_db

HOSTILE = [
    "",
    " ",
    '"',
    '"unbalanced',
    "\\",
    "\\\\\\",
    "' OR 1=1--",
    "'; DROP TABLE wagtailcore_page; --",
    "title:*",
    "*",
    "NEAR(",
    "NEAR(وزارت تجارت, 3)",
    "AND OR NOT",
    "(((",
    "{}[]^~:!",
    "content_type:pressroom.newspage",
    '{"query": {"match_all": {}}}',
    "🇦🇫 تجارت 🚚",
    "\u202eتجارت\u202c",
    "\ufeff\u200c\u200d",
    "x" * 10_000,
    "وزارت " * 2_000,
]


@pytest.mark.parametrize("query", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_queries_get_a_normal_page(demo_site, query):
    response, html = search_page(query)
    assert response.status_code == 200
    assert 'class="search-form"' in html


@pytest.mark.parametrize(
    "raw", ["q=%00", "q=%D8%AA%00%D8%AC", "q=%FF%FE%FD", "q=%C3%28", "q=%", "q=%%%25", "q=%ED%A0%80"]
)
def test_nul_bytes_and_invalid_utf8_get_a_normal_page(demo_site, raw):
    response = Client().get("/fa-af/search/", QUERY_STRING=raw)
    assert response.status_code == 200
    assert 'class="search-form"' in response.content.decode()


def test_a_very_long_query_is_capped_and_the_reader_is_told(demo_site):
    response, html = search_page("تجارت " * 3_000)
    assert response.status_code == 200
    assert "طولانی" in html  # "Your search was too long: only its first … were used."
    value = re.search(r'id="search-q"[^>]* value="([^"]*)"', html).group(1)
    assert len(value) <= 200


@pytest.mark.parametrize("page", ["abc", "-1", "0", "10**20", "100000000000000000000", "1e3", "۲", ""])
def test_any_page_number_gets_a_page(demo_content, demo_site, page):
    response, html = search_page("تجارت", page=page)
    assert response.status_code == 200
    assert 'class="search-result' in html


def test_sql_syntax_is_searched_as_words_not_run(demo_site):
    from wagtail.models import Page

    before = Page.objects.count()
    response, _html = search_page("'); DELETE FROM wagtailcore_page; --")
    assert response.status_code == 200
    assert Page.objects.count() == before


@pytest.mark.parametrize(
    "language, params",
    [
        ("en", {"start": "2090-01-01"}),
        ("en", {"end": "1900-01-01"}),
        ("fa-af", {"start": "۱۴۷۰-۰۱-۰۱"}),
        ("ps", {"start": "1300-01-01", "end": "1300-01-02"}),
    ],
)
def test_a_date_range_with_nothing_in_it_is_an_empty_result_not_an_error(demo_site, language, params):
    response, html = search_page("trade" if language == "en" else "تجارت", language=language, **params)
    assert response.status_code == 200
    assert 'class="search-result' not in html
    assert 'class="empty"' in html
