import re

import pytest

from tests.support.browser import axe_violations, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LATIN_MONTHS = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Hamal|Sawr|Jawza|Saratan|Asad|Sunbula|Mizan|Aqrab|Qaws|Jadi|Dalw|Hut)\b"
)

LANGUAGES = [("fa-af", "rtl", "دری"), ("ps", "rtl", "پښتو"), ("en", "ltr", "English")]


@pytest.mark.parametrize(("language", "direction", "name"), LANGUAGES)
def test_home_page_in_each_language(page, live_demo, language, direction, name):
    page.goto(f"{live_demo.url}/{language}/")
    html = page.locator("html")
    assert html.get_attribute("lang") == language
    assert html.get_attribute("dir") == direction
    # The browser lays the header out in the page's direction.
    assert page.evaluate("getComputedStyle(document.body).direction") == direction

    switcher = page.get_by_role("navigation", name=re.compile(".+")).first
    current = page.locator(".language-switcher__current")
    assert current.inner_text() == name
    others = {code for code, _dir, _name in LANGUAGES if code != language}
    hrefs = {
        link.get_attribute("lang"): link.get_attribute("href") for link in page.locator(".language-switcher a").all()
    }
    assert hrefs == {code: f"/language/{code}/?next=%2F{code}%2F" for code in others}
    assert switcher.is_visible()

    body_text = page.locator("body").inner_text()
    if direction == "rtl":
        assert not LATIN_MONTHS.search(body_text), LATIN_MONTHS.search(body_text)
        assert re.search("[۰-۹]{4}", body_text), "the Solar Hijri year in Persian digits"
    else:
        assert re.search(r"\d{4} \(\d+ [A-Z][a-z]+ \d{4}\)", body_text)

    screenshot(page, f"home-{language}-mobile")
    violations = axe_violations(page)
    assert not violations, "phone width:\n" + "\n".join(violations)
    page.set_viewport_size({"width": 1280, "height": 900})
    screenshot(page, f"home-{language}-desktop")
    violations = axe_violations(page)
    assert not violations, "desktop width:\n" + "\n".join(violations)


@pytest.mark.parametrize(
    ("language", "direction", "heading"), [("fa-af", "rtl", "صفحه پیدا نشد"), ("en", "ltr", "Page not found")]
)
def test_404_page_in_the_browser(page, live_demo, language, direction, heading):
    response = page.goto(f"{live_demo.url}/{language}/no-such-page/")
    assert response.status == 404
    assert page.locator("html").get_attribute("dir") == direction
    assert page.locator("h1").inner_text() == heading
    violations = axe_violations(page)
    assert not violations, "\n".join(violations)
    screenshot(page, f"404-{language}-mobile")


def test_switcher_takes_the_reader_to_the_same_page(page, live_demo):
    page.goto(f"{live_demo.url}/fa-af/about/")
    page.locator(".language-switcher a[lang=ps]").click()
    page.wait_for_url(f"{live_demo.url}/ps/about/")
    assert page.locator("h1").inner_text() == "د اطلاعاتو او عامه اړیکو ریاست په اړه"
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.locator(".language-switcher a[lang=en]").click()
    page.wait_for_url(f"{live_demo.url}/en/about/")
    assert page.locator("html").get_attribute("dir") == "ltr"
    violations = axe_violations(page)
    assert not violations, "\n".join(violations)
    screenshot(page, "about-en-mobile")
