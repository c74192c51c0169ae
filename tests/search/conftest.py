import json
from pathlib import Path

import pytest
from django.core.cache import cache
from django.test import Client

from pressroom import factories
from search import engine

# A copy of shared/l10n/search_pairs.json (the directorate's examples).
PAIRS = json.loads((Path(__file__).parent / "search_pairs.json").read_text("utf-8"))


@pytest.fixture(autouse=True)
def _elasticsearch_not_marked_down():
    cache.delete(engine.ES_DOWN_KEY)
    yield
    cache.delete(engine.ES_DOWN_KEY)


@pytest.fixture
def dari_home(demo_site):
    return demo_site["fa-af"]


@pytest.fixture
def news_index(dari_home):
    return factories.NewsIndexPageFactory(parent=dari_home, slug="search-news", title="اخبار جستجو")


@pytest.fixture
def statement_index(dari_home):
    return factories.StatementIndexPageFactory(parent=dari_home, slug="search-statements", title="اعلامیه‌های جستجو")


def search_page(query="", language="fa-af", **params):
    response = Client().get(f"/{language}/search/", {"q": query, **params})
    return response, response.content.decode()


def results_html(html):
    """The results list only (not the form echoing the query, nor the header)."""
    if '<ol class="search-results">' not in html:
        return ""
    return html.split('<ol class="search-results">', 1)[1].split("</ol>", 1)[0]


def found_titles(html):
    import re

    return [
        re.sub(r"<[^>]+>", "", title) for title in re.findall(r'class="search-result__title"><a [^>]*>(.*?)</a>', html)
    ]
