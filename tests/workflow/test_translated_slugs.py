"""A translated page's address is its own: never a clash with a page
already in the target language (issue 12, item 2), never another
language's words (item 7), and old addresses keep working."""

from urllib.parse import urlencode

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.test.client import encode_multipart
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, Translation

from core.translation import source_strings, translate
from pressroom import factories
from pressroom.models import NewsPage
from tests.support.pages import translate_page

pytestmark = pytest.mark.django_db

DARI_SLUG = "نمایشگاه-قالین-کابل"
TITLES = {"fa-af": "نمایشگاه قالین در کابل", "ps": "په کابل کې د غالۍ نندارتون", "en": "Carpet fair in Kabul"}


@pytest.fixture
def sections(news_index):
    """The news section in Pashto and English too."""
    for language in ("ps", "en"):
        translate_page(news_index, language)
    return {
        language: Page.objects.get(translation_key=news_index.translation_key, locale__language_code=language)
        for language in ("ps", "en")
    }


def start_translation(client, page, language):
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [Locale.objects.get(language_code=language).pk]},
    )
    assert response.status_code == 302
    return Translation.objects.get(source__object_id=page.translation_key, target_locale__language_code=language)


def fill_in(client, translation, title=None):
    """Translate every text in the translation editor; the title as `title`."""
    language = translation.target_locale.language_code
    segments = StringSegment.objects.filter(source=translation.source).select_related("string", "context")
    for segment in segments:
        text = segment.string.data
        value = (title or TITLES[language]) if segment.context.path == "title" else f"[{language}] {text}"
        response = client.put(
            reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
            urlencode({"value": value}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in (200, 201), response.content


def submit_from_the_editor(client, translation):
    """The translation editor's "Submit for approval", as the browser sends it."""
    target = translation.get_target_instance()
    editor = client.get(f"/admin/pages/{target.pk}/edit/")
    submit_url = reverse("ministry_translation_submit", args=[translation.pk])
    assert f'action="{submit_url}"' in editor.content.decode()
    return client.post(submit_url, follow=True)


def approve(client, page):
    task_state = Page.objects.get(pk=page.pk).current_workflow_state.current_task_state
    client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""})
    return NewsPage.objects.get(pk=page.pk)


def test_a_slug_already_used_in_the_target_language_does_not_stop_the_translation(people, login, news_index, sections):
    pashto_page = factories.NewsPageFactory(parent=sections["ps"], slug="carpet-fair-kabul", title="پخوانۍ پاڼه")
    dari_page = factories.NewsPageFactory(parent=news_index, slug="carpet-fair-kabul", title=TITLES["fa-af"])

    translator = login(people["translator"])
    translation = start_translation(translator, dari_page, "ps")
    fill_in(translator, translation)
    response = submit_from_the_editor(translator, translation)
    assert response.status_code == 200
    target = NewsPage.objects.get(pk=translation.get_target_instance().pk)
    assert target.workflow_in_progress, response.content.decode()
    assert target.get_latest_revision_as_object().slug == "carpet-fair-kabul-1"

    target = approve(login(people["director"]), target)
    assert target.live and target.slug == "carpet-fair-kabul-1"
    assert Client().get(target.url).status_code == 200
    assert NewsPage.objects.get(pk=pashto_page.pk).slug == "carpet-fair-kabul"
    assert Client().get(NewsPage.objects.get(pk=pashto_page.pk).url).status_code == 200


def put_string(client, translation, path, value, multipart):
    """The translation editor's save of one string, as its script sends it
    (multipart) or as a hand-made request would (urlencoded)."""
    segment = StringSegment.objects.get(source=translation.source, context__path=path)
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    if multipart:
        boundary = "BoUnDaRy"
        body = encode_multipart(boundary, {"value": value})
        return client.put(url, body, content_type=f"multipart/form-data; boundary={boundary}")
    return client.put(url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded")


@pytest.mark.parametrize("multipart", [True, False], ids=["multipart", "urlencoded"])
def test_a_title_longer_than_a_title_may_be_is_refused_with_its_limit(people, login, news_index, sections, multipart):
    dari_page = factories.NewsPageFactory(parent=news_index, slug="carpet-fair-kabul", title=TITLES["fa-af"])
    translator = login(people["translator"])
    translation = start_translation(translator, dari_page, "en")
    fill_in(translator, translation)

    response = put_string(translator, translation, "title", "Carpet fair " * 30, multipart)
    assert response.status_code == 400
    error = response.json()["error"]
    assert "۲۵۵" in error and "۳۶۰" in error  # the limit and the length, in the translator's Dari admin
    assert "کوتاه کنید" in error  # "shorten it"
    # The title translated before is still the translation's and the page's draft title.
    target = Page.objects.get(pk=translation.get_target_instance().pk)
    assert target.draft_title == TITLES["en"]
    assert translation.get_progress()[0] == translation.get_progress()[1]
    # A title that fits is accepted.
    assert put_string(translator, translation, "title", "Carpet fair " * 21, multipart).status_code == 200


def test_only_those_who_may_edit_the_translation_learn_the_limit(people, login, news_index, sections):
    dari_page = factories.NewsPageFactory(parent=news_index, slug="carpet-fair-kabul", title=TITLES["fa-af"])
    translation = start_translation(login(people["translator"]), dari_page, "en")
    outsider = login(people["directory_manager"])
    response = put_string(outsider, translation, "title", "x" * 300, multipart=True)
    assert response.status_code in (302, 403)
    assert "error" not in response.content.decode()


def upload_po(client, translation, title):
    """A PO file, downloaded from the translation editor, with `title` as the
    translated title, uploaded again (how an outside translator works)."""
    download = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert download.status_code == 200
    po = polib.pofile(download.content.decode())
    for entry in po:
        entry.msgstr = title if entry.msgctxt == "title" else f"[en] {entry.msgid}"
    upload = SimpleUploadedFile("translation.po", str(po).encode(), content_type="text/x-gettext-translation")
    target = translation.get_target_instance()
    return client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": upload, "next": f"/admin/pages/{target.pk}/edit/"},
        follow=True,
    )


def test_a_translation_that_cannot_be_saved_says_why_and_keeps_the_work(people, login, news_index, sections):
    dari_page = factories.NewsPageFactory(parent=news_index, slug="carpet-fair-kabul", title=TITLES["fa-af"])
    translator = login(people["translator"])
    translation = start_translation(translator, dari_page, "en")
    # A PO file brings a title longer than a title may be (the editor would refuse it).
    assert upload_po(translator, translation, "Carpet fair " * 30).status_code == 200

    response = submit_from_the_editor(translator, translation)
    assert response.status_code == 200
    html = response.content.decode()
    assert "ترجمه ذخیره نشد" in html  # "This translation could not be saved" in the translator's Dari admin
    assert "عنوان" in html  # the field at fault
    target = Page.objects.get(pk=translation.get_target_instance().pk)
    assert not target.workflow_in_progress
    # What the translator typed is still there to correct.
    assert translation.get_progress()[0] == translation.get_progress()[1]


def test_translations_of_a_dari_slug_get_slugs_from_their_own_titles(people, login, news_index, sections):
    dari_page = factories.NewsPageFactory(parent=news_index, slug=DARI_SLUG, title=TITLES["fa-af"])
    translator = login(people["translator"])
    for language in ("en", "ps"):
        translation = start_translation(translator, dari_page, language)
        fill_in(translator, translation)
        submit_from_the_editor(translator, translation)
    director = login(people["director"])
    english = approve(director, Page.objects.get(translation_key=dari_page.translation_key, locale__language_code="en"))
    pashto = approve(director, Page.objects.get(translation_key=dari_page.translation_key, locale__language_code="ps"))

    assert english.slug == "carpet-fair-in-kabul"
    assert english.url == f"{sections['en'].url}carpet-fair-in-kabul/"
    assert pashto.slug == "په-کابل-کې-د-غالۍ-نندارتون"
    for page in (english, pashto):
        assert Client().get(page.url).status_code == 200


def test_a_latin_slug_is_the_same_in_every_language(people, login, news_index, sections):
    dari_page = factories.NewsPageFactory(parent=news_index, slug="carpet-fair-kabul", title=TITLES["fa-af"])
    translator = login(people["translator"])
    translation = start_translation(translator, dari_page, "en")
    fill_in(translator, translation)
    submit_from_the_editor(translator, translation)
    english = approve(login(people["director"]), translation.get_target_instance())
    assert english.url == f"{sections['en'].url}carpet-fair-kabul/"


def test_published_translations_with_the_dari_slug_move_and_the_old_address_redirects(news_index, sections):
    """Pages translated before this change: `fix_translated_slugs` moves them."""
    dari_page = factories.NewsPageFactory(parent=news_index, slug=DARI_SLUG, title=TITLES["fa-af"])
    old = {}
    for language in ("en", "ps"):
        strings = {text: f"[{language}] {text}" for text in source_strings(dari_page)}
        strings[TITLES["fa-af"]] = TITLES[language]
        page = translate(dari_page, language, strings)
        # As wagtail-localize used to leave it: the Dari slug, live.
        url_path = f"{sections[language].url_path}{DARI_SLUG}/"
        Page.objects.filter(pk=page.pk).update(slug=DARI_SLUG, url_path=url_path)
        revision = page.live_revision
        revision.content.update(slug=DARI_SLUG, url_path=url_path)
        revision.save(update_fields=["content"])
        page = NewsPage.objects.get(pk=page.pk)
        assert page.live and page.title == TITLES[language]
        old[language] = page.url

    call_command("fix_translated_slugs")
    call_command("fix_translated_slugs")  # a second run changes nothing

    english = NewsPage.objects.get(translation_key=dari_page.translation_key, locale__language_code="en")
    pashto = NewsPage.objects.get(translation_key=dari_page.translation_key, locale__language_code="ps")
    assert english.slug == "carpet-fair-in-kabul"
    assert pashto.slug == "په-کابل-کې-د-غالۍ-نندارتون"
    assert NewsPage.objects.get(pk=dari_page.pk).slug == DARI_SLUG
    for language, page in (("en", english), ("ps", pashto)):
        assert Client().get(page.url).status_code == 200
        response = Client().get(old[language])  # page.url is already percent-encoded
        assert response.status_code in (301, 302), (language, response.status_code)
        assert response["Location"].endswith(page.url)
        # A later approval keeps the new address.
        assert page.get_latest_revision_as_object().slug == page.slug


@pytest.mark.parametrize(
    "upload",
    [
        None,  # no file chosen
        b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "a"\nmsgstr "b"\n',  # not ours
        b"\xff\xfe not a PO file",
    ],
    ids=["no-file", "no-translation-header", "not-utf8"],
)
def test_a_po_file_that_is_not_this_translations_is_refused_with_a_message(people, login, news_index, sections, upload):
    dari_page = factories.NewsPageFactory(parent=news_index, slug="carpet-fair-kabul", title=TITLES["fa-af"])
    translator = login(people["translator"])
    translation = start_translation(translator, dari_page, "en")
    fill_in(translator, translation)
    target = translation.get_target_instance()
    data = {"next": f"/admin/pages/{target.pk}/edit/"}
    if upload is not None:
        data["file"] = SimpleUploadedFile("translation.po", upload, content_type="text/x-gettext-translation")
    response = translator.post(reverse("wagtail_localize:upload_pofile", args=[translation.pk]), data, follow=True)
    assert response.status_code == 200
    assert "PO" in response.content.decode()  # the message names what was wrong
    # The translation typed before is untouched.
    assert translation.get_progress()[0] == translation.get_progress()[1]
    assert Page.objects.get(pk=target.pk).draft_title == TITLES["en"]
