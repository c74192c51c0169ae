"""Anonymous pages come from the shared cache and are dropped on publish;
nothing made for one user is ever served to another."""

import pytest
from django.contrib.sessions.middleware import SessionMiddleware
from django.http import HttpResponse
from django.test import Client, RequestFactory

from core.page_cache import AnonymousPageCacheMiddleware
from pressroom import factories
from pressroom.models import NewsPage
from tests.support.users import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def story(demo_site):
    index = factories.NewsIndexPageFactory(parent=demo_site["fa-af"], slug="cache-news")
    return factories.NewsPageFactory(parent=index, title="خبر نخست")


def test_anonymous_pages_are_cached_and_dropped_on_publish(story):
    visitor = Client()
    first = visitor.get(story.url)
    second = visitor.get(story.url)
    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "s-maxage=1" in first["Cache-Control"]

    page = NewsPage.objects.get(pk=story.pk)
    page.title = "خبر اصلاح‌شده"
    page.save_revision().publish()
    response = visitor.get(story.url)
    assert "خبر اصلاح‌شده" in response.content.decode()
    listing = visitor.get(story.get_parent().url).content.decode()
    assert "خبر اصلاح‌شده" in listing

    NewsPage.objects.get(pk=story.pk).unpublish()
    assert visitor.get(story.url).status_code == 404


def test_signed_in_users_are_never_served_from_or_stored_in_the_cache(story, client):
    Client().get(story.url)  # cached for visitors
    client.force_login(make_user("cache-director", "Directors"))
    response = client.get(story.url)
    assert "X-Page-Cache" not in response
    # A draft the director is working on is never seen by visitors either.
    page = NewsPage.objects.get(pk=story.pk)
    page.title = "پیش‌نویس محرمانه"
    page.save_revision()
    assert "پیش‌نویس محرمانه" not in Client().get(story.url).content.decode()


def _through_cache(view, cookies=None):
    factory = RequestFactory()
    middleware = SessionMiddleware(AnonymousPageCacheMiddleware(view))
    request = factory.get("/fa-af/some-page/")
    request.COOKIES.update(cookies or {})
    return middleware(request)


def test_responses_that_set_a_cookie_or_use_the_session_are_never_stored(demo_site):
    calls = []

    def sets_cookie(request):
        calls.append(1)
        response = HttpResponse(f"csrf for caller {len(calls)}")
        response.set_cookie("csrftoken", f"token-{len(calls)}")
        return response

    assert _through_cache(sets_cookie).content == b"csrf for caller 1"
    assert _through_cache(sets_cookie).content == b"csrf for caller 2"

    def uses_session(request):
        calls.append(1)
        request.session.get("_messages")
        return HttpResponse(f"messages for caller {len(calls)}")

    assert _through_cache(uses_session).content == b"messages for caller 3"
    assert _through_cache(uses_session).content == b"messages for caller 4"


def test_a_request_with_a_session_cookie_bypasses_the_cache(demo_site):
    calls = []

    def page(request):
        calls.append(1)
        return HttpResponse(f"page {len(calls)}")

    _through_cache(page)
    assert _through_cache(page).content == b"page 1"  # from the cache
    assert _through_cache(page, {"sessionid": "abc"}).content == b"page 2"


def test_a_configured_cdn_is_purged_on_publish(story, settings):
    """wagtail.contrib.frontend_cache sends PURGE to FRONTEND_CACHE_PURGE_URL."""
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    purged = []

    class Cdn(BaseHTTPRequestHandler):
        def do_PURGE(self):
            purged.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Cdn)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    try:
        page = NewsPage.objects.get(pk=story.pk)
        page.title = "برای CDN"
        page.save_revision().publish()
    finally:
        server.shutdown()
    assert any(path.rstrip("/").endswith(story.slug) for path in purged), purged


def test_a_cached_page_costs_one_query_a_quarter_second_at_most(story, django_assert_num_queries, monkeypatch):
    """The generation is read from the database at most every
    GENERATION_TRUST_SECONDS by each process; cached pages cost nothing else."""
    from core import page_cache

    visitor = Client()
    visitor.get(story.url)
    monkeypatch.setattr(page_cache, "GENERATION_TRUST_SECONDS", 3600)
    visitor.get(story.url)
    with django_assert_num_queries(0):
        assert visitor.get(story.url)["X-Page-Cache"] == "hit"
    monkeypatch.setattr(page_cache, "_trusted_generation", None)  # what the clock running out does
    with django_assert_num_queries(1):
        assert visitor.get(story.url)["X-Page-Cache"] == "hit"
