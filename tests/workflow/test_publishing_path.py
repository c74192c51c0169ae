"""Nothing reaches the public without a director's approval: the editor's
path through submission, rejection, resubmission and approval; changes to a
live page; crafted publish requests; e-mails; the audit log."""

import re

import pytest
from django.core import mail
from django.test import Client
from wagtail.models import Page, PageLogEntry, WorkflowState

from pressroom import factories
from pressroom.models import NewsPage
from tests.support.forms import add_form, edit_form

pytestmark = pytest.mark.django_db


def public(url):
    return Client().get(url)


def awaiting_task(page):
    page = Page.objects.get(pk=page.pk)
    return page.current_workflow_state.current_task_state


def test_editor_writes_submits_director_rejects_then_approves(people, news_index, login):
    editor, director = people["editor"], people["director"]
    client = login(editor)

    # The editor writes a news item and saves a draft: no publish button is offered.
    add_url = f"/admin/pages/add/pressroom/newspage/{news_index.pk}/"
    assert 'name="action-publish"' not in client.get(add_url).content.decode()
    response = client.post(add_url, add_form(title="بازدید وزیر از بندر تورخم", slug="minister-torkham"))
    assert response.status_code == 302
    page = NewsPage.objects.get(slug="minister-torkham")
    assert not page.live
    assert public(f"{news_index.url}minister-torkham/").status_code == 404

    # A crafted publish leaves it unpublished.
    client.post(f"/admin/pages/{page.pk}/edit/", {**edit_form(client, page), "action-publish": "1"})
    assert not NewsPage.objects.get(pk=page.pk).live

    # Submitted: the directors are told, in each one's admin language.
    mail.outbox.clear()
    client.post(f"/admin/pages/{page.pk}/edit/", {**edit_form(client, page), "action-submit": "1"})
    assert Page.objects.get(pk=page.pk).workflow_in_progress
    to_director = [m for m in mail.outbox if director.email in m.to]
    to_english_director = [m for m in mail.outbox if people["english_director"].email in m.to]
    assert to_director and to_english_director
    assert re.search("[\u0600-\u06ff]", to_director[0].subject), to_director[0].subject
    assert not re.search("[\u0600-\u06ff]{3}", to_english_director[0].subject.replace(page.title, ""))
    assert not [m for m in mail.outbox if editor.email in m.to]

    # The director sees it on the dashboard and can compare it with the live version.
    client = login(director)
    dashboard = client.get("/admin/").content.decode()
    assert "بازدید وزیر از بندر تورخم" in dashboard
    revision = Page.objects.get(pk=page.pk).latest_revision
    assert client.get(f"/admin/pages/{page.pk}/revisions/compare/earliest...{revision.pk}/").status_code == 200

    # Rejected with a comment: the editor is told, and the page stays private.
    mail.outbox.clear()
    task_state = awaiting_task(page)
    client.post(
        f"/admin/pages/workflow/action/{page.pk}/reject/{task_state.pk}/", {"comment": "تاریخ بازدید را درست کنید."}
    )
    state = WorkflowState.objects.get(pk=task_state.workflow_state_id)
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert not NewsPage.objects.get(pk=page.pk).live
    rejection = [m for m in mail.outbox if editor.email in m.to]
    assert rejection and "تاریخ بازدید را درست کنید." in rejection[0].body

    # The editor revises and resubmits; the director approves: it goes live.
    client = login(editor)
    client.post(
        f"/admin/pages/{page.pk}/edit/",
        {**edit_form(client, page, body_text="وزیر روز سه‌شنبه از بندر بازدید کرد."), "action-submit": "1"},
    )
    client = login(director)
    mail.outbox.clear()
    task_state = awaiting_task(page)
    client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""})
    assert NewsPage.objects.get(pk=page.pk).live
    response = public(f"{news_index.url}minister-torkham/")
    assert response.status_code == 200 and "وزیر روز سه‌شنبه از بندر بازدید کرد." in response.content.decode()
    assert [m for m in mail.outbox if editor.email in m.to], "the author is told of the approval"

    # Every step is in the audit log, with who did it and when.
    entries = PageLogEntry.objects.filter(page=page).order_by("timestamp")
    by_action = {}
    for entry in entries:
        by_action.setdefault(entry.action, []).append(entry)
    for action, user in [
        ("wagtail.create", editor),
        ("wagtail.edit", editor),
        ("wagtail.workflow.start", editor),
        ("wagtail.workflow.reject", director),
        ("wagtail.workflow.resume", editor),
        ("wagtail.workflow.approve", director),
        ("wagtail.publish", director),
    ]:
        assert action in by_action, action
        assert any(entry.user_id == user.pk and entry.timestamp for entry in by_action[action]), action


def test_changes_to_a_live_page_wait_for_approval(people, news_index, login):
    page = factories.NewsPageFactory(parent=news_index, title="عنوان تأییدشده", owner=people["editor"])
    client = login(people["editor"])
    client.post(
        f"/admin/pages/{page.pk}/edit/",
        {**edit_form(client, page, title="عنوان تأییدنشده"), "action-submit": "1"},
    )
    html = public(page.url).content.decode()
    assert "عنوان تأییدشده" in html and "عنوان تأییدنشده" not in html
    client = login(people["director"])
    task_state = awaiting_task(page)
    client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""})
    assert "عنوان تأییدنشده" in public(page.url).content.decode()


def test_an_editor_cannot_approve_their_own_submission(people, news_index, login):
    page = factories.NewsPageFactory(parent=news_index, owner=people["editor"], draft=True)
    page.get_workflow().start(page, people["editor"])
    client = login(people["editor"])
    task_state = awaiting_task(page)
    response = client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""})
    assert response.status_code in (302, 403)
    assert not NewsPage.objects.get(pk=page.pk).live


def test_every_language_tree_goes_through_director_approval(demo_site):
    for page in demo_site.values():
        workflow = page.get_workflow()
        assert workflow is not None and workflow.name == "Director approval"
        assert [task.name for task in workflow.tasks] == ["Director approval"]
        assert list(workflow.tasks[0].specific.groups.values_list("name", flat=True)) == ["Directors"]
