"""The monitoring inbox in Chromium, in Dari, by keyboard only: tick a
clipping, choose a tone with its access key, apply; the clipping is judged."""

import datetime

import pytest

from tests.support.browser import axe_violations, screenshot
from tests.support.site import restore_small_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-test-password"


@pytest.fixture
def inbox(live_server, transactional_db):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.utils import timezone
    from wagtail.users.models import UserProfile

    from monitoring.models import Clipping

    restore_small_site()
    Clipping.objects.all().delete()
    now = timezone.now()
    made = [
        Clipping.objects.create(
            title=title,
            outlet_name=outlet,
            language=language,
            when=now - datetime.timedelta(hours=n),
            excerpt=f"{title}. وزارت صنعت و تجارت از افزایش صادرات خبر داد.",
            matched_terms=["صادرات"],
        )
        for n, (title, outlet, language) in enumerate(
            [
                ("افزایش صادرات قالین", "طلوع نیوز", "fa-af"),
                ("د صادراتو زیاتوالی", "شمشاد", "ps"),
                ("Exports rise at Torkham", "Kabul Times", "en"),
            ]
        )
    ]
    user = get_user_model().objects.create_user("watcher", "watcher@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name="Monitors"))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "fa-af"
    profile.save()
    return {"url": live_server.url, "clippings": made}


def test_a_monitor_judges_from_the_keyboard(browser, inbox):
    from monitoring.models import Clipping

    base = inbox["url"]
    page = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fa-AF").new_page()
    page.goto(f"{base}/admin/login/")
    page.fill("input[name=username]", "watcher")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/admin/")
    page.goto(f"{base}/admin/monitoring/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("mark").first.inner_text() == "صادرات"
    first = inbox["clippings"][0]
    # Keyboard only: from the first clipping's box (ticked with the space bar),
    # back through Apply and the importance to the tone, down to "negative",
    # then forward to Apply and Enter. Access keys label the same controls.
    page.focus(f"#pick-{first.pk}")
    page.keyboard.press("Space")
    for _ in range(3):
        page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.id") == "bulk-tone"
    assert page.get_attribute("#bulk-tone", "accesskey") == "t"
    for _ in range(3):
        page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.value") == "negative"
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('accesskey')") == "a"
    with page.expect_navigation():  # the form posts and the inbox comes back
        page.keyboard.press("Enter")
    screenshot(page, "monitoring-inbox-fa")
    judged = Clipping.objects.get(pk=first.pk)
    assert judged.tone == "negative" and judged.status == "judged"
    assert "۱ بریده تغییر کرد" in page.content()
    assert not axe_violations(page), axe_violations(page)
