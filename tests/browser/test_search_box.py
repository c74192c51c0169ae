"""The header's search box: its hint is read from its start in every
language (in Dari it was cut at its start: "…جوی خبرها") and fits the box on a
phone and on a desktop."""

import pytest

from tests.support.browser import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize(("language", "direction"), [("fa-af", "rtl"), ("ps", "rtl"), ("en", "ltr")])
def test_the_search_hint_reads_from_its_start_and_fits(page, live_demo, language, direction):
    for width in (390, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"{live_demo.url}/{language}/")
        page.evaluate("async () => { await document.fonts.ready; return true; }")
        box = page.locator("#site-search-q")
        # Empty, the box takes the page's direction: a hint too long for it
        # loses its end, never its start.
        assert box.evaluate("input => getComputedStyle(input).direction") == direction, width
        # The hint fits: were it cut off, drawing it with an ellipsis and
        # without one would give two different pictures.
        box.evaluate("input => { input.style.textOverflow = 'ellipsis'; }")
        shown = box.screenshot(animations="disabled", caret="hide")
        box.evaluate("input => { input.style.textOverflow = 'clip'; }")
        assert box.screenshot(animations="disabled", caret="hide") == shown, f"the hint is cut at {width}px"
        box.evaluate("input => { input.style.textOverflow = ''; }")
        screenshot(page, f"search-box-{language}-{width}")
        # What the reader types still takes its own direction.
        box.fill("PR-1405/001")
        assert box.evaluate("input => getComputedStyle(input).direction") == "ltr"
