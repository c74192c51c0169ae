"""What the search page counts and what it offers when it finds little: the
tab and the line below it agree, "search all languages" is a link that
keeps the query, and a Dari or Pashto query typed the other way gets one
link to the spelling (or the languages) that finds more."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from directory import factories as directory_factories
from pressroom import factories
from tests.support.search import found_titles, search_page

pytestmark = pytest.mark.django_db

WORD = "زعفرانستان"


def everything_count(html):
    return re.search(r'aria-current="true">[^<]*<span class="count">([^<]*)</span>', html).group(1)


def result_count(html):
    return re.search(r'<p class="result-count"[^>]*>(\S+)', html).group(1)


def tab_counts(html):
    tabs = re.search(r'<nav class="search-types".*?</nav>', html, re.S).group()
    return re.findall(r'<span class="count">([^<]*)</span>', tabs)


def persian_number(text):
    return int(text.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")))


def test_the_everything_tab_and_the_result_count_agree_with_directory_entries(news_index):
    for number in range(3):
        factories.NewsPageFactory(parent=news_index, title=f"{WORD} خبر {number}")
    for number in range(7):
        directory_factories.organisation(name=f"شرکت {WORD} {number}")
    response, html = search_page(WORD)
    assert response.status_code == 200
    assert everything_count(html) == result_count(html) == "۱۰"
    counts = [persian_number(count) for count in tab_counts(html)]
    assert counts[0] == sum(counts[1:])  # Everything = news + … + directory
    # Five entries are shown with the pages, and a link to all seven.
    assert html.count('class="search-directory__entry"') == 5
    link = re.search(r'<a class="search-directory__all" href="([^"]+)"', html).group(1)
    _response, directory_html = search_page(**_params(link))
    assert result_count(directory_html) == "۷"


def test_directory_entries_alone_are_results_not_nothing(demo_site):
    directory_factories.organisation(name=f"اتحادیه {WORD}")
    _response, html = search_page(WORD)
    assert everything_count(html) == result_count(html) == "۱"
    assert "چیزی یافت نشد" not in html


def _params(href):
    return {name: values[-1] for name, values in parse_qs(urlsplit(href.replace("&amp;", "&")).query).items()}


def _link_after(text, html):
    """The href of the link in the sentence holding `text`."""
    sentence = re.search(rf"<p[^>]*>[^\n]*{text}[^\n]*</p>", html)
    assert sentence, text
    return re.search(r'href="([^"]+)"', sentence.group()).group(1)


def test_search_all_languages_is_a_link_that_keeps_the_query(demo_site):
    pashto_home = demo_site["ps"]
    news = factories.NewsIndexPageFactory(parent=pashto_home, slug="search-news-ps", title="خبرونه")
    factories.NewsPageFactory(parent=news, title="د زعفرانو سوداګرۍ ودې ته لاره")
    response, html = search_page("زعفرانو", topic="", sort="date")
    assert found_titles(html) == []
    href = _link_after("همهٔ", html)  # "…, or search all languages."
    params = _params(href)
    assert params["q"] == "زعفرانو" and params["scope"] == "all" and params["sort"] == "date"
    _response, html = search_page(**params)
    assert "د زعفرانو سوداګرۍ ودې ته لاره" in found_titles(html)


def test_searching_all_languages_offers_no_link_to_itself(demo_site):
    _response, html = search_page("هیچ‌واژه‌ای‌نیست", scope="all")
    assert "چیزی یافت نشد" in html
    assert "scope=all" not in html.split('class="empty"', 1)[1].split("</p>", 1)[0]


def suggestion_links(html):
    box = re.search(r'<p class="search-suggestion"[^>]*>(.*?)</p>', html, re.S)
    return re.findall(r'<a href="([^"]+)"[^>]*>(.*?)</a>', box.group(1)) if box else []


@pytest.mark.parametrize(
    "typed, written",
    [
        ("پلورنی", "پلورنې"),  # ې typed as ی (Persian keyboard)
        ("پلورنځی", "پلورنځۍ"),  # ۍ typed as ی
        ("میوی", "مېوې"),  # both ې typed as ی
        ("ټاکنی", "ټاکنې"),
    ],
)
def test_a_pashto_word_typed_on_a_persian_keyboard_is_offered_its_pashto_spelling(demo_site, typed, written):
    pashto_home = demo_site["ps"]
    news = factories.NewsIndexPageFactory(parent=pashto_home, slug="search-news-ps", title="خبرونه")
    factories.NewsPageFactory(parent=news, title=f"د زعفرانو {written} ته نوې لاره")
    _response, html = search_page(typed, language="ps", sort="date")
    # Never silently: the Pashto spelling's pages are not shown as results…
    assert found_titles(html) == []
    # …but offered, as one link that keeps the rest of the search.
    links = suggestion_links(html)
    assert len(links) == 1
    href, text = links[0]
    assert text == written
    assert _params(href) == {"q": written, "sort": "date"}
    _response, html = search_page(**_params(href), language="ps")
    assert f"د زعفرانو {written} ته نوې لاره" in found_titles(html)


def test_a_pashto_spelling_searched_in_dari_is_offered_the_dari_spelling(news_index):
    factories.NewsPageFactory(parent=news_index, title="شاروالی کابل بازار تازه گشود")
    _response, html = search_page("ښاروالۍ")
    assert found_titles(html) == []
    [(href, text)] = suggestion_links(html)
    assert text == "شاروالی"
    _response, html = search_page(**_params(href))
    assert found_titles(html) == ["شاروالی کابل بازار تازه گشود"]


def test_a_word_of_the_other_language_is_offered_all_languages(demo_site):
    pashto_home = demo_site["ps"]
    news = factories.NewsIndexPageFactory(parent=pashto_home, slug="search-news-ps", title="خبرونه")
    for number in range(2):
        factories.NewsPageFactory(parent=news, title=f"د ګلکارانو روزنه {number}")
    _response, html = search_page("ګلکارانو", type="news")
    [(href, _text)] = suggestion_links(html)
    params = _params(href)
    assert params == {"q": "ګلکارانو", "scope": "all", "type": "news"}
    assert "۲" in re.search(r'<p class="search-suggestion".*?</p>', html, re.S).group()
    _response, html = search_page(**params)
    assert len(found_titles(html)) == 2


def test_a_word_written_with_a_zwnj_is_offered_as_written():
    from search.query import parse
    from search.suggest import display, spellings, words_of

    assert [display(words) for words in spellings(words_of(parse("بسته‌بندی")))][:1] == ["بسته‌بندۍ"]


def test_a_query_that_finds_enough_gets_no_suggestion(news_index):
    for number in range(3):
        factories.NewsPageFactory(parent=news_index, title=f"{WORD} گزارش {number}")
    _response, html = search_page(WORD)
    assert suggestion_links(html) == []


def test_a_query_nothing_would_help_gets_no_suggestion(demo_site):
    _response, html = search_page("قثفغعهخحج")
    assert suggestion_links(html) == []
    assert "چیزی یافت نشد" in html


def test_only_a_bounded_number_of_spellings_is_ever_counted():
    from search.suggest import MAX_SPELLINGS, spellings

    long_query = ["سوداگری", "شرکت", "تجارتی", "ترانزیت", "دیجیتال", "ژورنالیستان"] * 2
    candidates = spellings(long_query)
    assert 0 < len(candidates) <= MAX_SPELLINGS
    assert ["سوداگرۍ"] in spellings(["سوداگری"])[:1]  # the likeliest first
