import pytest

from tests.support.browser import axe_violations, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_gallery_photos_open_full_size_and_move_with_the_keyboard_in_dari(page, dari_gallery):
    page.goto(dari_gallery)
    assert page.locator("html").get_attribute("dir") == "rtl"
    links = page.locator(".gallery-grid__link")
    assert links.count() == 4

    links.nth(0).focus()
    page.keyboard.press("Enter")
    dialog = page.locator("#gallery-lightbox")
    dialog.wait_for(state="visible")
    image = dialog.locator(".lightbox__image")
    assert image.get_attribute("alt") == "عکس شماره یک"
    assert dialog.locator(".lightbox__position").inner_text() == "عکس ۱ از ۴"
    assert image.get_attribute("src") == links.nth(0).get_attribute("href")
    screenshot(page, "gallery-fa-af-lightbox")

    # Right-to-left: the left arrow moves forward, the right arrow back.
    page.keyboard.press("ArrowLeft")
    assert image.get_attribute("alt") == "عکس شماره دو"
    assert dialog.locator(".lightbox__caption").inner_text() == "شرح دو"
    page.keyboard.press("ArrowLeft")
    assert image.get_attribute("alt") == "عکس شماره سه"
    page.keyboard.press("ArrowRight")
    assert image.get_attribute("alt") == "عکس شماره دو"
    page.keyboard.press("End")
    assert dialog.locator(".lightbox__position").inner_text() == "عکس ۴ از ۴"
    page.keyboard.press("ArrowLeft")  # wraps to the first
    assert image.get_attribute("alt") == "عکس شماره یک"
    assert page.evaluate("document.querySelector('.lightbox__image').naturalWidth") > 0

    violations = axe_violations(page)
    assert not violations, "\n".join(violations)

    page.keyboard.press("Escape")
    dialog.wait_for(state="hidden")
    # Focus returns to the photo the viewer was showing.
    assert page.evaluate("document.activeElement.classList.contains('gallery-grid__link')")
    assert page.evaluate("document.activeElement.querySelector('img').alt") == "عکس شماره یک"
    screenshot(page, "gallery-fa-af-grid")
