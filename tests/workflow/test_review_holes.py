"""Ways around director approval that an adversarial review found, each
closed: what the public sees must be what a director approved, complete,
in its own language."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page

from core import editorial
from core.models import MinistryDocument, OfficeContact
from pressroom import factories
from pressroom.models import NewsPage
from tests.support.forms import DARI_SENTENCE, PASHTO_SENTENCE
from tests.support.translation import public_html, start_translation, translate_segments

pytestmark = pytest.mark.django_db


def approve(client, page):
    task_state = Page.objects.get(pk=page.pk).specific.current_workflow_state.current_task_state
    return client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""})


def test_approval_publishes_the_revision_the_director_reviewed(people, login, news_index):
    editor = people["editor"]
    page = factories.NewsPageFactory(parent=news_index, title="نسخه بررسی‌شده", owner=editor, draft=True)
    page.get_workflow().start(page, editor)
    # A revision added after submission (by any path) is not what was reviewed.
    later = NewsPage.objects.get(pk=page.pk)
    later.title = "نسخه‌ای که کسی ندید"
    later.save_revision(user=editor)

    approve(login(people["director"]), page)
    page = NewsPage.objects.get(pk=page.pk)
    assert page.live
    assert page.title == "نسخه بررسی‌شده"
    assert "نسخه‌ای که کسی ندید" not in Client().get(page.url).content.decode()


def test_syncing_a_live_translation_leaves_the_public_version_alone(people, login, pashto_ready):
    translator = login(people["translator"])
    target, translation = start_translation(translator, pashto_ready)
    translate_segments(translator, translation)
    editorial.publish_complete_translation(translation, people["director"])

    new_sentence = "این جمله تازه هنوز ترجمه نشده است."
    source = NewsPage.objects.get(pk=pashto_ready.pk)
    source.body = [("paragraph", f"<p>{DARI_SENTENCE}</p>"), ("paragraph", f"<p>{new_sentence}</p>")]
    source.save_revision().publish()
    translator = login(people["translator"])
    translator.post(reverse("wagtail_localize:update_translations", args=[translation.source.pk]), {})
    # And wagtail-localize's own save, which every path of it ends in.
    translation.refresh_from_db()
    translation.save_target(user=people["translator"], publish=True)

    # The database row (what the public sees) is untouched; the sync is a draft.
    live = NewsPage.objects.get(pk=target.pk)
    assert new_sentence not in str(live.body.raw_data)
    assert PASHTO_SENTENCE in str(live.body.raw_data)
    assert live.has_unpublished_changes
    status, html = public_html(target)
    assert status == 200 and new_sentence not in html and PASHTO_SENTENCE in html


def test_a_page_is_translated_only_after_its_parent(people, login, news_index):
    story = factories.NewsPageFactory(parent=news_index, title="خبر بدون بخش پشتو")
    response = login(people["translator"]).post(
        reverse("wagtail_localize:submit_page_translation", args=[story.pk]),
        {"locales": [Locale.objects.get(language_code="ps").pk]},
        follow=True,
    )
    assert response.status_code == 200
    assert "نخست" in response.content.decode()  # "First translate … into Pashto"
    pashto = Locale.objects.get(language_code="ps")
    assert not Page.objects.filter(translation_key=story.translation_key, locale=pashto).exists()
    # And the section did not appear in Pashto as an alias of the Dari one.
    assert not Page.objects.filter(translation_key=news_index.translation_key, locale=pashto).exists()


def test_a_stopped_translation_still_cannot_publish_dari_text(people, login, pashto_ready):
    translator = login(people["translator"])
    target, translation = start_translation(translator, pashto_ready)
    translation.enabled = False  # "Stop synchronised translation": a free-standing page
    translation.save()
    target = NewsPage.objects.get(pk=target.pk)
    assert editorial.synced_translation(target) is None
    target.title = "سرلیک په پښتو"
    revision = target.save_revision(user=people["director"])
    with pytest.raises(editorial.IncompleteTranslationError):
        revision.publish(user=people["director"])
    assert not NewsPage.objects.get(pk=target.pk).live


def test_an_alias_cannot_be_copied_into_another_language(people, login, pashto_ready):
    from tests.support.pages import translate_page

    pashto_home = Page.objects.get(
        translation_key=pashto_ready.get_parent().get_parent().translation_key, locale__language_code="ps"
    )
    translate_page(pashto_ready.get_parent(), "ps")
    director = login(people["director"])
    response = director.post(
        f"/admin/pages/{pashto_ready.pk}/copy/",
        {
            "new_title": pashto_ready.title,
            "new_slug": "alias-copy",
            "new_parent_page": pashto_home.pk,
            "alias": "on",
            "publish_copy": "on",
        },
        follow=True,
    )
    assert response.status_code == 200
    assert not Page.objects.filter(alias_of=pashto_ready).exists()


def test_a_cross_language_alias_is_listed_nowhere(pashto_ready):
    from tests.support.pages import translate_page

    translate_page(pashto_ready.get_parent(), "ps")
    alias = pashto_ready.copy_for_translation(Locale.objects.get(language_code="ps"), alias=True)
    pashto_index = alias.get_parent().specific
    assert alias.live
    listing = Client().get(pashto_index.url).content.decode()
    assert pashto_ready.title not in listing
    feed = Client().get(f"{pashto_index.url}rss/").content.decode()
    assert pashto_ready.title not in feed
    assert f"{pashto_index.url}{alias.slug}/" not in Client().get("/sitemap.xml").content.decode()


def test_the_footer_never_shows_another_languages_contact(demo_site):
    from django.core.cache import cache

    OfficeContact.objects.filter(locale__language_code="ps").delete()
    cache.clear()
    dari = OfficeContact.objects.filter(live=True, locale__language_code="fa-af").first()
    assert dari is not None
    html = Client().get("/ps/").content.decode()
    footer = html.split("<footer", 1)[1]
    assert dari.address.split("\n")[0].strip() not in footer


def test_publish_scheduled_goes_on_past_a_refused_revision(people, pashto_ready, news_index):
    pashto = Locale.objects.get(language_code="ps")
    # A Pashto draft holding the Dari text, scheduled by code behind the rules' back.
    bad = pashto_ready.copy_for_translation(pashto, copy_parents=True)
    bad_revision = bad.save_revision(user=people["director"])
    good = factories.NewsPageFactory(parent=news_index, title="برنامه‌ریزی‌شده", draft=True)
    good_revision = good.save_revision(user=people["director"])
    past = timezone.now() - timezone.timedelta(minutes=1)
    for revision in (bad_revision, good_revision):
        revision.approved_go_live_at = past
        revision.save()

    errors = io.StringIO()
    call_command("publish_scheduled", stdout=io.StringIO(), stderr=errors)
    assert NewsPage.objects.get(pk=good.pk).live
    assert not NewsPage.objects.get(pk=bad.pk).live
    assert "Not published" in errors.getvalue()


def png_bytes():
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "#0a6").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.parametrize("role", ["editor", "director"])
def test_editors_and_directors_can_upload_images_and_documents(people, login, role):
    client = login(people[role])
    response = client.post(
        "/admin/images/add/",
        {
            "title": "عکس",
            "file": SimpleUploadedFile("photo.png", png_bytes(), content_type="image/png"),
            "collection": 1,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    response = client.post(
        "/admin/documents/add/",
        {
            "title": "سند",
            "file": SimpleUploadedFile("statement.pdf", b"%PDF-1.4 test", content_type="application/pdf"),
            "collection": 1,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]


def test_a_document_is_public_only_once_live_content_uses_it(people, news_index):
    document = MinistryDocument.objects.create(
        title="پیش‌نویس اعلامیه", file=SimpleUploadedFile("draft-statement.txt", b"not yet approved")
    )
    url = document.url
    assert Client().get(url).status_code == 404
    page = factories.NewsPageFactory(parent=news_index, title="با سند", draft=True)
    page.body = [("document", {"document": document, "title": ""})]
    page.save_revision().publish()
    response = Client().get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"not yet approved"


def test_the_parents_first_refusal_is_never_swallowed(people, news_index):
    """wagtail-localize's TranslationCreator (every "Translate" screen, the
    subtree translation run in the background) suppresses ValidationError
    around save_target: a refusal raised as one would report success and
    create nothing. Ours stops the operation, which is rolled back whole."""
    from django.db import transaction
    from wagtail_localize.operations import translate_object

    from core.patches.localize_save_target import ParentNotTranslated

    story = factories.NewsPageFactory(parent=news_index, title="خبر بدون بخش پشتو")
    pashto = Locale.objects.get(language_code="ps")
    with pytest.raises(ParentNotTranslated) as refusal, transaction.atomic():
        translate_object(story, [pashto], user=people["translator"])
    assert refusal.value.parent.pk == news_index.pk and refusal.value.locales == [pashto]
    assert not Page.objects.filter(translation_key=story.translation_key, locale=pashto).exists()
    assert not Page.objects.filter(translation_key=news_index.translation_key, locale=pashto).exists()
