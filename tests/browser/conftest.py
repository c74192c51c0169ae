"""Playwright for Python driving Debian's Chromium.

`playwright install` cannot download browsers here, so the tests launch the
system Chromium (CHROMIUM_PATH, default /usr/bin/chromium). Without it the
browser tests skip with the reason, except when REQUIRE_BROWSER=1 (CI sets
it): then a missing browser is a failure, never a silent skip.
"""

import os
import shutil
from pathlib import Path

import pytest

from tests.support.site import restore_small_site

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _chromium_path():
    configured = os.environ.get("CHROMIUM_PATH")
    if configured:
        return configured if Path(configured).exists() else None
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def browser():
    executable = _chromium_path()
    if executable is None:
        reason = "Chromium not found (install Debian's chromium package or set CHROMIUM_PATH)"
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(reason + "; REQUIRE_BROWSER=1 forbids skipping browser tests")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; Django refuses
    # ORM calls from a thread with a running loop unless told they are safe.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture
def page(browser):
    # bypass_csp lets the tests inject axe-core into pages whose policy forbids it.
    context = browser.new_context(viewport={"width": 390, "height": 844}, bypass_csp=True, locale="fa-AF")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def live_demo(live_server, transactional_db):
    """A live server over a committed database holding the demo site
    (without the pressroom's items, which tests that need them create).

    A transactional test empties the database when it ends, so each one puts
    back what the migrations made before loading the demo."""

    restore_small_site()
    return live_server


@pytest.fixture
def dari_gallery(live_server, transactional_db):
    from wagtail.models import Site

    from pressroom import factories

    restore_small_site()
    home = Site.objects.get(is_default_site=True).root_page.specific
    index = factories.GalleryIndexPageFactory(parent=home, title="گالری‌ها", slug="test-galleries")
    photos = [
        (
            "photo",
            {"image": factories.ImageFactory(), "alt_text": f"عکس شماره {n}", "caption": f"شرح {n}", "credit": ""},
        )
        for n in ("یک", "دو", "سه", "چهار")
    ]
    gallery = factories.GalleryPageFactory(parent=index, title="نمایشگاه قالین", media=photos)
    return f"{live_server.url}{gallery.url}"
