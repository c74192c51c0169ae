"""The whole editorial path in Chromium, through the admin's own screens:
an editor writes a Dari news item and submits it; the director asks for
changes; the editor fixes it and resubmits; the director approves; a
translator translates it into Pashto in the translation editor and submits
it; the director approves; the public sees both, and nothing before each
approval."""

import pytest
from django.test import Client

from tests.support.browser import screenshot
from tests.support.site import restore_small_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-test-password"
TITLE = "افتتاح نمایشگاه صادرات قالین در کابل"
PASHTO_TITLE = "په کابل کې د غالیو د صادراتو نندارتون پرانیستل شو"


@pytest.fixture
def newsroom(live_server, transactional_db):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from wagtail.models import Site
    from wagtail.users.models import UserProfile

    from pressroom import factories
    from tests.support.pages import translate_page

    restore_small_site()
    home = Site.objects.get(is_default_site=True).root_page.specific
    index = factories.NewsIndexPageFactory(parent=home, title="خبرها", slug="path-news")
    translate_page(index, "ps")
    for username, group in (("ed", "Editors"), ("chief", "Directors"), ("tr", "Translators")):
        user = get_user_model().objects.create_user(username, f"{username}@example.org", PASSWORD)
        user.groups.add(Group.objects.get(name=group))
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "fa-af"
        profile.save()
    return {"url": live_server.url, "index": index}


def sign_in(page, base, username):
    page.context.clear_cookies()
    page.goto(f"{base}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/admin/")


def public_status(base, path):
    return Client().get(path, follow=True).status_code


def workflow_action(page, base, title, action_label, comment=None):
    """On the dashboard, use a workflow action on the item awaiting review."""
    page.goto(f"{base}/admin/")
    row = page.locator("tr", has_text=title)
    row.locator(".w-dropdown__toggle").first.click()
    page.get_by_role("button", name=action_label, exact=True).click()
    if comment is not None:
        page.fill(".modal textarea[name=comment]", comment)
        # The form posts and the admin redirects: wait for that page, not just
        # a quiet network (on a loaded machine the POST had not been answered).
        with page.expect_navigation():
            page.locator(".modal [type=submit]").click()
    page.wait_for_load_state("networkidle")


def submit_from_editor(page):
    page.locator("footer .w-dropdown__toggle, [data-w-dropdown-target=toggle]").last.click()
    page.locator("button[name=action-submit]").click()
    page.wait_for_load_state("networkidle")


def test_editor_director_translator_path(page, newsroom):
    from pressroom.models import NewsPage

    base, index = newsroom["url"], newsroom["index"]
    page.set_viewport_size({"width": 1280, "height": 1000})

    # 1. The editor writes the item in Dari and submits it.
    sign_in(page, base, "ed")
    page.goto(f"{base}/admin/pages/add/pressroom/newspage/{index.pk}/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.fill("#id_title", TITLE)
    page.fill("#id_summary", "نمایشگاه قالین‌های دست‌باف با حضور تاجران از ۱۲ ولایت افتتاح شد.")
    page.fill("#id_slug", "carpet-exhibition") if page.locator("#id_slug").is_visible() else None
    submit_from_editor(page)
    story = NewsPage.objects.get(title=TITLE)
    assert story.workflow_in_progress and not story.live
    dari_path = f"/fa-af/path-news/{story.slug}/"
    assert public_status(base, dari_path) == 404
    screenshot(page, "workflow-1-submitted")

    # 2. The director asks for changes, with a comment.
    sign_in(page, base, "chief")
    workflow_action(page, base, TITLE, "درخواست تغییرات", comment="لطفاً تعداد ولایت‌ها را بررسی کنید.")
    assert NewsPage.objects.get(pk=story.pk).current_workflow_state.status == "needs_changes"
    assert public_status(base, dari_path) == 404

    # 3. The editor sees the comment, fixes the summary and resubmits.
    sign_in(page, base, "ed")
    page.goto(f"{base}/admin/pages/{story.pk}/edit/")
    assert "لطفاً تعداد ولایت‌ها را بررسی کنید." in page.content()
    page.fill("#id_summary", "نمایشگاه قالین‌های دست‌باف با حضور تاجران از ۱۴ ولایت افتتاح شد.")
    submit_from_editor(page)
    assert NewsPage.objects.get(pk=story.pk).current_workflow_state.status == "in_progress"
    assert public_status(base, dari_path) == 404

    # 4. The director approves: it goes live.
    sign_in(page, base, "chief")
    workflow_action(page, base, TITLE, "تایید")
    assert public_status(base, dari_path) == 200
    page.context.clear_cookies()
    page.goto(f"{base}{dari_path}")
    assert "۱۴ ولایت" in page.locator("main").inner_text()

    # 5. The translator translates it into Pashto in the translation editor.
    sign_in(page, base, "tr")
    page.goto(f"{base}/admin/localize/submit/page/{story.pk}/")
    page.locator("label", has_text="پښتو").click()
    page.locator("form input[type=submit]").last.click()
    page.wait_for_url("**/admin/pages/*/edit/")
    pashto = NewsPage.objects.get(translation_key=story.translation_key, locale__language_code="ps")
    pashto_path = NewsPage.objects.get(pk=pashto.pk).url
    assert public_status(base, pashto_path) == 404
    editor = page.locator(".js-translation-editor")
    translations = {
        TITLE: PASHTO_TITLE,
        "نمایشگاه قالین‌های دست‌باف با حضور تاجران از ۱۴ ولایت افتتاح شد.": (
            "د لاسي اوبدل شوو غالیو نندارتون د ۱۴ ولایتونو د سوداګرو په ګډون پرانیستل شو."
        ),
    }
    while editor.get_by_role("button", name="ترجمه", exact=True).count():
        editor.get_by_role("button", name="ترجمه", exact=True).first.click()
        textarea = editor.locator("textarea").first
        assert textarea.evaluate("e => getComputedStyle(e).direction") == "rtl"
        source = textarea.evaluate("e => e.closest('li') ? e.closest('li').innerText : ''")
        value = next((pashto_text for dari, pashto_text in translations.items() if dari in source), "پښتو متن")
        textarea.fill(value)
        editor.get_by_role("button", name="ذخیره", exact=True).first.click()
        page.wait_for_timeout(300)
    page.reload()
    screenshot(page, "workflow-5-translation-editor")
    page.get_by_role("button", name="ارسال برای تأیید").click()
    page.wait_for_load_state("networkidle")
    assert NewsPage.objects.get(pk=pashto.pk).workflow_in_progress
    assert public_status(base, pashto_path) == 404

    # 6. The director approves the translation: the public sees both, the
    # Pashto page under an address made from its own title.
    sign_in(page, base, "chief")
    workflow_action(page, base, PASHTO_TITLE, "تایید")
    pashto = NewsPage.objects.get(pk=pashto.pk)
    if not story.slug.isascii():
        assert pashto.slug == "په-کابل-کې-د-غالیو-د-صادراتو-نندارتون-پرانیستل-شو"
    pashto_path = pashto.url
    page.context.clear_cookies()
    page.goto(f"{base}{pashto_path}")
    main = page.locator("main").inner_text()
    assert PASHTO_TITLE in main and "سوداګرو" in main
    assert TITLE not in main
    assert page.locator("html").get_attribute("lang") == "ps"
    screenshot(page, "workflow-6-pashto-public")
    assert public_status(base, dari_path) == 200
