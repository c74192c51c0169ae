"""Saving a new page never collides with its own autosave (issue 12, item 6).

Wagtail 7.4's autosave creates a new page by sending the "add page" form to
the add view and asking for JSON; only when the answer arrives does the
browser point the form at the new page's edit view. These tests send what
the browser sends, in the orders it can arrive: a Save draft or Submit
clicked while the first autosave is on its way goes to the add view too."""

import re

import pytest
from wagtail.models import Page

from pressroom.models import NewsPage
from tests.support.forms import add_form

pytestmark = pytest.mark.django_db

TITLE = "نمایشگاه قالین در کابل"


@pytest.fixture
def editor(people, login):
    return login(people["editor"])


def open_add_form(client, news_index):
    """The add page form as the browser gets it: its address and hidden fields."""
    url = f"/admin/pages/add/pressroom/newspage/{news_index.pk}/"
    html = client.get(url).content.decode()
    hidden = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html))
    return url, {name: value for name, value in hidden.items() if name not in ("csrfmiddlewaretoken", "next")}


def autosave(client, url, data):
    """What Wagtail's autosave controller sends: the form, asking for JSON."""
    return client.post(url, data, HTTP_ACCEPT="application/json")


def pages_titled(news_index):
    return NewsPage.objects.child_of(news_index).filter(title=TITLE)


def test_save_draft_sent_while_the_first_autosave_is_on_its_way(editor, news_index):
    url, token = open_add_form(editor, news_index)
    typed = add_form(title=TITLE, slug="carpet-fair-kabul", summary="", **token)
    response = autosave(editor, url, typed)
    assert response.status_code == 200 and response.json()["success"], response.content
    created = response.json()["pk"]

    # Save draft, clicked before the autosave's answer came back: to the add view.
    response = editor.post(url, {**typed, "summary": "نمایشگاه دو روزه است."})
    assert response.status_code == 302, "saved, not refused for a slug already in use"
    assert response["Location"] == f"/admin/pages/{created}/edit/"
    assert [page.pk for page in pages_titled(news_index)] == [created]
    assert NewsPage.objects.get(pk=created).get_latest_revision_as_object().summary == "نمایشگاه دو روزه است."


def test_submit_sent_while_the_first_autosave_is_on_its_way(editor, news_index):
    url, token = open_add_form(editor, news_index)
    typed = add_form(title=TITLE, slug="carpet-fair-kabul", **token)
    created = autosave(editor, url, typed).json()["pk"]
    response = editor.post(url, {**typed, "action-submit": "1"})
    assert response.status_code == 302
    assert [page.pk for page in pages_titled(news_index)] == [created]
    assert Page.objects.get(pk=created).workflow_in_progress


def test_an_autosave_arriving_after_the_save_never_replaces_it(editor, news_index):
    """The two requests can be answered in the other order."""
    url, token = open_add_form(editor, news_index)
    older = add_form(title=TITLE, slug="carpet-fair-kabul", summary="", **token)
    response = editor.post(url, {**older, "summary": "متن ذخیره‌شده."})
    assert response.status_code == 302
    page = pages_titled(news_index).get()

    response = autosave(editor, url, older)
    assert response.json()["success"] is False
    assert [p.pk for p in pages_titled(news_index)] == [page.pk]
    assert NewsPage.objects.get(pk=page.pk).get_latest_revision_as_object().summary == "متن ذخیره‌شده."


def test_an_autosave_sent_again_updates_the_page_it_created(editor, news_index):
    """A retried autosave (its answer was lost) overwrites its own revision."""
    url, token = open_add_form(editor, news_index)
    typed = add_form(title=TITLE, slug="carpet-fair-kabul", summary="", **token)
    first = autosave(editor, url, typed).json()
    again = autosave(editor, url, {**typed, "summary": "بیشتر نوشته شد."}).json()
    assert again["success"], again
    page = NewsPage.objects.get(pk=first["pk"])
    assert page.revisions.count() == 1
    assert page.get_latest_revision_as_object().summary == "بیشتر نوشته شد."
    assert pages_titled(news_index).count() == 1


def test_two_forms_make_two_pages(editor, news_index):
    """The token is per form: a second "add page" is a second page."""
    for slug in ("first-fair", "second-fair"):
        url, token = open_add_form(editor, news_index)
        assert editor.post(url, add_form(title=TITLE, slug=slug, **token)).status_code == 302
    assert pages_titled(news_index).count() == 2
