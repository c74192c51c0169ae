"""Index and detail pages make the same number of queries however many items
there are: no query per item."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pressroom import factories

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("uncached_pages", "generation_read_once")]


@pytest.fixture
def generation_read_once(monkeypatch):
    """A process reads the page cache generation at most every quarter of a
    second, not once per request: which request pays for it depends on the
    clock, so it is kept out of these counts (its own cost is counted in
    tests/production/test_page_cache.py)."""
    from core import page_cache

    monkeypatch.setattr(page_cache, "GENERATION_TRUST_SECONDS", 3600)


INDEX_MAX_QUERIES = 4
DETAIL_MAX_QUERIES = 4


def count_queries(client, url):
    client.get(url)  # warm what is remembered until the next publish (routes, chrome, cards)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def fill(index, factory, count, **kwargs):
    topic = factories.TopicFactory(slug=f"count-{index.slug}-{count}")
    for _number in range(count):
        factory(parent=index, topics=[topic], **kwargs)


@pytest.mark.parametrize(
    ("index_fixture", "factory"),
    [
        ("news_index", factories.NewsPageFactory),
        ("statement_index", factories.StatementPageFactory),
        ("gallery_index", factories.GalleryPageFactory),
    ],
)
def test_index_page_queries_stay_flat(client, request, django_assert_max_num_queries, index_fixture, factory):
    index = request.getfixturevalue(index_fixture)
    extra = (
        {"hero_image": factories.ImageFactory(), "hero_alt_text": "alt"} if factory is factories.NewsPageFactory else {}
    )
    fill(index, factory, 2, **extra)
    few = count_queries(client, index.url)
    fill(index, factory, 12, **extra)
    many = count_queries(client, index.url)
    assert many == few, (few, many)
    with django_assert_max_num_queries(INDEX_MAX_QUERIES):
        client.get(index.url)


def test_detail_page_queries_stay_flat(client, news_index, django_assert_max_num_queries):
    story = factories.NewsPageFactory(parent=news_index, hero_image=factories.ImageFactory(), hero_alt_text="alt")
    story.topics.set([factories.TopicFactory(slug="detail-first")])
    story.related_links.create(page=factories.NewsPageFactory(parent=news_index))
    story.save_revision().publish()
    few = count_queries(client, story.url)
    story.topics.add(*[factories.TopicFactory(slug=f"detail-{number}") for number in range(8)])
    for _number in range(8):
        story.related_links.create(page=factories.NewsPageFactory(parent=news_index))
    story.save_revision().publish()
    many = count_queries(client, story.url)
    assert many == few, (few, many)
    with django_assert_max_num_queries(DETAIL_MAX_QUERIES):
        client.get(story.url)


def test_gallery_page_queries_do_not_grow_with_photos(client, gallery_index):
    def photos(count):
        return [
            ("photo", {"image": factories.ImageFactory(), "alt_text": "x", "caption": "", "credit": ""})
            for _number in range(count)
        ]

    small = factories.GalleryPageFactory(parent=gallery_index, media=photos(1))
    large = factories.GalleryPageFactory(parent=gallery_index, media=photos(12))
    assert count_queries(client, large.url) == count_queries(client, small.url)
