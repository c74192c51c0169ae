"""Who may do what, checked through the admin's real URLs with the ids of
pages a user may or may not touch (the ids a curious user could guess), not
through what the admin chooses to show.

                 anonymous editor translator director directory manager"""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.operations import TranslationCreator

from home.models import HomePage
from pressroom import factories
from pressroom.models import NewsPage
from tests.support.forms import edit_form
from tests.support.shared_rows import shared_rows
from tests.support.users import workflow_people

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "editor", "translator", "director", "directory_manager"]
A, E, T, D, M = ROLES

EXPECTED = {
    # action: the roles allowed
    "add": {E, D},
    "edit": {E, D},
    "edit translation": {E, T, D},
    "preview": {E, D},
    "submit": {E, D},
    "publish": {D},
    "unpublish": {D},
    "delete live page": {D},
    "approve": {D},
    "reject": {D},
    "translate": {E, T, D},
    "view drafts": {E, D},
    "view revisions": {E, D},
    # The admin API shows translators what the public sees, not source drafts.
    "admin API: a draft": {E, D},
    "admin API: a live page": {E, T, D},
}


def _world():
    people = workflow_people()
    editor = people["editor"]
    home = HomePage.objects.get(locale__language_code="fa-af")
    news_index = factories.NewsIndexPageFactory(parent=home, slug="test-news", title="اخبار آزمایشی")
    live = factories.NewsPageFactory(parent=news_index, title="خبر منتشرشده", owner=editor)
    draft = factories.NewsPageFactory(parent=news_index, title="پیش‌نویس", owner=editor, draft=True)
    submitted = factories.NewsPageFactory(parent=news_index, title="ارسال‌شده", owner=editor, draft=True)
    submitted.get_workflow().start(submitted, editor)
    # The section is translated first: a page is translated after its parent.
    TranslationCreator(
        people["director"], [Locale.objects.get(language_code="en"), Locale.objects.get(language_code="ps")]
    ).create_translations(news_index)
    TranslationCreator(people["director"], [Locale.objects.get(language_code="en")]).create_translations(live)
    english = live.get_translation(Locale.objects.get(language_code="en"))
    # The form a director would send for these pages, for roles that cannot load it.
    director_client = Client()
    director_client.force_login(people["director"])
    forms = {"live": edit_form(director_client, live), "draft": edit_form(director_client, draft)}
    return people, {
        "index": news_index,
        "live": live,
        "draft": draft,
        "submitted": submitted,
        "english": english,
        "forms": forms,
        "task_state": submitted.current_workflow_state.current_task_state,
    }


@pytest.fixture(scope="module")
def matrix(django_db_setup, django_db_blocker):
    """The people and pages are made once for the 75 cases (each case's
    changes are rolled back after it: tests/support/shared_rows.py)."""
    with shared_rows(django_db_blocker, _world) as made:
        yield made


@pytest.fixture
def people(matrix):
    return matrix[0]


@pytest.fixture
def world(matrix):
    return matrix[1]


def _ok(response):
    return response.status_code == 200


ACTIONS = {
    "add": lambda c, w: _ok(c.get(f"/admin/pages/add/pressroom/newspage/{w['index'].pk}/")),
    "edit": lambda c, w: _ok(c.get(f"/admin/pages/{w['live'].pk}/edit/")),
    "edit translation": lambda c, w: _ok(c.get(f"/admin/pages/{w['english'].pk}/edit/")),
    "preview": lambda c, w: (
        c.post(f"/admin/pages/{w['live'].pk}/edit/preview/", w["forms"]["live"]).status_code == 200
        and "خبر منتشرشده" in c.get(f"/admin/pages/{w['live'].pk}/edit/preview/").content.decode()
    ),
    "submit": lambda c, w: (
        c.post(f"/admin/pages/{w['draft'].pk}/edit/", {**w["forms"]["draft"], "action-submit": "1"})
        and Page.objects.get(pk=w["draft"].pk).workflow_in_progress
    ),
    "publish": lambda c, w: (
        c.post(f"/admin/pages/{w['draft'].pk}/edit/", {**w["forms"]["draft"], "action-publish": "1"})
        and Page.objects.get(pk=w["draft"].pk).live
    ),
    "unpublish": lambda c, w: (
        c.post(f"/admin/pages/{w['live'].pk}/unpublish/") and not Page.objects.get(pk=w["live"].pk).live
    ),
    "delete live page": lambda c, w: (
        c.post(f"/admin/pages/{w['live'].pk}/delete/") and not Page.objects.filter(pk=w["live"].pk).exists()
    ),
    "approve": lambda c, w: (
        c.post(f"/admin/pages/workflow/action/{w['submitted'].pk}/approve/{w['task_state'].pk}/", {"comment": ""})
        and Page.objects.get(pk=w["submitted"].pk).live
    ),
    "reject": lambda c, w: (
        c.post(
            f"/admin/pages/workflow/action/{w['submitted'].pk}/reject/{w['task_state'].pk}/",
            {"comment": "ارقام را بررسی کنید"},
        )
        and WorkflowState.objects.get(pk=w["task_state"].workflow_state_id).status == WorkflowState.STATUS_NEEDS_CHANGES
    ),
    "translate": lambda c, w: (
        c.post(
            reverse("wagtail_localize:submit_page_translation", args=[w["live"].pk]),
            {"locales": [Locale.objects.get(language_code="ps").pk]},
        )
        and NewsPage.objects.filter(translation_key=w["live"].translation_key, locale__language_code="ps").exists()
    ),
    "view drafts": lambda c, w: _ok(c.get(f"/admin/pages/{w['draft'].pk}/view_draft/")),
    "view revisions": lambda c, w: _ok(c.get(f"/admin/pages/{w['live'].pk}/history/")),
    "admin API: a draft": lambda c, w: _ok(c.get(f"/admin/api/main/pages/{w['draft'].pk}/")),
    "admin API: a live page": lambda c, w: _ok(c.get(f"/admin/api/main/pages/{w['live'].pk}/")),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", list(EXPECTED))
def test_permission_matrix(action, role, world, people, login):
    client = login(people.get(role))
    allowed = bool(ACTIONS[action](client, world))
    assert allowed == (role in EXPECTED[action]), f"{role} {'could' if allowed else 'could not'} {action}"
