"""Each role is shown only what it may use: every menu item, and every link
and action button on the screens each role works on, leads somewhere for
that role, never to "no permission", a 403 or a 404.

The screens are read as the role sees them (the admin in Dari) and every
link on them is followed once as that role. The translation editor draws its
buttons in JavaScript from its props; the links among them are read from
there (tests/browser/test_translation_editor.py looks at the buttons)."""

import html as html_module
import json
import re

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale
from wagtail_localize.models import Translation
from wagtail_localize.operations import TranslationCreator

from home.models import HomePage
from pressroom import factories
from tests.support.pages import translate_page
from tests.support.shared_rows import shared_rows
from tests.support.users import workflow_people

pytestmark = pytest.mark.django_db

# Leaving the admin, files and machine endpoints: not screens. Bulk actions
# are not links until rows are chosen (their bar is hidden till then), and
# their confirmation lists, item by item, what the user may not do.
NOT_SCREENS = re.compile(r"^/admin/(logout/|jsi18n/|api/|localize/jsi18n/|bulk/)|\.(js|css|svg|png|ico)(\?|$)")


def _desk():
    """People, and a news section in Dari and Pashto, with a live item whose
    Pashto translation is under way, a changed (out of date) one, and one
    waiting for the directors."""
    people = workflow_people()
    home = HomePage.objects.get(locale__language_code="fa-af")
    news_index = factories.NewsIndexPageFactory(parent=home, slug="test-news", title="اخبار آزمایشی")
    translate_page(news_index, "ps")
    live = factories.NewsPageFactory(parent=news_index, title="خبر منتشرشده", owner=people["editor"])
    TranslationCreator(people["director"], [Locale.objects.get(language_code="ps")]).create_translations(live)
    pashto = live.get_translation(Locale.objects.get(language_code="ps"))
    outdated = factories.NewsPageFactory(parent=news_index, title="منبع تغییرکرده", owner=people["editor"])
    translate_page(outdated, "ps")
    outdated.summary = "خلاصه تازه"
    outdated.save_revision(user=people["editor"]).publish()
    waiting = factories.NewsPageFactory(parent=news_index, title="در انتظار تأیید", owner=people["editor"], draft=True)
    waiting.get_workflow().start(waiting, people["editor"])
    return people, {"index": news_index, "live": live, "pashto": pashto, "waiting": waiting}


@pytest.fixture(scope="module")
def made(django_db_setup, django_db_blocker):
    """Made once for the module's tests (each test's changes rolled back:
    tests/support/shared_rows.py)."""
    with shared_rows(django_db_blocker, _desk) as rows:
        yield rows


@pytest.fixture
def people(made):
    return made[0]


@pytest.fixture
def desk(made):
    return made[1]


def screens_of(role, desk):
    index, live, pashto, waiting = desk["index"], desk["live"], desk["pashto"], desk["waiting"]
    status = reverse("ministry_translation_status")
    return {
        "editor": ["/admin/", f"/admin/pages/{index.pk}/", f"/admin/pages/{live.pk}/edit/", status],
        "director": [
            "/admin/",
            f"/admin/pages/{index.pk}/",
            f"/admin/pages/{waiting.pk}/edit/",
            f"/admin/pages/{pashto.pk}/edit/",
            status,
        ],
        "translator": ["/admin/", f"/admin/pages/{pashto.pk}/edit/", status],
        "directory_manager": ["/admin/", "/admin/snippets/directory/organisation/", "/admin/directory/export/"],
    }[role]


def menu_links(page):
    """The URLs of the sidebar's menu (drawn by JavaScript from these props)."""
    props = re.search(r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', page, re.S)
    found = []

    def walk(value):
        if isinstance(value, dict):
            if isinstance(value.get("url"), str):
                found.append(value["url"])
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(json.loads(props.group(1)))
    return found


def page_links(page):
    """Every link a reader can follow on the page (not inside scripts or templates)."""
    visible = re.sub(r"<(script|template)\b.*?</\1>", "", page, flags=re.S)
    return [html_module.unescape(href) for href in re.findall(r'<a\b[^>]*\shref="([^"#][^"]*)"', visible)]


def translation_editor_links(page):
    """The links among the translation editor's buttons, as its React code
    draws them from the props (wagtail-localize 1.14)."""
    props = re.search(r'class="js-translation-editor[^"]*" data-props="([^"]*)"', page)
    if props is None:
        return []
    data = json.loads(html_module.unescape(props.group(1)))
    links, perms = data["links"], data["perms"]
    shown = [links.get("convertToAliasUrl")]
    shown += [links["deleteUrl"]] if perms["canDelete"] else []
    shown += [links["unpublishUrl"]] if perms["canUnpublish"] else []
    shown += [mode["url"] for mode in data["previewModes"]]
    return [link for link in shown if link]


def refusals():
    """What the admin says when it refuses, in Dari."""
    with translation.override("fa-af"):
        return [
            translation.gettext("Sorry, you do not have permission to access this area."),
            translation.gettext(
                "A translation cannot be turned into an alias of the source page: readers would see the source "
                "language. Stop the synchronised translation instead if it should be edited freely."
            ),
            translation.gettext("Only editors and directors may stop a synchronised translation."),
        ]


@pytest.mark.parametrize("role", ["editor", "director", "translator", "directory_manager"])
def test_every_link_a_role_is_shown_leads_somewhere(people, login, desk, role):
    client = login(people[role])
    links = {}
    for screen in screens_of(role, desk):
        response = client.get(screen)
        assert response.status_code == 200, screen
        page = response.content.decode()
        for link in menu_links(page) + page_links(page) + translation_editor_links(page):
            if link.startswith("/admin/") and not NOT_SCREENS.search(link):
                links.setdefault(link, screen)
    assert len(links) > 10, links
    said = refusals()
    dead_ends = []
    for link, screen in sorted(links.items()):
        response = client.get(link, follow=True)
        body = response.content.decode(errors="replace")
        if response.status_code != 200 or any(message in body for message in said):
            dead_ends.append((screen, link, response.status_code, [hop for hop, _code in response.redirect_chain]))
    assert not dead_ends, dead_ends


def test_directory_managers_menu_has_no_translation_status(people, login):
    page = login(people["directory_manager"]).get("/admin/").content.decode()
    assert reverse("ministry_translation_status") not in menu_links(page)
    page = login(people["translator"]).get("/admin/").content.decode()
    assert reverse("ministry_translation_status") in menu_links(page)


def test_translation_status_offers_translators_no_edit_of_the_source(people, login, desk):
    page = login(people["translator"]).get(reverse("ministry_translation_status")).content.decode()
    live, pashto = desk["live"], desk["pashto"]
    assert f"/admin/pages/{live.pk}/edit/" not in page
    assert f"/admin/pages/{pashto.pk}/edit/" in page
    page = login(people["editor"]).get(reverse("ministry_translation_status")).content.decode()
    assert f"/admin/pages/{live.pk}/edit/" in page


def test_a_translator_cannot_stop_a_synchronised_translation(people, login, desk):
    pashto = desk["pashto"]
    synced = Translation.objects.get(
        source__object_id=pashto.translation_key, target_locale__language_code="ps", enabled=True
    )
    client = login(people["translator"])
    response = client.post(f"/admin/localize/translate/{synced.pk}/disable/", follow=True)
    assert response.status_code == 200
    assert refusals()[2] in response.content.decode()
    assert Translation.objects.get(pk=synced.pk).enabled
    # The translator can still open it.
    assert client.get(f"/admin/pages/{pashto.pk}/edit/").status_code == 200
    # An editor may (the page becomes an ordinary Pashto page they can edit).
    response = login(people["editor"]).post(
        f"/admin/localize/translate/{synced.pk}/disable/", {"next": f"/admin/pages/{pashto.pk}/edit/"}
    )
    assert response.status_code == 302
    assert not Translation.objects.get(pk=synced.pk).enabled
