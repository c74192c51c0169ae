"""Directory managers and directors manage the directory; editors see its
organisations but no contact; translators translate organisations only;
internal contacts reach nobody else by any admin address."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory import factories
from directory.models import Visibility
from tests.support.users import make_user

pytestmark = pytest.mark.django_db

ROLES = {
    "editor": "Editors",
    "translator": "Translators",
    "director": "Directors",
    "manager": "Directory managers",
}


@pytest.fixture
def world(db):
    organisation = factories.organisation(key="perm-office", languages=("fa-af",))["fa-af"]
    internal_contact = factories.contact(organisation, key="perm-internal", name="تماس محرمانه")
    public_contact = factories.contact(organisation, key="perm-public", visibility=Visibility.PUBLIC)
    return {"organisation": organisation, "internal": internal_contact, "public": public_contact}


def client_for(client, role):
    client.force_login(make_user(f"dir-{role}", ROLES[role]))
    return client


EXPECTED = {
    # (what, url template): roles that get a 200
    ("organisation list", "/admin/snippets/directory/organisation/"): {"editor", "translator", "director", "manager"},
    ("organisation edit", "/admin/snippets/directory/organisation/edit/{organisation}/"): {"director", "manager"},
    ("organisation add", "/admin/snippets/directory/organisation/add/"): {"director", "manager"},
    ("contact list", "/admin/snippets/directory/contactperson/"): {"director", "manager"},
    ("internal contact edit", "/admin/snippets/directory/contactperson/edit/{internal}/"): {"director", "manager"},
    ("contact chooser", "/admin/snippets/choose/directory/contactperson/"): {"director", "manager"},
    ("import", "/admin/directory/import/"): {"director", "manager"},
    ("export form", "/admin/directory/export/"): {"editor", "director", "manager"},
}


@pytest.mark.parametrize("role", list(ROLES))
@pytest.mark.parametrize(("what", "url"), list(EXPECTED))
def test_directory_admin_permissions(client, world, role, what, url):
    url = url.format(organisation=world["organisation"].pk, internal=world["internal"].pk)
    response = client_for(client, role).get(url)
    allowed = response.status_code == 200
    assert allowed == (
        role
        in EXPECTED[
            (
                what,
                url.split("?")[0]
                .replace(str(world["organisation"].pk), "{organisation}")
                .replace(str(world["internal"].pk), "{internal}"),
            )
        ]
    ), (what, role, response.status_code)


@pytest.mark.parametrize("role", ["editor", "translator"])
def test_no_internal_contact_in_anything_an_editor_or_translator_can_open(client, world, role):
    client = client_for(client, role)
    for url in (
        "/admin/snippets/directory/contactperson/",
        f"/admin/snippets/directory/contactperson/inspect/{world['internal'].pk}/",
        "/admin/snippets/choose/directory/contactperson/",
        "/admin/snippets/choose/directory/contactperson/results/",
        "/admin/api/main/pages/",
        "/admin/directory/export/?kind=contacts&file_format=csv",
        "/admin/directory/export/?kind=organisations&file_format=csv",
    ):
        response = client.get(url)
        body = response.content.decode("utf-8-sig", errors="replace")
        assert "تماس محرمانه" not in body and "perm-internal" not in body, url


def test_the_public_listing_makes_the_same_number_of_queries_for_few_or_many(
    client, directories, page_url, uncached_pages
):
    url = page_url(directories["fa-af"])
    client.get(url)
    with CaptureQueriesContext(connection) as before:
        client.get(url)
    for number in range(30):
        factories.organisation(key=f"count-{number}", category_slug="media")
    client.get(url)
    with CaptureQueriesContext(connection) as after:
        client.get(url)
    assert len(after) == len(before), (len(before), len(after))
    assert len(after) <= 16
