"""The page editor's preview panel shows the page being edited: the admin
frames its own preview (public pages still refuse to be framed, see
tests/production/test_security.py)."""

import pytest

from tests.support.browser import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-test-password"


def test_preview_panel_shows_the_page_being_edited(page, live_demo):
    from django.contrib.auth import get_user_model
    from wagtail.models import Site

    base = live_demo.url
    get_user_model().objects.create_superuser("previewer", "p@example.org", PASSWORD)
    about = Site.objects.get(is_default_site=True).root_page.get_children().get(slug="about").specific
    blocked = []
    page.on("console", lambda message: blocked.append(message.text) if "frame-ancestors" in message.text else None)
    page.set_viewport_size({"width": 1400, "height": 900})
    page.goto(f"{base}/admin/login/")
    page.fill("input[name=username]", "previewer")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/admin/")
    page.goto(f"{base}/admin/pages/{about.pk}/edit/")
    page.locator("[data-side-panel-toggle=preview]").click()
    preview = page.frame_locator("iframe[data-w-preview-target=iframe]").last
    heading = preview.locator("main h1")
    heading.wait_for(timeout=20000)
    screenshot(page, "admin-preview-panel")
    assert heading.inner_text().strip() == about.title
    assert not blocked
