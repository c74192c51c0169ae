"""The director's comparison on the dashboard shows what changed since the
last published version, or since the last submission when the page was
never published, never an autosaved copy of the same text (issue 12, item 8)."""

import re

import pytest
from wagtail.models import Page

from pressroom import factories
from pressroom.models import NewsPage

from .conftest import add_form, edit_form

pytestmark = pytest.mark.django_db

NO_DIFFERENCES = "There are no differences between these two versions"


def browser_form(client, page, **fields):
    """The editor's form as the browser sends it: the body keeps its block id."""
    page = Page.objects.get(pk=page.pk)
    data = edit_form(client, page, **fields)
    body = page.specific.get_latest_revision_as_object().body.raw_data
    if body:
        data["body-0-id"] = body[0]["id"]
    return data


def autosave_edit(client, page, overwrite=None, **fields):
    """What autosave sends from the page editor: the form, overwriting the
    revision this editing session's previous autosave made, if any (as
    Wagtail's autosave controller does). Returns that revision's id."""
    data = browser_form(client, page, **fields)
    if overwrite:
        data["overwrite_revision_id"] = str(overwrite)
    response = client.post(f"/admin/pages/{page.pk}/edit/", data, HTTP_ACCEPT="application/json")
    assert response.json()["success"], response.content
    return response.json()["revision_id"]


def submit(client, page, **fields):
    response = client.post(
        f"/admin/pages/{page.pk}/edit/", {**browser_form(client, page, **fields), "action-submit": "1"}
    )
    assert response.status_code == 302
    assert Page.objects.get(pk=page.pk).workflow_in_progress


def comparisons_on_the_dashboard(client, page):
    """Each comparison the dashboard offers for `page`: its label and what it shows."""
    html = client.get("/admin/").content.decode()
    links = re.findall(rf'<a href="(/admin/pages/{page.pk}/revisions/compare/[^"]+)">([^<]+)</a>', html)
    return {label.strip(): client.get(url).content.decode() for url, label in links}


def test_a_new_page_is_not_compared_with_its_own_autosave(people, login, news_index):
    editor = login(people["editor"])
    url = f"/admin/pages/add/pressroom/newspage/{news_index.pk}/"
    response = editor.post(url, add_form(title="نمایشگاه قالین", slug="carpet-fair"), HTTP_ACCEPT="application/json")
    page = NewsPage.objects.get(pk=response.json()["pk"])
    autosave_edit(editor, page, overwrite=response.json()["revision_id"], summary="نمایشگاه قالین در کابل.")
    submit(editor, page, summary="نمایشگاه قالین در کابل.")

    comparisons = comparisons_on_the_dashboard(login(people["english_director"]), page)
    # First submission of a page never published: nothing earlier to compare with.
    assert all(NO_DIFFERENCES not in html for html in comparisons.values()), list(comparisons)
    assert "Compare with previous version" not in comparisons


def test_a_resubmission_is_compared_with_the_last_submission(people, login, news_index):
    page = factories.NewsPageFactory(parent=news_index, title="نمایشگاه قالین", owner=people["editor"], draft=True)
    editor = login(people["editor"])
    submit(editor, page, summary="نسخه اول.")
    director = login(people["director"])
    task_state = Page.objects.get(pk=page.pk).current_workflow_state.current_task_state
    director.post(f"/admin/pages/workflow/action/{page.pk}/reject/{task_state.pk}/", {"comment": "تاریخ را درست کنید."})

    editor = login(people["editor"])
    revision = autosave_edit(editor, page, summary="نسخه د")
    autosave_edit(editor, page, overwrite=revision, summary="نسخه دوم.")
    submit(editor, page, summary="نسخه دوم.")

    comparisons = comparisons_on_the_dashboard(login(people["english_director"]), page)
    html = comparisons["Compare with previous version"]
    assert NO_DIFFERENCES not in html
    assert "اول" in html and "دوم" in html  # the words that changed


def test_a_page_published_before_is_compared_with_its_last_published_version(people, login, news_index):
    page = factories.NewsPageFactory(parent=news_index, title="نمایشگاه قالین", summary="نسخه منتشرشده.")
    Page.objects.get(pk=page.pk).specific.unpublish()
    editor = login(people["editor"])
    autosave_edit(editor, page, summary="نسخه تازه.")
    submit(editor, page, summary="نسخه تازه.")

    comparisons = comparisons_on_the_dashboard(login(people["english_director"]), page)
    html = comparisons["Compare with previous version"]
    assert NO_DIFFERENCES not in html
    assert "منتشرشده" in html and "تازه" in html


def test_a_change_to_a_live_page_is_compared_with_the_live_version(people, login, news_index):
    page = factories.NewsPageFactory(parent=news_index, title="نمایشگاه قالین", summary="نسخه منتشرشده.")
    editor = login(people["editor"])
    revision = autosave_edit(editor, page, summary="نسخه تا")
    autosave_edit(editor, page, overwrite=revision, summary="نسخه تازه.")
    submit(editor, page, summary="نسخه تازه.")

    comparisons = comparisons_on_the_dashboard(login(people["english_director"]), page)
    assert "منتشرشده" in comparisons["Compare with live version"]
    # Not also with the autosaved copy just before the submission.
    assert list(comparisons) == ["Compare with live version"]
