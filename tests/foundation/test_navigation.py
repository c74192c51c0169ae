"""The main menu: from the demo on, it leads to every section of the site in
the reader's language, with short labels in that language."""

import re
from html import unescape

import pytest
from django.test import Client

from tests.support.pages import html_of

# Reads the demo site (its sections, news and statements): the whole demo.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]

# What the demo's menu reads in each language, in order.
MENUS = {
    "fa-af": ["صفحه اصلی", "خبرها", "اعلامیه‌ها", "گالری‌ها", "رویدادها", "فهرست نهادها", "درباره ما", "جستجو"],
    "ps": ["کور پاڼه", "خبرونه", "اعلامیې", "ګالرۍ", "پېښې", "د بنسټونو لړلیک", "زموږ په اړه", "لټون"],
    "en": ["Home", "News", "Statements", "Galleries", "Events", "Directory", "About us", "Search"],
}
# The page type (or view) each entry leads to.
DESTINATIONS = [
    "homepage",
    "newsindexpage",
    "statementindexpage",
    "galleryindexpage",
    "presseventindexpage",
    "directorypage",
    "standardpage",
]


def menu_of(html):
    nav = re.search(r'<nav class="site-nav".*?</nav>', html, re.S).group(0)
    return [
        (unescape(re.sub(r"<[^>]+>", "", label)).strip(), unescape(href))
        for href, label in re.findall(r'<li><a href="([^"]+)"[^>]*>(.*?)</a></li>', nav, re.S)
    ]


@pytest.mark.parametrize("language", MENUS)
def test_the_menu_leads_to_every_section_in_the_readers_language(language, uncached_pages):
    # Uncached: each answer is rendered, so it tells which page it rendered.
    from wagtail.models import Page

    client = Client()
    menu = menu_of(html_of(client.get(f"/{language}/")))
    assert [label for label, _url in menu] == MENUS[language]
    for (label, url), kind in zip(menu, DESTINATIONS + ["search"], strict=True):
        assert url.startswith(f"/{language}/"), (label, url)
        response = client.get(url)
        assert response.status_code == 200, (label, url)
        assert re.search(rf'<html lang="{language}"', html_of(response)), (label, url)
        if kind == "search":
            assert response.resolver_match.url_name == "search"
        else:
            page = Page.objects.get(pk=response.context["page"].pk)
            assert page.content_type.model == kind, (label, url)
            assert page.locale.language_code == language
        # Every page wears the same menu, and marks where the reader is.
        html = html_of(response)
        assert [entry for entry, _url in menu_of(html)] == MENUS[language]
        assert re.search(rf'<a href="{re.escape(url)}" aria-current="page">', html), (label, url)


def test_inside_a_section_the_menu_marks_the_section():
    from pressroom.models import NewsPage

    item = NewsPage.objects.live().filter(locale__language_code="en").first()
    html = html_of(Client().get(item.url))
    news = item.get_parent().url
    assert f'<a href="{news}" class="site-nav__section">News</a>' in html
    assert 'aria-current="page"' not in re.search(r'<nav class="site-nav".*?</nav>', html, re.S).group(0)


def test_the_phone_menu_button_is_labelled_in_each_language():
    for language, label in (("fa-af", "منو"), ("ps", "مینو"), ("en", "Menu")):
        html = html_of(Client().get(f"/{language}/"))
        summary = re.search(r'<details class="site-nav__toggle">\s*<summary>(.*?)</summary>', html, re.S).group(1)
        assert re.sub(r"<[^>]+>", "", summary).strip() == label


def test_an_older_demo_database_gets_the_menu_but_an_editors_choice_stays(demo_site):
    """The demo loader brings sections that only it has written into the
    menu; a section an editor took out of the menu stays out."""
    from django.contrib.auth import get_user_model

    from directory import demo as directory_demo
    from directory.models import DirectoryPage
    from pressroom import demo as pressroom_demo
    from pressroom import demo_content
    from pressroom.models import GalleryIndexPage, NewsIndexPage

    home = demo_site["fa-af"]
    # As a demo database made before the menu led to the sections.
    for model in (NewsIndexPage, DirectoryPage, GalleryIndexPage):
        model.objects.update(show_in_menus=False, menu_title="")
    # An editor has taken the galleries out of the menu (a revision of theirs).
    editor = get_user_model().objects.create_superuser("menu-editor", "m@example.org", "a-long-test-password")
    galleries = GalleryIndexPage.objects.get(locale__language_code="fa-af")
    galleries.save_revision(user=editor).publish(user=editor)

    pressroom_demo._index(home, NewsIndexPage, demo_content.NEWS_INDEX, log=lambda line: None)
    pressroom_demo._index(home, GalleryIndexPage, demo_content.GALLERY_INDEX, log=lambda line: None)
    directory_demo.load(home, log=lambda line: None)

    for language, menu in MENUS.items():
        labels = [label for label, _url in menu_of(html_of(Client().get(f"/{language}/")))]
        assert menu[1] in labels and menu[4] in labels  # news and the directory are back
        assert menu[3] not in labels  # the editor's choice holds in every language
