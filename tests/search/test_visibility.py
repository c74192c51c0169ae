"""Drafts, scheduled pages, withdrawn pages, aliases of another language and
internal directory entries are never found, in any language or option."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Locale

from directory.models import Organisation, Visibility
from pressroom import factories
from tests.support.search import found_titles, results_html, search_page

pytestmark = pytest.mark.django_db

WORD = "زعفرانستان"  # a word nothing else on the site uses


def _everywhere(query):
    html = ""
    for language in ("fa-af", "ps", "en"):
        for params in ({}, {"scope": "all"}, {"sort": "date"}, {"type": "news"}, {"type": "directory"}):
            response, page = search_page(query, language=language, **params)
            assert response.status_code == 200
            html += page
    return html


def test_a_live_page_is_found_and_hidden_ones_are_not(news_index):
    factories.NewsPageFactory(parent=news_index, title=f"{WORD} منتشرشده")
    factories.NewsPageFactory(parent=news_index, title=f"{WORD} پیش‌نویس", draft=True)
    scheduled = factories.NewsPageFactory(parent=news_index, title=f"{WORD} زمان‌بندی‌شده", draft=True)
    scheduled.go_live_at = timezone.now() + datetime.timedelta(days=2)
    scheduled.save_revision().publish()
    assert not type(scheduled).objects.get(pk=scheduled.pk).live
    withdrawn = factories.NewsPageFactory(parent=news_index, title=f"{WORD} پس‌گرفته")
    withdrawn.withdrawn_at = timezone.now()
    withdrawn.withdrawal_reason = "اشتباه"
    withdrawn.save_revision().publish()
    unpublished = factories.NewsPageFactory(parent=news_index, title=f"{WORD} لغوشده")
    unpublished.unpublish()

    html = _everywhere(WORD)
    titles = found_titles(html)
    assert f"{WORD} منتشرشده" in titles
    for hidden in ("پیش‌نویس", "زمان‌بندی‌شده", "پس‌گرفته", "لغوشده"):
        assert f"{WORD} {hidden}" not in html


def test_an_alias_in_another_language_is_never_found(news_index):
    from tests.support.pages import translate_page

    story = factories.NewsPageFactory(parent=news_index, title=f"{WORD} خبر دری")
    translate_page(news_index, "ps")
    alias = story.copy_for_translation(Locale.objects.get(language_code="ps"), alias=True)
    assert alias.live
    response, html = search_page(WORD, language="ps")
    assert f"{WORD} خبر دری" not in html
    response, html = search_page(WORD, language="ps", scope="all")
    assert found_titles(html).count(f"{WORD} خبر دری") == 1  # the Dari original only


def test_internal_directory_entries_are_never_found(demo_site):
    internal = Organisation.objects.filter(visibility=Visibility.INTERNAL, live=True).first()
    public = Organisation.objects.filter(visibility=Visibility.PUBLIC, live=True, category__live=True).first()
    assert internal is not None and public is not None
    html = _everywhere(internal.name)
    assert internal.name not in results_html(html) and f">{internal.name}<" not in html
    response, html = search_page(public.name, language=public.locale.language_code, type="directory")
    assert public.name in html
