"""The whole-page cache cannot be flooded: only the query parameters a page
uses enter its key (a request with any other is answered without the
cache), Vary is honoured, and losing the generation means misses, never an
old page."""

import pytest
from django.core.cache import cache
from django.http import HttpResponse
from django.test import Client, RequestFactory

from core.models import PageCacheGeneration
from core.page_cache import AnonymousPageCacheMiddleware, forget_local_parts, uses_query
from pressroom import factories
from pressroom.models import NewsPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def story(demo_site):
    index = factories.NewsIndexPageFactory(parent=demo_site["fa-af"], slug="keys-news")
    return factories.NewsPageFactory(parent=index, title="خبر کلیدها")


def _stored_pages():
    """Whole pages in the shared cache (not parts or signatures)."""
    keys = cache.keys("pagecache:*") if hasattr(cache, "keys") else list(cache._cache)
    return [key for key in keys if ":part:" not in key and ":signature:" not in key]


def test_made_up_query_parameters_are_never_stored(story):
    visitor = Client()
    assert visitor.get(story.url)["X-Page-Cache"] == "miss"
    before = len(_stored_pages())
    for number in range(30):
        response = visitor.get(f"{story.url}?x={number}&utm_source=flood{number}")
        assert response.status_code == 200
        assert "X-Page-Cache" not in response  # answered, not stored nor served from the cache
        assert "خبر کلیدها" in response.content.decode()
    assert len(_stored_pages()) == before
    assert visitor.get(story.url)["X-Page-Cache"] == "hit"


def test_a_listings_own_filters_are_cached_in_any_order(story):
    index = story.get_parent().url
    visitor = Client()
    assert visitor.get(f"{index}?page=1&year=")["X-Page-Cache"] == "miss"
    assert visitor.get(f"{index}?year=&page=1")["X-Page-Cache"] == "hit"
    assert visitor.get(f"{index}?year=&page=1&junk=1").get("X-Page-Cache") is None


def test_a_cached_filtered_listing_is_never_served_for_another_filter(story, demo_site):
    other = factories.NewsPageFactory(parent=story.get_parent(), title="خبر دیگر")
    topic = factories.TopicFactory(locale=demo_site["fa-af"].locale, name="موضوع کلیدها", slug="keys-topic")
    page = NewsPage.objects.get(pk=other.pk)
    page.topics.add(topic)
    page.save_revision().publish()
    index = story.get_parent().url
    visitor = Client()
    everything = visitor.get(index).content.decode()
    assert "خبر کلیدها" in everything and "خبر دیگر" in everything
    filtered = visitor.get(f"{index}?topic=keys-topic")
    assert filtered["X-Page-Cache"] == "miss"
    assert "خبر کلیدها" not in filtered.content.decode() and "خبر دیگر" in filtered.content.decode()
    assert "خبر کلیدها" in visitor.get(index).content.decode()


def _view(request):
    uses_query(request, "q")
    response = HttpResponse(f"{request.GET.get('q', '')}|{request.META.get('HTTP_X_EDITION', '')}")
    response["Vary"] = "X-Edition"
    return response


def _get(path, **headers):
    return AnonymousPageCacheMiddleware(_view)(RequestFactory().get(path, **headers))


def test_vary_headers_enter_the_key(db):
    assert _get("/fa-af/vary/?q=a", HTTP_X_EDITION="1").content == b"a|1"
    second = _get("/fa-af/vary/?q=a", HTTP_X_EDITION="2")
    assert second.content == b"a|2"  # not the copy made for edition 1
    hit = _get("/fa-af/vary/?q=a", HTTP_X_EDITION="1")
    assert hit["X-Page-Cache"] == "hit" and hit.content == b"a|1"
    assert _get("/fa-af/vary/?q=b", HTTP_X_EDITION="1").content == b"b|1"


def test_vary_star_is_never_cached(db):
    def view(request):
        response = HttpResponse("anything")
        response["Vary"] = "*"
        return response

    for _ in range(2):
        response = AnonymousPageCacheMiddleware(view)(RequestFactory().get("/fa-af/star/"))
        assert "X-Page-Cache" not in response


def test_losing_the_generation_row_gives_misses_not_old_pages(story):
    visitor = Client()
    visitor.get(story.url)
    assert visitor.get(story.url)["X-Page-Cache"] == "hit"
    # The row is lost (a restore, an operator's mistake) while the page changes underneath.
    PageCacheGeneration.objects.all().delete()
    NewsPage.objects.filter(pk=story.pk).update(title="عنوان پس از گم شدن نسل")
    forget_local_parts()
    response = visitor.get(story.url)
    assert response["X-Page-Cache"] == "miss"
    assert "عنوان پس از گم شدن نسل" in response.content.decode()
