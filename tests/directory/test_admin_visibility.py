"""Internal organisations and every contact person exist in the admin only
for directory managers and directors: no admin screen, chooser, bulk action,
report or API gives an editor or a translator their names (issue 11.5).

The snippet screens are enumerated from the viewsets' own URL patterns, so a
screen Wagtail adds on an upgrade is tested too."""

import json

import pytest
from django.urls import reverse
from wagtail.log_actions import log
from wagtail.models import Locale, ReferenceIndex
from wagtail_localize.models import Translation, TranslationSource

from directory import factories
from directory.models import ContactPerson, Organisation, Visibility
from tests.support.users import make_user

pytestmark = pytest.mark.django_db

ROLES = {
    "editor": "Editors",
    "translator": "Translators",
    "director": "Directors",
    "manager": "Directory managers",
}
SEES_INTERNAL = {"director", "manager"}
SECRET_ORGANISATION = "نهاد سری‌نما"
SECRET_CONTACT = "شخص سری‌نما"
PUBLIC_ORGANISATION = "نهاد آشکار"


@pytest.fixture
def secrets(db):
    organisation = factories.organisation(
        key="hidden-office", name=SECRET_ORGANISATION, visibility=Visibility.INTERNAL, languages=("fa-af", "en")
    )["fa-af"]
    public = factories.organisation(key="open-office", name=PUBLIC_ORGANISATION)["fa-af"]
    contact = factories.contact(public, key="hidden-person", name=SECRET_CONTACT, name_latin="Hidden Person")
    revision = organisation.save_revision()
    log(organisation, "wagtail.edit")
    log(contact, "wagtail.edit")
    ReferenceIndex.create_or_update_for_object(organisation)
    source, _created = TranslationSource.get_or_create_from_instance(organisation)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="ps"), enabled=True
    )
    return {
        "organisation": organisation,
        "public": public,
        "contact": contact,
        "revision": revision,
        "translation": translation,
        "source": source,
    }


def leaks(response, *secrets):
    body = response.content.decode("utf-8-sig", errors="replace")
    # JSON answers may escape non-ASCII letters.
    return [secret for secret in secrets if secret in body or json.dumps(secret)[1:-1] in body]


def login(client, role):
    client.force_login(make_user(f"vis-{role}", ROLES[role]))
    return client


def snippet_urls(model, pk, revision_id):
    """Every address of the model's snippet viewset and chooser about one object."""
    viewset = model.snippet_viewset
    urls = []
    for pattern in viewset.get_urlpatterns():
        keys = set(getattr(pattern.pattern, "converters", {})) or set(pattern.pattern.regex.groupindex)
        if "pk" not in keys:
            continue
        values = {"pk": pk, "revision_id": revision_id, "revision_id_a": "earliest", "revision_id_b": "latest"}
        urls.append(reverse(viewset.get_url_name(pattern.name), kwargs={key: values[key] for key in keys}))
    chooser = viewset.chooser_viewset
    urls += [
        reverse(f"{chooser.name}:chosen", args=[pk]),
        reverse(f"{chooser.name}:chosen_multiple") + f"?id={pk}",
    ]
    return urls


@pytest.mark.parametrize("role", list(ROLES))
def test_no_screen_about_an_internal_organisation_opens_for_those_who_may_not_see_it(client, secrets, role):
    client = login(client, role)
    organisation = secrets["organisation"]
    urls = snippet_urls(Organisation, organisation.pk, secrets["revision"].pk)
    assert len(urls) >= 10, urls  # edit, delete, usage, history, revisions, chooser…
    for url in urls:
        response = client.get(url)
        if role in SEES_INTERNAL:
            assert response.status_code < 500, (url, response.status_code)
        else:
            assert not leaks(response, SECRET_ORGANISATION, "hidden-office"), url
            # (Choosing several answers with the ones the user may choose: none.)
            assert response.status_code in (302, 403, 404) or "chosen-multiple" in url, (url, response.status_code)


@pytest.mark.parametrize("role", list(ROLES))
def test_no_screen_about_a_contact_opens_for_those_who_may_not_see_contacts(client, secrets, role):
    client = login(client, role)
    for url in snippet_urls(ContactPerson, secrets["contact"].pk, None):
        response = client.get(url)
        if role in SEES_INTERNAL:
            assert response.status_code < 500, (url, response.status_code)
        else:
            assert not leaks(response, SECRET_CONTACT, "hidden-person"), url
            # (Choosing several answers with the ones the user may choose: none.)
            assert response.status_code in (302, 403, 404) or "chosen-multiple" in url, (url, response.status_code)


def lists_and_reports(secrets):
    organisation, contact = secrets["organisation"], secrets["contact"]
    category = organisation.category
    return [
        "/admin/snippets/directory/organisation/?q=سری",
        "/admin/snippets/directory/organisation/results/?q=hidden",
        "/admin/snippets/choose/directory/organisation/?q=hidden",
        "/admin/snippets/choose/directory/organisation/results/?q=سری",
        "/admin/snippets/choose/directory/organisation/results/?p=1",
        f"/admin/snippets/directory/category/usage/{category.pk}/",
        "/admin/reports/site-history/",
        "/admin/reports/site-history/results/?label=سری",
        f"/admin/bulk/directory/organisation/delete/?id={organisation.pk}",
        f"/admin/bulk/directory/organisation/make_public/?id={organisation.pk}",
        "/admin/bulk/directory/organisation/make_internal/?id=all",
        f"/admin/bulk/directory/contactperson/delete/?id={contact.pk}",
        f"/admin/bulk/directory/contactperson/make_public/?id={contact.pk}",
        "/admin/localize/api/snippets/directory/organisation/",
        f"/admin/localize/api/snippets/directory/organisation/{organisation.pk}/",
        "/admin/localize/api/snippets/directory/contactperson/",
        f"/admin/localize/api/snippets/directory/contactperson/{contact.pk}/",
        f"/admin/localize/submit/snippet/directory/organisation/{organisation.pk}/",
        f"/admin/localize/update/{secrets['source'].pk}/",
        f"/admin/localize/translate/{secrets['translation'].pk}/pofile/download/",
        "/admin/localize/reports/translations/",
        "/admin/api/main/pages/",
        "/admin/api/main/documents/",
        "/admin/api/main/images/",
    ]


@pytest.mark.parametrize("role", ["editor", "translator"])
def test_no_listing_report_or_api_names_what_the_user_may_not_see(client, secrets, role):
    client = login(client, role)
    for url in lists_and_reports(secrets):
        response = client.get(url)
        assert response.status_code < 500, (url, response.status_code)
        assert not leaks(response, SECRET_ORGANISATION, SECRET_CONTACT, "hidden-office", "hidden-person"), url


@pytest.mark.parametrize("role", sorted(SEES_INTERNAL))
def test_directory_managers_and_directors_still_find_everything(client, secrets, role):
    client = login(client, role)
    for url, secret in [
        ("/admin/snippets/directory/organisation/?q=hidden", SECRET_ORGANISATION),
        (f"/admin/snippets/choose/directory/organisation/chosen/{secrets['organisation'].pk}/", SECRET_ORGANISATION),
        (f"/admin/snippets/directory/organisation/history/{secrets['organisation'].pk}/", SECRET_ORGANISATION),
        ("/admin/reports/site-history/results/?label=سری", SECRET_ORGANISATION),
        ("/admin/localize/api/snippets/directory/contactperson/", SECRET_CONTACT),
        (f"/admin/snippets/directory/contactperson/edit/{secrets['contact'].pk}/", SECRET_CONTACT),
    ]:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        assert leaks(response, secret), url


def test_editors_and_translators_keep_the_public_organisations(client, secrets):
    for role in ("editor", "translator"):
        response = login(client, role).get("/admin/localize/api/snippets/directory/organisation/?limit=500")
        assert response.status_code == 200
        titles = {item["title"] for item in response.json()}
        assert PUBLIC_ORGANISATION in titles and SECRET_ORGANISATION not in titles
        response = client.get(f"/admin/snippets/choose/directory/organisation/chosen/{secrets['public'].pk}/")
        assert response.status_code == 200 and leaks(response, PUBLIC_ORGANISATION)


def test_a_translator_cannot_change_an_organisations_visibility(client, secrets):
    public = secrets["public"]
    client = login(client, "translator")
    client.post(f"/admin/bulk/directory/organisation/make_internal/?id={public.pk}")
    assert Organisation.objects.get(pk=public.pk).visibility == Visibility.PUBLIC
