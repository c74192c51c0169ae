"""Internal organisations and contacts never appear on any public page, feed,
sitemap, vCard, search or export, in any language: checked with crafted
requests for each."""

import xml.etree.ElementTree as ET

import pytest
from django.test import Client

from directory import factories
from directory.models import Visibility

pytestmark = pytest.mark.django_db

LANGUAGES = ("fa-af", "ps", "en")
SECRET = "نهاد محرمانه آزمایشی"


@pytest.fixture
def secret_world():
    internal = factories.organisation(
        key="secret-office", name=SECRET, languages=LANGUAGES, visibility=Visibility.INTERNAL, category_slug="media"
    )
    public = factories.organisation(key="open-office", name="دفتر عمومی", languages=LANGUAGES, category_slug="media")
    hidden_person = factories.contact(
        public["fa-af"], key="hidden-person", name="شخص داخلی", name_latin="Hidden Person", phones=["+93700111222"]
    )
    shown_person = factories.contact(
        public["fa-af"],
        key="shown-person",
        name="شخص عمومی",
        name_latin="Shown Person",
        role_english="Spokesperson",
        visibility=Visibility.PUBLIC,
    )
    secret_person = factories.contact(internal["fa-af"], key="secret-person", visibility=Visibility.PUBLIC)
    return {
        "internal": internal,
        "public": public,
        "hidden": hidden_person,
        "shown": shown_person,
        "secret": secret_person,
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_internal_organisation_is_on_no_public_page(secret_world, directories, page_url, language):
    client = Client()
    base = page_url(directories[language])
    listing = client.get(base).content.decode()
    assert "secret-office" not in listing and SECRET not in listing
    assert "open-office" in listing
    searched = client.get(base, {"q": SECRET}).content.decode()
    assert "secret-office" not in searched
    category = client.get(base, {"category": "media"}).content.decode()
    assert "secret-office" not in category
    assert client.get(f"{base}secret-office/").status_code == 404
    assert client.get(f"{base}secret-office/vcard/").status_code == 404


@pytest.mark.parametrize("language", LANGUAGES)
def test_internal_contacts_never_reach_the_public_page_or_vcard(secret_world, directories, page_url, language):
    base = page_url(directories[language])
    client = Client()
    page = client.get(f"{base}open-office/").content.decode()
    vcard = client.get(f"{base}open-office/vcard/").content.decode("utf-8")
    for text in (page, vcard):
        assert "شخص داخلی" not in text and "Hidden Person" not in text and "+93700111222" not in text
        assert "۷۰۰" not in text or "+93700111222" not in text
    if language == "en":
        assert "Shown Person" in page and "Spokesperson" in page
        assert "شخص عمومی" not in page  # English readers get the Latin name only
    else:
        assert "شخص عمومی" in page


def test_sitemap_lists_public_organisations_only(secret_world):
    root = ET.fromstring(Client().get("/sitemap.xml").content)
    locations = [loc.text for loc in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert any("open-office" in location for location in locations)
    assert not any("secret-office" in location for location in locations)


def test_a_draft_organisation_is_not_public(directories, page_url):
    draft = factories.organisation(key="draft-office", live=False)
    assert Client().get(f"{page_url(directories['fa-af'])}draft-office/").status_code == 404
    assert draft["fa-af"].live is False


def test_vcard_is_utf8_with_names_intact(secret_world, directories, page_url):
    response = Client().get(f"{page_url(directories['fa-af'])}open-office/vcard/")
    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    text = response.content.decode("utf-8")
    assert text.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n")
    assert "FN:دفتر عمومی\r\n" in text
    assert "FN:شخص عمومی" in text
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
