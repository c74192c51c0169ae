"""The index follows publishing without a manual update_index."""

import pytest
from django.utils import timezone

from pressroom import factories
from pressroom.models import NewsPage
from tests.support.search import found_titles, search_page

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("page_cache", [True, False], ids=["page-cache", "no-page-cache"])
def test_publish_change_withdraw_unpublish_and_translate(news_index, settings, page_cache):
    # Without the whole-page cache, results still come from remembered parts
    # (routes, result titles and excerpts): those must follow publishing too.
    settings.ANONYMOUS_PAGE_CACHE = page_cache
    story = factories.NewsPageFactory(parent=news_index, title="انارستان نخستین", draft=True)
    assert "انارستان نخستین" not in found_titles(search_page("انارستان")[1])

    story.save_revision().publish()
    assert "انارستان نخستین" in found_titles(search_page("انارستان")[1])

    story = NewsPage.objects.get(pk=story.pk)
    story.title = "انارستان دومین"
    story.save_revision().publish()
    titles = found_titles(search_page("انارستان")[1])
    assert "انارستان دومین" in titles and "انارستان نخستین" not in titles

    # A saved draft changes nothing the public finds until it is published.
    story = NewsPage.objects.get(pk=story.pk)
    story.title = "انارستان سومین"
    story.save_revision()
    titles = found_titles(search_page("انارستان")[1])
    assert "انارستان دومین" in titles and "انارستان سومین" not in titles

    from tests.support.pages import translate_page

    translate_page(news_index, "ps")
    translate_page(NewsPage.objects.get(pk=story.pk), "ps", marker="پښتو")
    assert "پښتو انارستان دومین" in found_titles(search_page("انارستان", language="ps")[1])

    story = NewsPage.objects.get(pk=story.pk)
    story.withdrawn_at = timezone.now()
    story.withdrawal_reason = "نادرست"
    story.save_revision().publish()
    assert found_titles(search_page("انارستان")[1]) == []

    NewsPage.objects.get(pk=story.pk).unpublish()
    assert found_titles(search_page("انارستان")[1]) == []
