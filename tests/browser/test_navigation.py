"""The main menu in Chromium: on a phone it folds behind a menu button that
works from the keyboard; on a desktop every entry is in view. Screenshots of
both widths in the three languages go to test-artifacts/screenshots/."""

import pytest

from tests.support.browser import axe_violations, screenshot
from tests.support.snapshots import restore_or_build

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MENU_BUTTON = {"fa-af": "منو", "ps": "مینو", "en": "Menu"}
NEWS = {"fa-af": "خبرها", "ps": "خبرونه", "en": "News"}


@pytest.fixture
def full_demo(demo_content, live_server, transactional_db):
    """The live demo with its sections (the pressroom's pages included): the
    state the `demo_content` fixture loaded, put back after the flush."""
    from core.site_structure import ensure_site_structure
    from ministry_site import demo

    restore_or_build("full demo", lambda: (ensure_site_structure(), demo.load(log=lambda line: None)))
    return live_server


def test_menu_on_a_phone_opens_from_the_keyboard_in_every_language(page, full_demo):
    for language, button in MENU_BUTTON.items():
        page.set_viewport_size({"width": 390, "height": 844})
        page.goto(f"{full_demo.url}/{language}/")
        toggle = page.locator(".site-nav__toggle summary")
        links = page.locator(".site-nav__list a")
        assert toggle.is_visible() and toggle.inner_text().strip() == button
        assert not links.first.is_visible(), "folded until asked for"
        # From the search button, the next Tab reaches the menu button; Enter opens it.
        page.locator(".site-search button").focus()
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.tagName") == "SUMMARY"
        page.keyboard.press("Enter")
        assert links.count() == 8 and all(link.is_visible() for link in links.all())
        # The entries sit inside the screen, on the reading side.
        for link in links.all():
            box = link.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= 390
        full = screenshot(page, f"menu-{language}-mobile")
        page.screenshot(path=str(full.with_name(f"menu-{language}-mobile-top.png")))  # the screen as the reader sees it
        violations = axe_violations(page)
        assert not violations, "\n".join(violations)
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.textContent.trim()") == links.first.inner_text().strip()
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.textContent.trim()") == NEWS[language]
        page.keyboard.press("Enter")
        page.wait_for_url(f"{full_demo.url}/{language}/news/")
        assert page.locator("html").get_attribute("lang") == language
        # The next page starts folded; Enter opens and Space folds again.
        assert not links.first.is_visible()
        page.locator(".site-nav__toggle summary").focus()
        page.keyboard.press("Enter")
        assert links.first.is_visible()
        page.keyboard.press("Space")
        assert not links.first.is_visible()


def test_menu_on_a_desktop_shows_every_entry_on_one_line(page, full_demo):
    page.set_viewport_size({"width": 1280, "height": 900})
    for language in MENU_BUTTON:
        page.goto(f"{full_demo.url}/{language}/")
        assert not page.locator(".site-nav__toggle summary").is_visible()
        links = page.locator(".site-nav__list a").all()
        assert len(links) == 8 and all(link.is_visible() for link in links)
        tops = {round(link.bounding_box()["y"]) for link in links}
        assert len(tops) == 1, "one row"
        xs = [link.bounding_box()["x"] for link in links]
        # In Dari and Pashto the menu reads from the right: Home is rightmost.
        assert xs == sorted(xs, reverse=(language != "en")), xs
        screenshot(page, f"menu-{language}-desktop")
        violations = axe_violations(page)
        assert not violations, "\n".join(violations)
