"""Reading details a visitor meets: robots.txt, separators that cannot be
read as digits, one name for the news in each language, and filters that
survive a change of language."""

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client
from django.utils import translation

from tests.support.pages import html_of

# Reads the demo site (its sections, news and statements): the whole demo.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]


def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_the_admin(demo_site):
    response = Client().get("/robots.txt", HTTP_HOST="localhost", secure=True)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    sitemaps = [line.split(": ", 1)[1] for line in lines if line.startswith("Sitemap: ")]
    assert sitemaps == ["https://localhost/sitemap.xml"]
    sitemap = Client().get(urlsplit(sitemaps[0]).path, HTTP_HOST="localhost", secure=True)
    assert sitemap.status_code == 200 and b"<urlset" in sitemap.content


def visible_text(html):
    body = html.split("<body", 1)[1]
    body = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", body, flags=re.S)
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", body)))


@pytest.mark.parametrize("language", ["fa-af", "ps", "en"])
def test_no_separator_beside_a_number_can_be_read_as_a_digit(language):
    """A middle dot beside Persian digits reads as a zero (۰): "PR-۱۴۰۵/۰۰۱ ·
    اعلامیه" looked like "…۰۰۱۰". Meta lines use a bar instead."""
    from pressroom.models import StatementPage

    statement = next(
        item for item in StatementPage.objects.live().filter(locale__language_code=language) if item.reference
    )
    client = Client()
    pages = [
        f"/{language}/",
        f"/{language}/news/",
        f"/{language}/statements/",
        statement.url,
        f"/{language}/search/?q=PR",
    ]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        text = visible_text(html_of(response))
        assert "·" not in text, url
        assert "·" not in re.search(r"<title>(.*?)</title>", html_of(response), re.S).group(1), url
    with translation.override(language):
        kind = str(statement.get_kind_display())
    reference = str(statement.reference)
    if language != "en":
        reference = reference.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    text = visible_text(html_of(client.get(statement.url)))
    assert f"{kind} | {reference}" in re.sub(r"\s+", " ", text)


def switcher_targets(html):
    """{language: where its switcher link leads} (through /language/<code>/?next=)."""
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    targets = {}
    for attrs in re.findall(r"<a ([^>]*)>", nav):
        language = re.search(r'lang="([^"]+)"', attrs).group(1)
        href = unescape(re.search(r'href="([^"]+)"', attrs).group(1))
        targets[language] = parse_qs(urlsplit(href).query)["next"][0]
    return targets


def query_of(url):
    return {name: values[0] for name, values in parse_qs(urlsplit(url).query).items()}


def test_switching_language_keeps_the_filters_that_mean_the_same_there():
    from pressroom.models import Topic

    # A translator gave the Pashto "exports" topic its own slug: the link maps it.
    Topic.objects.filter(slug="exports", locale__language_code="ps").update(slug="saderat")
    client = Client()
    dari = client.get("/fa-af/statements/?topic=exports&kind=press_release&year=۱۴۰۵&page=1")
    assert dari.status_code == 200
    targets = switcher_targets(html_of(dari))
    # Pashto counts years as Dari does; English counts Gregorian years, so the year goes.
    assert urlsplit(targets["ps"]).path == "/ps/statements/"
    assert query_of(targets["ps"]) == {"topic": "saderat", "kind": "press_release", "year": "1405"}
    assert urlsplit(targets["en"]).path == "/en/statements/"
    assert query_of(targets["en"]) == {"topic": "exports", "kind": "press_release"}
    for url in targets.values():
        response = client.get(url)
        assert response.status_code == 200, url
        assert 'class="card card--item card--statement"' in html_of(response), url  # the filtered list is not empty
    # Back from English: the topic maps back, the year is not invented.
    english = switcher_targets(html_of(client.get("/en/statements/?topic=exports&year=2026")))
    assert query_of(english["ps"]) == {"topic": "saderat"}
    assert query_of(english["fa-af"]) == {"topic": "exports"}


def test_a_topic_not_translated_yet_is_left_out_rather_than_failing():
    from pressroom.models import Topic

    Topic.objects.filter(slug="exports", locale__language_code="en").update(live=False)
    targets = switcher_targets(html_of(Client().get("/fa-af/news/?topic=exports&year=1405")))
    assert query_of(targets["en"]) == {}
    assert query_of(targets["ps"]) == {"topic": "exports", "year": "1405"}


def test_switching_language_keeps_the_directory_filters_but_not_the_typed_name():
    client = Client()
    response = client.get("/fa-af/directory/?category=media&province=kabul&q=باختر")
    assert response.status_code == 200
    targets = switcher_targets(html_of(response))
    for language in ("ps", "en"):
        assert query_of(targets[language]) == {"category": "media", "province": "kabul"}, language
        assert client.get(targets[language]).status_code == 200


@pytest.mark.parametrize(("language", "name", "other"), [("fa-af", "خبرها", "اخبار"), ("ps", "خبرونه", "اخبار")])
def test_the_news_has_one_name_in_each_language(language, name, other):
    """The section, its menu entry, the home page's headings, the search tab
    and the search box all call the news the same."""
    from pressroom.models import NewsIndexPage, NewsPage

    index = NewsIndexPage.objects.get(locale__language_code=language)
    assert index.title == name and index.menu_label == name
    item = NewsPage.objects.live().child_of(index).first()
    client = Client()
    for url in (f"/{language}/", index.url, item.url, f"/{language}/search/?q=تجارت"):
        text = visible_text(html_of(client.get(url)))
        assert name in text, url
        assert other not in text, url


def test_switching_language_on_the_search_keeps_the_query_with_dates_in_that_calendar():
    from pressroom.models import Topic

    Topic.objects.filter(slug="exports", locale__language_code="ps").update(slug="saderat")
    url = "/fa-af/search/?q=تجارت&topic=exports&start=1405-01-01&end=۱۴۰۵-۰۹-۰۵&sort=date&page=2"
    response = Client().get(url)
    assert response.status_code == 200
    targets = switcher_targets(html_of(response))
    assert urlsplit(targets["en"]).path == "/en/search/"
    # 1 Hamal 1405 is 21 March 2026; 5 Qaws 1405 is 26 November 2026.
    assert query_of(targets["en"]) == {
        "q": "تجارت",
        "topic": "exports",
        "start": "2026-03-21",
        "end": "2026-11-26",
        "sort": "date",
    }
    assert query_of(targets["ps"]) == {
        "q": "تجارت",
        "topic": "saderat",
        "start": "1405-01-01",
        "end": "1405-09-05",
        "sort": "date",
    }
    for target in targets.values():
        assert Client().get(target).status_code == 200, target
