"""A translation is public only after a director approves it, complete:
the public never sees a Dari sentence on a Pashto or English page."""

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from core import editorial
from pressroom import factories
from pressroom.models import NewsPage
from tests.support.forms import DARI_SENTENCE, PASHTO_SENTENCE
from tests.support.translation import public_html, start_translation, translate_segments

pytestmark = pytest.mark.django_db


def test_a_new_translation_of_a_live_page_starts_as_a_draft(people, login, pashto_ready):
    target, _translation = start_translation(login(people["translator"]), pashto_ready)
    assert not target.live
    assert Client().get(f"/ps/test-news/{target.slug}/").status_code == 404


def test_translator_cannot_publish_from_the_translation_editor(people, login, pashto_ready):
    client = login(people["translator"])
    target, translation = start_translation(client, pashto_ready)
    translate_segments(client, translation)
    client.post(f"/admin/pages/{target.pk}/edit/", {"action": "publish"})
    assert not NewsPage.objects.get(pk=target.pk).live


def test_an_incomplete_translation_cannot_be_submitted(people, login, pashto_ready):
    client = login(people["translator"])
    target, translation = start_translation(client, pashto_ready)
    translate_segments(client, translation, skip=2)
    response = client.post(reverse("ministry_translation_submit", args=[translation.pk]), follow=True)
    assert "هنوز ترجمه نشده" in response.content.decode() or "not translated" in response.content.decode()
    assert not Page.objects.get(pk=target.pk).workflow_in_progress


def test_translation_goes_live_only_when_a_director_approves(people, login, pashto_ready):
    client = login(people["translator"])
    target, translation = start_translation(client, pashto_ready)
    translate_segments(client, translation)
    mail.outbox.clear()
    client.post(reverse("ministry_translation_submit", args=[translation.pk]))
    target = NewsPage.objects.get(pk=target.pk)
    assert target.workflow_in_progress
    assert not target.live
    assert [m for m in mail.outbox if people["director"].email in m.to]

    client = login(people["director"])
    task_state = target.current_workflow_state.current_task_state
    client.post(f"/admin/pages/workflow/action/{target.pk}/approve/{task_state.pk}/", {"comment": ""})
    status, html = public_html(target)
    assert status == 200
    main = html.split("<main", 1)[1]
    assert PASHTO_SENTENCE in main
    assert DARI_SENTENCE not in main


def test_sync_with_publish_immediately_never_publishes_source_text(people, login, pashto_ready):
    translator = login(people["translator"])
    target, translation = start_translation(translator, pashto_ready)
    translate_segments(translator, translation)
    editorial.publish_complete_translation(translation, people["director"])
    assert NewsPage.objects.get(pk=target.pk).live

    # The Dari source gains a sentence and is published.
    new_sentence = "این جمله تازه هنوز ترجمه نشده است."
    source = NewsPage.objects.get(pk=pashto_ready.pk)
    source.body = [("paragraph", f"<p>{DARI_SENTENCE}</p>"), ("paragraph", f"<p>{new_sentence}</p>")]
    source.save_revision().publish()

    # Anyone who may sync, even a director, asks for "publish immediately".
    for user in (people["translator"], people["director"]):
        client = login(user)
        form = client.get(reverse("wagtail_localize:update_translations", args=[translation.source.pk]))
        assert 'name="publish_translations"' not in form.content.decode()
        client.post(
            reverse("wagtail_localize:update_translations", args=[translation.source.pk]),
            {"publish_translations": "on"},
        )
    status, html = public_html(target)
    assert status == 200 and new_sentence not in html


def test_director_cannot_publish_an_incomplete_translation_any_way(people, login, pashto_ready):
    translator = login(people["translator"])
    target, translation = start_translation(translator, pashto_ready)
    translate_segments(translator, translation, skip=1)

    director = login(people["director"])
    # From the translation editor: refused with a message.
    response = director.post(f"/admin/pages/{target.pk}/edit/", {"action": "publish"}, follow=True)
    assert not NewsPage.objects.get(pk=target.pk).live
    assert "cannot be published" in response.content.decode() or "منتشر" in response.content.decode()
    # Through the page listing's bulk publish: refused.
    director.post(
        f"/admin/bulk/wagtailcore/page/publish/?id={target.pk}&next=/admin/",
        {"include_descendants": ""},
    )
    assert not NewsPage.objects.get(pk=target.pk).live
    # Even code that publishes the draft revision directly is refused.
    with pytest.raises(editorial.IncompleteTranslationError):
        NewsPage.objects.get(pk=target.pk).latest_revision.publish(user=people["director"])
    assert not NewsPage.objects.get(pk=target.pk).live


def test_translator_submits_snippet_translation_and_it_stays_hidden_until_published(people, login):
    from pressroom.models import Topic
    from pressroom.models.topics import topics_by_key

    topic = factories.TopicFactory(name="گمرک", slug="customs-approval")
    client = login(people["translator"])
    client.post(
        reverse("wagtail_localize:submit_snippet_translation", args=["pressroom", "topic", topic.pk]),
        {"locales": [Locale.objects.get(language_code="ps").pk]},
    )
    pashto = Topic.objects.get(translation_key=topic.translation_key, locale__language_code="ps")
    assert not pashto.live
    assert topic.translation_key not in topics_by_key(pashto.locale_id)


def test_a_translation_cannot_become_an_alias_of_the_dari_page(people, login, pashto_ready):
    translator = login(people["translator"])
    target, translation = start_translation(translator, pashto_ready)
    translate_segments(translator, translation)
    editorial.publish_complete_translation(translation, people["director"])
    director = login(people["director"])
    director.post(reverse("wagtail_localize:convert_to_alias", args=[target.pk]))
    target = Page.objects.get(pk=target.pk)
    assert target.alias_of_id is None
    status, html = public_html(target)
    assert status == 200 and DARI_SENTENCE not in html


def test_an_alias_in_another_language_is_never_served(pashto_ready):
    from wagtail.models import Locale

    pashto_index = Page.objects.get(
        translation_key=pashto_ready.get_parent().translation_key, locale__language_code="ps"
    )
    alias = pashto_ready.copy_for_translation(Locale.objects.get(language_code="ps"), alias=True)
    assert alias.alias_of_id == pashto_ready.pk and alias.live
    assert Client().get(f"{pashto_index.url}{alias.slug}/").status_code == 404


# --- wagtail-localize's own behaviour our save_target must keep (issue 17) ---


def test_translating_a_page_held_by_an_alias_makes_the_alias_a_draft_translation(people, login, pashto_ready):
    pashto = Locale.objects.get(language_code="ps")
    # What wagtail_localize.locales' synchronisation makes of every untranslated page (synctree).
    alias = pashto_ready.copy_for_translation(pashto, copy_parents=True, alias=True)
    translator = login(people["translator"])
    response = translator.post(
        reverse("wagtail_localize:submit_page_translation", args=[pashto_ready.pk]), {"locales": [pashto.pk]}
    )
    assert response.status_code == 302
    target = NewsPage.objects.get(pk=alias.pk)  # the alias itself, no longer one
    assert target.alias_of_id is None and not target.live
    assert Client().get(f"/ps/test-news/{target.slug}/").status_code == 404
    translation = Translation.objects.get(source__object_id=pashto_ready.translation_key, target_locale=pashto)
    editor = translator.get(f"/admin/pages/{target.pk}/edit/")
    assert editor.status_code == 200 and "js-translation-editor" in editor.content.decode()

    translate_segments(translator, translation)
    translator.post(reverse("ministry_translation_submit", args=[translation.pk]))
    assert public_html(target)[0] == 404
    director = login(people["director"])
    task_state = NewsPage.objects.get(pk=target.pk).current_workflow_state.current_task_state
    director.post(f"/admin/pages/workflow/action/{target.pk}/approve/{task_state.pk}/", {"comment": ""})
    status, html = public_html(target)
    assert status == 200
    main = html.split("<main", 1)[1]
    assert PASHTO_SENTENCE in main and DARI_SENTENCE not in main


def note_with_pashto_version(page, dari_text, pashto_text):
    """A public change note (translatable, without drafts, as a mailing
    template or a monitoring rule would be) and its Pashto version, which
    wagtail-localize creates straight away for objects without drafts."""
    from wagtail_localize.models import TranslationSource

    from pressroom.models import ChangeNote

    pashto = Locale.objects.get(language_code="ps")
    note = ChangeNote.objects.create(page=page, locale=page.locale, note=dari_text)
    source, _created = TranslationSource.get_or_create_from_instance(note)
    translation = Translation.objects.create(source=source, target_locale=pashto)
    if pashto_text is not None:
        version = note.copy_for_translation(pashto)
        version.note = pashto_text
        version.save()
    return note, translation


def test_an_object_without_drafts_is_never_saved_as_a_draft(pashto_ready):
    from wagtail_localize.models import CannotSaveDraftError

    from pressroom.models import ChangeNote

    note, translation = note_with_pashto_version(pashto_ready, "ارقام صادرات اصلاح شد.", None)
    with pytest.raises(CannotSaveDraftError):
        translation.save_target(publish=False)
    # Nothing was written in its place: no Pashto note appeared.
    assert not ChangeNote.objects.filter(translation_key=note.translation_key, locale__language_code="ps").exists()


def test_submitting_a_translation_of_an_object_without_drafts_is_refused_with_a_message(people, login, pashto_ready):
    from django.contrib.auth.models import Permission

    from pressroom.models import ChangeNote

    note, translation = note_with_pashto_version(pashto_ready, "ارقام صادرات اصلاح شد.", "پخوانۍ پښتو یادښت")
    # A translator allowed to edit such objects (as one would be for a future mailing template).
    people["translator"].user_permissions.add(Permission.objects.get(codename="change_changenote"))
    translator = login(people["translator"])
    translate_segments(translator, translation)
    response = translator.post(reverse("ministry_translation_submit", args=[translation.pk]), follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert "پیش‌نویس ندارد" in html  # "has no drafts": why nothing was sent
    # Nothing unapproved reached the object's row.
    pashto = ChangeNote.objects.get(translation_key=note.translation_key, locale__language_code="ps")
    assert pashto.note == "پخوانۍ پښتو یادښت"
