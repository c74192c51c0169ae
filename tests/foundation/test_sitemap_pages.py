"""/sitemap.xml asks the pages for their addresses (Wagtail's
`get_sitemap_urls`), not the apps: a page type with more public addresses
lists them itself, and each keeps its hreflang alternates."""

import xml.etree.ElementTree as ET

import pytest
from django.test import Client

from core.models import BasePage, absolute_url
from directory import factories
from home.models import StandardPage

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def sitemap_entries():
    response = Client().get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {
        url.findtext(f"{SITEMAP}loc"): {link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")}
        for url in root.findall(f"{SITEMAP}url")
    }


def test_a_page_type_lists_its_own_extra_addresses(demo_site, monkeypatch):
    def get_sitemap_urls(page, request=None):
        urls = BasePage.get_sitemap_urls(page, request)
        return urls + [{"location": absolute_url(page, request) + "printable/", "lastmod": None}]

    monkeypatch.setattr(StandardPage, "get_sitemap_urls", get_sitemap_urls, raising=False)
    entries = sitemap_entries()
    about = {code: f"http://testserver/{code}/about/" for code in ("fa-af", "ps", "en")}
    for location in about.values():
        # The page's own entry keeps its translations as alternates …
        assert entries[location] == {**about, "x-default": about["fa-af"]}
        # … and the address the page type added is listed too.
        assert f"{location}printable/" in entries
    assert "http://testserver/fa-af/printable/" not in entries  # only that page type's pages


def test_organisation_pages_come_with_their_other_languages(demo_site):
    factories.organisation(key="three-tongues", name="نهاد سه زبانه", languages=("fa-af", "ps", "en"))
    factories.organisation(key="two-tongues", name="نهاد دو زبانه", languages=("ps", "en"))
    entries = sitemap_entries()
    three = {code: f"http://testserver/{code}/directory/three-tongues/" for code in ("fa-af", "ps", "en")}
    for location in three.values():
        assert entries[location] == {**three, "x-default": three["fa-af"]}
    two = {code: f"http://testserver/{code}/directory/two-tongues/" for code in ("ps", "en")}
    for location in two.values():
        assert entries[location] == {**two, "x-default": two["ps"]}
    assert "http://testserver/fa-af/directory/two-tongues/" not in entries
