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


ADMIN_PASSWORD = "a-long-test-password"


@pytest.fixture
def admin_site(live_demo):
    from django.contrib.auth import get_user_model
    from wagtail.models import Site
    from wagtail.users.models import UserProfile

    from pressroom import factories

    admin = get_user_model().objects.create_superuser("csp-admin", "csp-admin@example.org", ADMIN_PASSWORD)
    profile = UserProfile.get_for_user(admin)
    profile.preferred_language = "fa-af"
    profile.save()
    home = Site.objects.get(is_default_site=True).root_page.specific
    index = factories.NewsIndexPageFactory(parent=home, title="خبرهای سیاست امنیت", slug="csp-news")
    image = factories.ImageFactory(title="عکس آزمایشی")
    story = factories.NewsPageFactory(
        parent=index, title="خبر با عکس", slug="csp-story", hero_image=image, hero_alt_text="عکس"
    )
    return {"url": live_demo.url, "index": index, "story": story, "image": image}


def _collect_violations(page):
    """Violations of the enforced policy and script errors; what the
    report-only policy saw is printed (what Wagtail still needs)."""
    violations, reported = [], []

    def on_console(message):
        if "Content Security Policy" in message.text:
            (reported if "report-only" in message.text else violations).append(f"{page.url}: {message.text[:160]}")

    page.on("console", on_console)
    page.on("pageerror", lambda error: violations.append(f"{page.url}: {error}"))
    page.on("close", lambda _page: print("\n".join(["enforced:", *violations, "report-only:", *reported])))
    return violations


def test_the_admin_works_under_its_policy(browser, admin_site):
    """Enforced, with no violation: the dashboard, listings, the page editor
    with its image chooser and live preview, the image and document screens."""
    base = admin_site["url"]
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # the policy enforced
    page = context.new_page()
    violations = _collect_violations(page)
    page.goto(f"{base}/admin/login/")
    page.fill("input[name=username]", "csp-admin")
    page.fill("input[name=password]", ADMIN_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/admin/")

    story, image = admin_site["story"], admin_site["image"]
    for path in (
        "/admin/",
        f"/admin/pages/{admin_site['index'].pk}/",
        "/admin/images/",
        f"/admin/images/{image.pk}/",
        "/admin/images/multiple/add/",
        "/admin/documents/",
        "/admin/translations/",
        "/admin/reports/site-history/",
        "/admin/2fa/setup/",
    ):
        response = page.goto(f"{base}{path}")
        assert response.status == 200, path
        policy = response.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-eval" not in policy, path
        directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
        assert directives["connect-src"] == "'self'" and directives["object-src"] == "'none'", path
        assert "unsafe-inline" not in response.headers["content-security-policy-report-only"].split("style-src")[0]
        assert "frame-ancestors 'none'" in policy, path
        page.wait_for_load_state("networkidle")

    # The page editor: its widgets, the image chooser, the live preview.
    page.goto(f"{base}/admin/pages/{story.pk}/edit/")
    page.wait_for_load_state("networkidle")
    page.locator("#id_hero_image-chooser .w-dropdown__toggle").click()
    page.locator("#id_hero_image-chooser [data-chooser-action-choose]:visible").first.click()
    page.locator(".modal a[data-chooser-modal-choice]").first.click()  # choose an image: the chooser closes
    page.locator(".modal-dialog").wait_for(state="hidden")
    assert page.locator("#id_hero_image").input_value()
    page.locator('[data-side-panel-toggle="preview"]').click()
    frame = page.frame_locator("#w-preview-iframe")
    frame.locator("h1").first.wait_for()
    assert "خبر با عکس" in frame.locator("h1").first.inner_text()
    page.wait_for_load_state("networkidle")
    context.close()
    assert violations == []
