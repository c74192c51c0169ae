import datetime
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime
from urllib.parse import urlparse

import pytest
from django.utils import timezone

from pressroom import factories

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def is_absolute(url):
    parts = urlparse(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


@pytest.fixture
def news_with_topic(news_index):
    trade = factories.TopicFactory(name="تجارت", slug="feed-trade")
    tagged = factories.NewsPageFactory(parent=news_index, title="tagged", topics=[trade])
    plain = factories.NewsPageFactory(
        parent=news_index, title="plain", date=timezone.now() - datetime.timedelta(days=2)
    )
    factories.NewsPageFactory(parent=news_index, title="draft", draft=True)
    scheduled = factories.NewsPageFactory(parent=news_index, title="scheduled", draft=True)
    scheduled.go_live_at = timezone.now() + datetime.timedelta(hours=3)
    scheduled.save_revision().publish()
    return tagged, plain


def test_rss_feed_is_valid_rss_2(client, news_index, news_with_topic):
    response = client.get(news_index.url + "feed/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    for required in ("title", "link", "description"):
        assert channel.findtext(required), required
    assert channel.findtext("language") == "fa-af"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == ["tagged", "plain"]
    for item in items:
        assert is_absolute(item.findtext("link"))
        assert is_absolute(item.findtext("guid"))
        assert parsedate_to_datetime(item.findtext("pubDate")).tzinfo is not None  # RFC 822 with a zone
    assert items[0].findtext("category") == "تجارت"


def test_atom_feed_is_valid_atom(client, news_index, news_with_topic):
    response = client.get(news_index.url + "feed/atom/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert root.findtext(f"{ATOM}{required}"), required
    assert root.find(f"{ATOM}author/{ATOM}name").text
    entries = root.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == ["tagged", "plain"]
    for entry in entries:
        assert is_absolute(entry.find(f"{ATOM}link").get("href"))
        assert entry.findtext(f"{ATOM}id")
        # RFC 3339
        datetime.datetime.fromisoformat(entry.findtext(f"{ATOM}updated"))


def test_feeds_respect_the_filters_and_reject_bad_ones(client, news_index, news_with_topic):
    root = ET.fromstring(client.get(news_index.url + "feed/rss/?topic=feed-trade").content)
    assert [item.findtext("title") for item in root.find("channel").findall("item")] == ["tagged"]
    bad = client.get(news_index.url + "feed/atom/?topic=nothing-like-this")
    assert bad.status_code == 400
    assert "nothing-like-this" in bad.content.decode()


def test_index_page_links_its_feeds_from_the_head(client, news_index, news_with_topic):
    html = client.get(news_index.url + "?topic=feed-trade").content.decode()
    head = html.split("</head>")[0]
    assert (
        f'type="application/rss+xml" title="اخبار آزمایشی (RSS)" href="{news_index.url}feed/rss/?topic=feed-trade"'
        in head
    )
    assert f'href="{news_index.url}feed/atom/?topic=feed-trade"' in head


def test_sitemap_lists_live_pages_with_hreflang_alternates(client, news_index, translated):
    translated(news_index, "en")
    story = factories.NewsPageFactory(parent=news_index, title="story")
    translated(story, "en")
    draft = factories.NewsPageFactory(parent=news_index, title="unpublished", draft=True)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    urls = {url.findtext(f"{SITEMAP}loc"): url for url in root.findall(f"{SITEMAP}url")}
    dari_url = f"http://testserver{story.url}"
    english_url = dari_url.replace("/fa-af/", "/en/")
    assert dari_url in urls and english_url in urls
    for location in (dari_url, english_url):
        alternates = {link.get("hreflang"): link.get("href") for link in urls[location].findall(f"{XHTML}link")}
        assert alternates == {"fa-af": dari_url, "en": english_url, "x-default": dari_url}
    assert not any(draft.slug in location for location in urls)
    # The demo site's pages are there in all three languages.
    assert {"http://testserver/fa-af/", "http://testserver/ps/", "http://testserver/en/"} <= set(urls)
