"""wagtail-localize's translation editor in Chromium, as a translator and a
director of the Dari admin see it: its heading and menus in Dari (it draws
them in JavaScript, partly in hard-coded English), and only the buttons each
may use: the translator's main button sends the translation for approval,
no one is offered "Convert to alias page", which the site refuses."""

import re

import pytest

from .conftest import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-test-password"


@pytest.fixture
def translation_desk(live_demo):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from wagtail.models import Locale, Site
    from wagtail.users.models import UserProfile
    from wagtail_localize.operations import TranslationCreator

    from pressroom import factories
    from tests.pressroom.conftest import translate_page

    home = Site.objects.get(is_default_site=True).root_page.specific
    index = factories.NewsIndexPageFactory(parent=home, title="خبرها", slug="editor-news")
    translate_page(index, "ps")
    story = factories.NewsPageFactory(parent=index, title="نمایشگاه قالین در کابل")
    users = {}
    for username, group in (("chief", "Directors"), ("tr", "Translators")):
        user = get_user_model().objects.create_user(username, f"{username}@example.org", PASSWORD)
        user.groups.add(Group.objects.get(name=group))
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "fa-af"
        profile.save()
        users[username] = user
    TranslationCreator(users["chief"], [Locale.objects.get(language_code="ps")]).create_translations(story)
    pashto = story.get_translation(Locale.objects.get(language_code="ps"))
    return {"url": live_demo.url, "pashto": pashto}


def open_editor(page, base, username, pashto):
    page.context.clear_cookies()
    page.goto(f"{base}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/admin/")
    page.goto(f"{base}/admin/pages/{pashto.pk}/edit/")
    page.locator(".js-translation-editor section h3").first.wait_for()
    page.locator(".js-translation-editor footer").wait_for()


def english_in(page):
    """Latin words the editor shows or reads out (labels, hidden texts)."""
    text = page.locator(".js-translation-editor").evaluate(
        """root => [root.innerText,
            ...[...root.querySelectorAll('.w-sr-only, [aria-label], [title]')].map(
                e => [e.textContent, e.getAttribute('aria-label'), e.getAttribute('title')].join(' '))].join(' ')"""
    )
    return set(re.findall(r"[A-Za-z]{4,}", text))


@pytest.mark.parametrize("username", ["tr", "chief"])
def test_the_translation_editor_speaks_dari(page, translation_desk, username):
    base, pashto = translation_desk["url"], translation_desk["pashto"]
    page.set_viewport_size({"width": 1280, "height": 1000})
    open_editor(page, base, username, pashto)
    headings = page.locator(".js-translation-editor section h3").all_inner_texts()
    assert "ترجمه از دری به پښتو" in headings, headings
    assert not english_in(page), english_in(page)
    screenshot(page, f"translation-editor-{username}")


def test_a_translators_main_button_sends_the_translation_for_approval(page, translation_desk):
    base, pashto = translation_desk["url"], translation_desk["pashto"]
    page.set_viewport_size({"width": 1280, "height": 1000})
    open_editor(page, base, "tr", pashto)
    footer = page.locator(".js-translation-editor footer")
    # Nothing refused in the editor's own menu: no alias, no stopping the sync.
    assert footer.locator("[href*='convert_to_alias']").count() == 0
    stop = footer.locator("[data-w-action-url-value$='/disable/']")
    assert stop.count() == 0 or not stop.is_visible()
    assert "مستعار" not in footer.inner_text()
    # The buttons left: "Submit for approval" (disabled until complete) first,
    # then the preview; nothing the translator would be refused.
    buttons = page.locator(
        ".translation-approval__form button:visible, .js-translation-editor footer .button:visible,"
        " .js-translation-editor footer button:visible"
    )
    labels = [" ".join(label.split()) for label in buttons.all_inner_texts() if label.strip()]
    assert labels and labels[0] == "ارسال برای تأیید", labels
    assert not any(word in label for label in labels for word in ("توقف", "مستعار", "حذف")), labels


def test_a_director_is_offered_no_alias_either(page, translation_desk):
    base, pashto = translation_desk["url"], translation_desk["pashto"]
    page.set_viewport_size({"width": 1280, "height": 1000})
    open_editor(page, base, "chief", pashto)
    footer = page.locator(".js-translation-editor footer")
    footer.locator(".w-dropdown__toggle").first.click()
    assert footer.locator("[href*='convert_to_alias']").count() == 0
    assert "مستعار" not in footer.inner_text()
    # Directors may still stop the synchronisation, and publish.
    assert footer.locator("[data-w-action-url-value$='/disable/']").count() == 1
