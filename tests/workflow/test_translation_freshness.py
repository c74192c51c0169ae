"""A translation whose source's live text changed is out of date until it is
synced against that text, translated and approved: whatever the order in
which the editor's change, the translator's sync and the director's
approval happen (issue 12, item 1). Everything goes through the admin as
each role would."""

import re
from urllib.parse import urlencode

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from pressroom import factories
from pressroom.models import NewsPage
from tests.support.forms import edit_form
from tests.support.pages import translate_page

pytestmark = pytest.mark.django_db

OLD_CAPTION = "نمایشگاه قالین در کابل"
NEW_CAPTION = "نمایشگاه قالین در کابل، روز دوم"
MARKERS = {"ps": "پښتو", "en": "English"}


@pytest.fixture
def translated_story(people, news_index):
    """A live Dari news item with live Pashto and English translations."""
    for language in ("ps", "en"):
        translate_page(news_index, language)
    story = factories.NewsPageFactory(
        parent=news_index,
        title="نمایشگاه قالین",
        summary="خلاصه نمایشگاه قالین.",
        hero_caption=OLD_CAPTION,
        owner=people["editor"],
    )
    for language in ("ps", "en"):
        translate_page(story, language, marker=MARKERS[language])
    return story


def status_cell(client, title, code, **filters):
    """The translator's view of one language of the row `title`: its status,
    whether it offers a sync, and whether the out-of-date filter lists it."""
    html = client.get(reverse("ministry_translation_status"), filters).content.decode()
    row = re.search(rf"<tr>\s*<th scope=\"row\"><a [^>]*>{re.escape(title)}</a></th>(.*?)</tr>", html, re.S)
    if row is None:
        return None
    cell = re.search(rf'<td [^>]*data-language="{code}" data-status="([^"]+)"[^>]*>(.*?)</td>', row.group(1), re.S)
    return {"status": cell.group(1), "sync": "/localize/update/" in cell.group(2)}


def seen_by_translator(client, story, language):
    cell = status_cell(client, story.title, language)
    listed = status_cell(client, story.title, language, status="out_of_date", language=language) is not None
    return cell["status"], cell["sync"], listed


def translation_of(story, language):
    return Translation.objects.get(source__object_id=story.translation_key, target_locale__language_code=language)


def editor_changes_caption(login, people, story):
    client = login(people["editor"])
    response = client.post(
        f"/admin/pages/{story.pk}/edit/",
        {**edit_form(client, story, hero_caption=NEW_CAPTION), "action-submit": "1"},
    )
    assert response.status_code == 302
    assert Page.objects.get(pk=story.pk).workflow_in_progress


def translator_syncs(login, people, story):
    client = login(people["translator"])
    source_id = translation_of(story, "ps").source_id
    response = client.post(reverse("wagtail_localize:update_translations", args=[source_id]), {})
    assert response.status_code == 302


def director_approves(login, people, page):
    client = login(people["director"])
    task_state = Page.objects.get(pk=page.pk).current_workflow_state.current_task_state
    response = client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""})
    assert response.status_code in (200, 302)
    assert not Page.objects.get(pk=page.pk).workflow_in_progress


def translator_translates_and_submits(client, story, language):
    """Type a translation for every text not yet translated, in the
    translation editor, and submit it."""
    translation = translation_of(story, language)
    done = set(
        StringTranslation.objects.filter(locale=translation.target_locale).values_list(
            "translation_of_id", "context_id"
        )
    )
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        if (segment.string_id, segment.context_id) in done:
            continue
        response = client.put(
            reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
            urlencode({"value": f"{MARKERS[language]} {segment.string.data}"}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in (200, 201), response.content
    response = client.post(reverse("ministry_translation_submit", args=[translation.pk]))
    assert response.status_code == 302


STEPS = {"edit": editor_changes_caption, "sync": translator_syncs, "approve": director_approves}


@pytest.mark.parametrize(
    "order",
    [("edit", "sync", "approve"), ("edit", "approve", "sync"), ("sync", "edit", "approve")],
    ids="-then-".join,
)
def test_a_translation_is_out_of_date_until_synced_with_the_live_text_and_approved(
    people, login, translated_story, order
):
    story = translated_story
    translator = login(people["translator"])
    for language in ("ps", "en"):
        assert seen_by_translator(translator, story, language) == ("live", False, False)

    for step in order:
        STEPS[step](login, people, story)

    translator = login(people["translator"])
    synced_after_approval = order.index("sync") > order.index("approve")
    for language in ("ps", "en"):
        status, sync_offered, listed = seen_by_translator(translator, story, language)
        assert status == "out_of_date", (language, status)
        assert listed, "the out-of-date filter lists it"
        # A sync made before the change went live brought nothing: offer it again.
        assert sync_offered is not synced_after_approval

    # The translator syncs where offered and sees the new caption to translate.
    if not synced_after_approval:
        translator_syncs(login, people, story)
        translator = login(people["translator"])
    for language in ("ps", "en"):
        assert seen_by_translator(translator, story, language) == ("out_of_date", False, True)
        target = NewsPage.objects.get(translation_key=story.translation_key, locale__language_code=language)
        editor_html = translator.get(f"/admin/pages/{target.pk}/edit/").content.decode()
        assert NEW_CAPTION in editor_html

    # Translated and submitted: still out of date until a director approves.
    for language in ("ps", "en"):
        translator_translates_and_submits(translator, story, language)
        assert seen_by_translator(translator, story, language) == ("out_of_date", False, True)
    for language in ("ps", "en"):
        target = NewsPage.objects.get(translation_key=story.translation_key, locale__language_code=language)
        director_approves(login, people, target)
        assert f"{MARKERS[language]} {NEW_CAPTION}" in NewsPage.objects.get(pk=target.pk).hero_caption

    translator = login(people["translator"])
    for language in ("ps", "en"):
        assert seen_by_translator(translator, story, language) == ("live", False, False)


def test_a_change_that_waits_for_approval_does_not_make_translations_out_of_date(people, login, translated_story):
    """Readers still see the text the translations were made from."""
    editor_changes_caption(login, people, translated_story)
    translator = login(people["translator"])
    assert seen_by_translator(translator, translated_story, "ps") == ("live", False, False)


def test_a_sync_that_brings_nothing_new_changes_nothing(people, login, translated_story):
    translator_syncs(login, people, translated_story)
    translator = login(people["translator"])
    for language in ("ps", "en"):
        assert seen_by_translator(translator, translated_story, language) == ("live", False, False)
