"""A page's search index entry is written once per request or translation,
however often the page is saved in it (core.patches.search_index_once), and
the public finds the change as soon as the request or translation is done."""

from collections import Counter
from contextlib import contextmanager
from unittest import mock

import pytest
from django.db import transaction
from modelsearch.backends.base import BaseSearchBackend
from wagtail.models import Page, ReferenceIndex

from core.patches.search_index_once import index_updates_once
from pressroom import factories
from pressroom.models import NewsPage
from tests.support.pages import translate_page
from tests.support.search import found_titles, search_page
from tests.support.users import workflow_people

pytestmark = pytest.mark.django_db


@contextmanager
def index_writes():
    """The index entries written, as (model name, pk, search backend), in order:
    through the task a save enqueues or directly."""
    ran = []
    write = BaseSearchBackend.add

    def add(self, obj):
        ran.append((obj._meta.model_name, obj.pk, type(self).__name__))
        return write(self, obj)

    with mock.patch.object(BaseSearchBackend, "add", add):
        yield ran


def writes(ran, model_name, pk):
    """How often that object's entry was written (in each search backend: the most)."""
    per_backend = Counter(backend for name, key, backend in ran if (name, key) == (model_name, pk))
    return max(per_backend.values(), default=0)


def test_an_approval_makes_the_page_findable_and_writes_its_entry_once(client, news_index):
    people = workflow_people()
    page = factories.NewsPageFactory(parent=news_index, title="گلبرگستانی هرات در بازار", draft=True)
    page.get_workflow().start(page, people["editor"])
    assert found_titles(search_page("گلبرگستانی")[1]) == []
    task_state = Page.objects.get(pk=page.pk).current_workflow_state.current_task_state

    client.force_login(people["director"])
    with index_writes() as ran:
        response = client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""})
    assert response.status_code == 302
    assert NewsPage.objects.get(pk=page.pk).live
    assert found_titles(search_page("گلبرگستانی")[1]) == ["گلبرگستانی هرات در بازار"]
    assert writes(ran, "newspage", page.pk) == 1, ran


def test_a_translation_is_findable_once_made_and_its_entry_written_once(news_index):
    translate_page(news_index, "ps")
    story = factories.NewsPageFactory(parent=news_index, title="نیلوفرزاری هرات")
    with index_writes() as ran:
        pashto = translate_page(story, "ps", marker="پښتو")
    assert found_titles(search_page("نیلوفرزاری", language="ps")[1]) == ["پښتو نیلوفرزاری هرات"]
    assert writes(ran, "newspage", pashto.pk) == 1, ran


def test_what_a_failed_operation_rolled_back_is_never_found_and_what_it_kept_is(news_index, caplog):
    with pytest.raises(RuntimeError), index_updates_once():
        factories.NewsPageFactory(parent=news_index, title="کاکتوسیار قندهار ماندنی")
        with transaction.atomic():
            factories.NewsPageFactory(parent=news_index, title="کاکتوسیار قندهار رفتنی")
            raise RuntimeError("the operation failed half way")
    assert found_titles(search_page("کاکتوسیار")[1]) == ["کاکتوسیار قندهار ماندنی"]
    # Nothing failed that an operator would have to look into.
    assert [record.getMessage() for record in caplog.records if record.levelname == "ERROR"] == []


def test_updates_are_held_until_the_outermost_block_ends(news_index):
    with index_writes() as ran, index_updates_once():
        with index_updates_once():
            story = factories.NewsPageFactory(parent=news_index, title="سنجدزاری سمنگان")
        assert writes(ran, "newspage", story.pk) == 0
    assert writes(ran, "newspage", story.pk) == 1


def test_the_reference_index_is_not_held(news_index):
    """Site care reads a page's references in the request that saved it."""
    linked = factories.NewsPageFactory(parent=news_index, title="خبر پیوندشده")
    with index_updates_once():
        link = f'<p><a linktype="page" id="{linked.pk}">پیوند</a></p>'
        story = factories.NewsPageFactory(parent=news_index, title="خبر پیوند دهنده", body=[("paragraph", link)])
        assert ReferenceIndex.get_references_for_object(story).filter(to_object_id=str(linked.pk)).exists()


def test_a_search_cached_before_the_held_update_is_written_is_not_served_after(news_index, settings):
    """The publication drops the page cache at once; the held index update
    comes when the request ends. A visitor searching in between must not
    leave a cached page that misses the change."""
    settings.ANONYMOUS_PAGE_CACHE = True
    story = factories.NewsPageFactory(parent=news_index, title="کنجدزار قدیم")
    with index_updates_once():  # the director's request that publishes a correction
        story = NewsPage.objects.get(pk=story.pk)
        story.title = "سمسمستان تازه"
        story.save_revision().publish()
        # Meanwhile a visitor (another process) searches the index as it still is.
        assert found_titles(search_page("سمسمستان")[1]) == []
    assert found_titles(search_page("سمسمستان")[1]) == ["سمسمستان تازه"]


def test_a_statements_first_publication_writes_each_entry_once(statement_index):
    """Its reference number becomes searchable in every language version."""
    statement = factories.StatementPageFactory(parent=statement_index, title="اعلامیه خرمالوستان", draft=True)
    with index_writes() as ran, index_updates_once():
        statement.latest_revision.publish()
    assert writes(ran, "statementpage", statement.pk) == 1, ran
