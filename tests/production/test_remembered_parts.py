"""What uncached pages take from the per-publish memory (routes, private
sections, page furniture) is only ever a shortcut: a page that moved, was
unpublished or made private is never served from it, even when no publish
signal told the memory so."""

import pytest
from django.core.cache import cache
from django.test import Client
from wagtail.models import Page, PageViewRestriction

from core import page_cache
from pressroom import factories
from pressroom.models import NewsPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def uncached(uncached_pages):
    return Client()


@pytest.fixture
def index(demo_site):
    return factories.NewsIndexPageFactory(parent=demo_site["fa-af"], slug="memory-news")


def test_a_page_moved_behind_the_memorys_back_is_not_served_at_its_old_address(uncached, index):
    story = factories.NewsPageFactory(parent=index, slug="old-address", title="خبر جابه‌جا")
    assert uncached.get("/fa-af/memory-news/old-address/").status_code == 200  # the route is remembered
    # A change that sends no signal (a data fix in the database shell):
    # the remembered route still points at the page's old address.
    Page.objects.filter(pk=story.pk).update(slug="new-address", url_path=story.url_path.replace("old", "new"))

    assert uncached.get("/fa-af/memory-news/old-address/").status_code == 404
    response = uncached.get("/fa-af/memory-news/new-address/")
    assert response.status_code == 200
    assert "خبر جابه‌جا" in response.content.decode()


def test_a_page_unpublished_behind_the_memorys_back_is_not_served(uncached, index):
    story = factories.NewsPageFactory(parent=index, slug="soon-gone")
    assert uncached.get(story.url).status_code == 200
    Page.objects.filter(pk=story.pk).update(live=False)
    assert uncached.get(story.url).status_code == 404


def test_a_route_remembered_for_another_page_is_not_trusted(uncached, index, demo_site):
    first = factories.NewsPageFactory(parent=index, slug="first-story", title="خبر اول")
    second = factories.NewsPageFactory(parent=index, slug="second-story", title="خبر دوم")
    site_pk = demo_site["fa-af"].get_site().pk
    # What a corrupted or colliding entry would say: first's address is second.
    page_cache.keep("route", (site_pk, "fa-af", "memory-news/first-story/"), (second.pk, "pressroom.newspage", 0))
    page = uncached.get(first.url).content.decode()
    assert "خبر اول" in page and "خبر دوم" not in page


def test_a_page_made_private_is_private_at_once_for_visitors(index):
    visitor = Client()
    story = factories.NewsPageFactory(parent=index, slug="to-be-private", title="خبر محرمانه")
    assert visitor.get(story.url).status_code == 200  # cached page, remembered privacy
    assert "خبر محرمانه" in visitor.get(index.url).content.decode()

    PageViewRestriction.objects.create(page=story, restriction_type=PageViewRestriction.LOGIN)

    response = visitor.get(story.url)
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert "خبر محرمانه" not in visitor.get(index.url).content.decode()


def test_listing_cards_follow_publishing(uncached, index):
    topic = factories.TopicFactory(slug="card-topic", name="موضوع کهنه")
    story = factories.NewsPageFactory(parent=index, title="عنوان کهنه", topics=[topic])
    listing = uncached.get(index.url).content.decode()
    assert "عنوان کهنه" in listing and "موضوع کهنه" in listing

    story = NewsPage.objects.get(pk=story.pk)
    story.title = "عنوان تازه"
    story.save_revision().publish()
    topic.name = "موضوع تازه"
    topic.save_revision().publish()

    listing = uncached.get(index.url).content.decode()
    assert "عنوان تازه" in listing and "عنوان کهنه" not in listing
    assert "موضوع تازه" in listing and "موضوع کهنه" not in listing


def test_a_password_protected_page_can_be_unlocked(index):
    visitor = Client()
    story = factories.NewsPageFactory(parent=index, slug="locked-story", title="خبر قفل‌شده")
    restriction = PageViewRestriction.objects.create(
        page=story, restriction_type=PageViewRestriction.PASSWORD, password="kabul-1405"
    )
    form = visitor.get(story.url)
    assert form.status_code == 200 and "خبر قفل‌شده" not in form.content.decode()
    unlock = f"/fa-af/_util/authenticate_with_password/{restriction.pk}/{story.pk}/"
    response = visitor.post(unlock, {"password": "kabul-1405", "return_url": story.url})
    assert response.status_code == 302
    assert "خبر قفل‌شده" in visitor.get(story.url).content.decode()
    assert "خبر قفل‌شده" not in Client().get(story.url).content.decode()


def test_making_organisations_internal_in_bulk_hides_them_at_once(demo_site):
    from types import SimpleNamespace

    from directory import factories as directory_factories
    from directory.models import DirectoryPage, Organisation, Visibility
    from directory.wagtail_hooks import MakeInternalBulkAction

    visitor = Client()
    versions = directory_factories.organisation(key="bulk-office", name="دفتر گروهی", languages=("fa-af",))
    directory = DirectoryPage.objects.get(locale__language_code="fa-af")
    address = f"{directory.url}bulk-office/"
    assert visitor.get(address).status_code == 200  # cached for visitors

    MakeInternalBulkAction.execute_action(
        [versions["fa-af"]], self=SimpleNamespace(model=Organisation)
    )  # what the admin's bulk action runs: an update() without save signals

    assert Organisation.objects.get(pk=versions["fa-af"].pk).visibility == Visibility.INTERNAL
    assert visitor.get(address).status_code == 404


def test_a_publish_the_cache_did_not_take_is_not_lost(index, monkeypatch):
    visitor = Client()
    story = factories.NewsPageFactory(parent=index, slug="lost-bump")
    assert visitor.get(story.url).status_code == 200  # cached

    class Stalled:
        """Redis timing out while the page is unpublished: django-redis
        answers None (and False to writes) rather than raising."""

        def __getattr__(self, name):
            return lambda *args, **kwargs: None

        def set(self, *args, **kwargs):
            return False

    monkeypatch.setattr(page_cache, "cache", Stalled())
    NewsPage.objects.get(pk=story.pk).unpublish()
    monkeypatch.setattr(page_cache, "cache", cache)  # Redis back

    assert visitor.get(story.url).status_code == 404


def test_a_generation_restored_from_a_backup_is_not_reused():
    from core.models import PageCacheGeneration

    page_cache.bump_generation()
    backup = PageCacheGeneration.objects.get().token  # a backup of the database is taken
    page_cache.bump_generation()  # a publish after the backup
    assert page_cache.remember("probe", (), lambda: "after the backup") == "after the backup"
    PageCacheGeneration.objects.update(token=backup)  # the database restored from the backup
    page_cache.bump_generation()  # the first publish after the restore
    assert page_cache.remember("probe", (), lambda: "after the restore") == "after the restore"


def test_a_preview_at_a_draft_address_does_not_change_the_public_cards(uncached, index):
    factories.NewsPageFactory(parent=index, slug="previewed", topics=[factories.TopicFactory(slug="preview-topic")])
    draft = type(index).objects.get(pk=index.pk)
    draft.slug = "draft-address"
    draft.set_url_path(draft.get_parent())
    draft.make_preview_request()  # what "Preview" of an index with a new slug renders
    listing = uncached.get(index.url).content.decode()
    assert "/draft-address/" not in listing
    assert f'href="{index.url}?topic=preview-topic"' in listing
