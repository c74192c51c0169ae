"""The public pages work under their Content-Security-Policy in Chromium:
no violation reported, and the gallery's script still runs."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_public_pages_raise_no_policy_violation(browser, dari_gallery):
    base = dari_gallery.split("/fa-af/", 1)[0]
    context = browser.new_context(viewport={"width": 1200, "height": 900})  # the policy enforced
    page = context.new_page()
    violations = []
    page.on(
        "console",
        lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None,
    )
    page.on("pageerror", lambda error: violations.append(str(error)))
    for url in (
        dari_gallery,
        f"{base}/fa-af/",
        f"{base}/ps/",
        f"{base}/en/",
        f"{base}/fa-af/search/?q=%D9%82%D8%A7%D9%84%DB%8C%D9%86",
    ):
        response = page.goto(url)
        assert response.status == 200, url
        assert "script-src 'self'" in response.headers["content-security-policy"]
    page.goto(dari_gallery)
    page.locator(".gallery-grid__link").nth(0).click()
    page.locator("#gallery-lightbox").wait_for(state="visible")  # the gallery's script ran
    context.close()
    assert violations == []
