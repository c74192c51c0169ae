"""An organisation's website and social accounts are links on its public
page: only web addresses (http, https) are accepted when typed or imported,
and anything else that is stored is never shown as a link (issue 11.7)."""

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from directory import factories
from directory.models import DirectoryImport, Organisation
from tests.support.users import make_user

pytestmark = pytest.mark.django_db

UNSAFE = [
    "javascript:alert(document.domain)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "https:alert(1)",
]
GOOD = "https://www.facebook.com/moci.af"


@pytest.fixture
def manager(client, db):
    client.force_login(make_user("links-manager", "Directory managers"))
    return client


def edit_data(client, organisation, **changes):
    url = f"/admin/snippets/directory/organisation/edit/{organisation.pk}/"
    data = querydict_from_html(client.get(url).content.decode(), form_id="w-editor-form")
    for key, value in changes.items():
        data[key] = value
    # Publish, so an accepted value would be on the live row at once.
    data["action-publish"] = "action-publish"
    return url, data


@pytest.mark.parametrize("address", UNSAFE)
def test_the_admin_refuses_an_address_that_is_not_a_web_address(manager, address):
    organisation = factories.organisation(key="links-office", social_accounts=[GOOD])["fa-af"]
    url, data = edit_data(manager, organisation, social_accounts=f"{GOOD}\n{address}")
    response = manager.post(url, data)
    assert response.status_code == 200  # the form again, with the message
    html = response.content.decode()
    assert "آدرس وب نیست" in html  # in the directory manager's Dari
    assert Organisation.objects.get(pk=organisation.pk).social_accounts == [GOOD]

    url, data = edit_data(manager, organisation, website=address)
    response = manager.post(url, data)
    assert response.status_code == 200
    assert Organisation.objects.get(pk=organisation.pk).website == ""


def test_the_admin_keeps_web_addresses(manager):
    organisation = factories.organisation(key="links-kept")["fa-af"]
    url, data = edit_data(
        manager, organisation, social_accounts=f"{GOOD}\nhttp://x.example/moci", website="https://moci.example.org"
    )
    response = manager.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    stored = Organisation.objects.get(pk=organisation.pk)
    assert stored.social_accounts == [GOOD, "http://x.example/moci"] and stored.website == "https://moci.example.org"


def test_a_stored_unsafe_address_is_never_a_link_on_the_public_page_or_in_the_vcard(demo_site):
    from directory.models import DirectoryPage

    directory = DirectoryPage.objects.get(locale__language_code="fa-af")
    organisation = factories.organisation(key="stored-unsafe")["fa-af"]
    # As if stored before validation existed, or by a path that skipped it.
    Organisation.objects.filter(pk=organisation.pk).update(
        website="javascript:alert(1)", social_accounts=[*UNSAFE, GOOD]
    )
    base = directory.url
    response = Client().get(f"{base}stored-unsafe/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'href="{GOOD}"' in html
    for address in UNSAFE + ["javascript:alert(1)"]:
        assert f'href="{address}"' not in html and address not in html, address
    assert "javascript:" not in html.lower()
    vcard = Client().get(f"{base}stored-unsafe/vcard/").content.decode()
    assert "javascript" not in vcard.lower() and "URL:" not in vcard


def test_an_import_row_with_an_unsafe_address_is_rejected_with_the_reason(manager):
    output = io.StringIO()
    writer = csv.writer(output)
    writer.writerow(["key", "category", "name_fa", "website", "social"])
    writer.writerow(["bad-link", "media", "نهاد", "", "javascript:alert(1)"])
    writer.writerow(["bad-site", "media", "نهاد دوم", "javascript:alert(1)", ""])
    writer.writerow(["good-link", "media", "نهاد سوم", "https://x.example", GOOD])
    upload = SimpleUploadedFile("links.csv", output.getvalue().encode(), content_type="text/csv")
    response = manager.post(reverse("directory_import"), {"kind": "organisations", "file": upload})
    assert response.status_code == 302
    rows = {row["key"]: row for row in DirectoryImport.objects.latest("created_at").rows}
    assert rows["bad-link"]["action"] == rows["bad-site"]["action"] == "reject"
    assert any("آدرس وب نیست" in reason for reason in rows["bad-link"]["reasons"])
    assert rows["good-link"]["action"] == "create"
