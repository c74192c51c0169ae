import pytest

from tests.support.browser import axe_violations, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def dari_directory(live_server, transactional_db):
    from wagtail.models import Site

    from core.site_structure import ensure_site_structure
    from directory import demo as directory_demo
    from ministry_site import demo

    ensure_site_structure()
    demo.load(log=lambda line: None, pressroom=False, directory=False)
    home = Site.objects.get(is_default_site=True).root_page.specific
    directory_demo.load(home, lambda line: None)
    return f"{live_server.url}/fa-af/directory/"


def test_dari_directory_filters_by_category_and_province(page, dari_directory):
    page.goto(dari_directory)
    assert page.locator("html").get_attribute("dir") == "rtl"
    everything = page.locator(".directory-list__item").count()
    assert everything > 20

    page.select_option("#id_category", "border-ports")
    page.get_by_role("button", name="نمایش").click()
    page.wait_for_url("**category=border-ports**")
    names = page.locator(".directory-list__name").all_inner_texts()
    assert names and all(name.startswith("بندر") for name in names)
    assert "بندر تورخم" in names

    page.select_option("#id_province", "herat")
    page.get_by_role("button", name="نمایش").click()
    page.wait_for_url("**province=herat**")
    assert sorted(page.locator(".directory-list__name").all_inner_texts()) == ["بندر اسلام قلعه", "بندر تورغندی"]
    assert page.locator(".result-count").inner_text() == "۲ نهاد"
    screenshot(page, "directory-fa-af-filtered")
    violations = axe_violations(page)
    assert not violations, "\n".join(violations)

    page.get_by_role("link", name="بندر اسلام قلعه").click()
    assert page.locator("h1").inner_text() == "بندر اسلام قلعه"
    assert page.locator('a[href$="/vcard/"]').count() == 1
    screenshot(page, "directory-fa-af-organisation")
