"""An app joins the site search by registering in core.searchable, from its
AppConfig.ready(), without editing search/: a kind registered here (as a new
app would) is found, gets its tab and its box, hides what its rule hides,
and is gone again once unregistered."""

import re

import pytest
from django.db.models import Q

from core import searchable
from directory import factories as directory_factories
from directory.models import Organisation, Visibility
from directory.searchable import organisation_hits
from pressroom import factories
from pressroom.models import NewsIndexPage
from tests.support.search import found_titles, results_html, search_page

pytestmark = pytest.mark.django_db

WORD = "زعفرانستان"  # a word nothing else on the site uses


def tab(html, label):
    """The count on the tab called `label`, or None without such a tab."""
    tabs = re.search(r'<nav class="search-types".*?</nav>', html, re.S).group()
    found = re.search(rf"<a [^>]*>{label} <span class=\"count\">([^<]*)</span>", tabs)
    return found.group(1) if found else None


def result_count(html):
    return re.search(r'<p class="result-count"[^>]*>(\S+)', html).group(1)


@pytest.fixture
def register():
    """Registers kinds for one test and removes them after it."""
    keys = []

    def add(kind):
        keys.append(kind.key)
        return searchable.register(kind)

    yield add
    for key in keys:
        searchable.unregister(key)


def test_a_page_type_an_app_registers_is_found_with_its_tab_and_its_hidden_rule(dari_home, register, uncached_pages):
    factories.NewsIndexPageFactory(parent=dari_home, slug="registry-shown", title=f"{WORD} فهرست")
    factories.NewsIndexPageFactory(parent=dari_home, slug="registry-hidden", title=f"{WORD} پنهان")
    _response, html = search_page(WORD)
    assert found_titles(html) == []  # index pages are no kind of result today

    register(
        searchable.SearchablePage(
            key="index",
            model=NewsIndexPage,
            label="Indexes",
            result_label="Index",
            order=45,
            hidden=Q(slug__endswith="-hidden"),
        )
    )
    response, html = search_page(WORD)
    assert response.status_code == 200
    assert found_titles(html) == [f"{WORD} فهرست"]
    assert f"{WORD} پنهان" not in results_html(html)  # (the main menu may list the page itself)
    assert tab(html, "Indexes") == "۱"
    assert '<span class="search-result__type">Index</span>' in html
    # Its tab filters to it; the other kinds keep their order before and after it.
    response, html = search_page(WORD, type="index")
    assert response.status_code == 200
    assert found_titles(html) == [f"{WORD} فهرست"]
    assert result_count(html) == "۱"
    labels = re.findall(r"<li><a [^>]*>([^<]+) <span", html)
    assert labels.index("Indexes") == labels.index("صفحه‌ها") + 1

    searchable.unregister("index")
    _response, html = search_page(WORD)
    assert found_titles(html) == []
    assert tab(html, "Indexes") is None
    # An unknown type is a filter error, as any other.
    response, _html = search_page(WORD, type="index")
    assert response.status_code == 400


def test_records_an_app_registers_get_their_box_and_tab(demo_site, register, uncached_pages):
    for number in range(7):
        directory_factories.organisation(name=f"شرکت {WORD} {number}")
    directory_factories.organisation(name=f"شرکت {WORD} داخلی 3", visibility=Visibility.INTERNAL)
    register(
        searchable.SearchableRecords(
            key="partners",
            model=Organisation,
            label="Partners",
            order=60,
            public=lambda rows: rows.filter(live=True, visibility=Visibility.PUBLIC, name__endswith="3"),
            listed_locales=lambda: {demo_site["fa-af"].locale_id},
            hits=organisation_hits,
            box_heading="Our partners",
            see_all="All %(shown)s partners",
            box_entry_template="directory/search/box_entry.html",
            result_template="directory/search/result.html",
        )
    )
    response, html = search_page(WORD)
    assert response.status_code == 200
    box = re.search(r'<section class="search-partners".*?</section>', html, re.S).group()
    assert "Our partners" in box
    entries = re.findall(r'<li class="search-directory__entry"[^>]*><a href="[^"]*">(.*?)</a>', box)
    assert [re.sub(r"<[^>]+>", "", entry) for entry in entries] == [f"شرکت {WORD} 3"]
    assert "All" not in box  # one entry: no link to more
    assert tab(html, "Partners") == "۱"
    assert tab(html, "فهرست نهادها") == "۷"  # the directory's own kind is unchanged
    assert result_count(html) == "۸"  # seven in the directory, one partner
    response, html = search_page(WORD, type="partners")
    assert found_titles(html) == [f"شرکت {WORD} 3"]
    assert "داخلی" not in html
