"""The press office's screens, as each role uses them (Django test client)."""

import csv
import io

import pytest
from django.urls import reverse

from directory import factories as directory_factories
from media_relations import actions
from media_relations.messages import unsubscribe_token
from media_relations.models import Mailing, Suppression, SuppressionRestored

pytestmark = pytest.mark.django_db


def signed_in(client, user):
    client.force_login(user)
    return client


def refused(response):
    """Wagtail's admin answers a refusal with a redirect to the dashboard and
    a message (or a 403 outside its views)."""
    return response.status_code == 403 or (response.status_code == 302 and response.url == "/admin/")


def test_an_editor_prepares_and_submits_and_a_director_approves(client, statement, media_list, people):
    editor = signed_in(client, people["editor"])
    response = editor.post(
        reverse("media_relations_mailing_create"),
        {"page": statement.pk, "lists": [media_list.pk], "note": "یادداشت"},
    )
    assert response.status_code == 302
    mailing = Mailing.objects.get(created_by=people["editor"])
    detail = editor.get(reverse("media_relations_mailing", args=[mailing.pk])).content.decode()
    # Who will receive it, counted per language, names only for an editor.
    assert "۳" in detail and "دری" in detail and "پښتو" in detail
    assert "@example.org" not in detail
    assert "not an address" not in detail  # the invalid address is listed by name, never shown to an editor
    assert refused(editor.post(reverse("media_relations_mailing_approve", args=[mailing.pk])))
    editor.post(reverse("media_relations_mailing_submit", args=[mailing.pk]))
    assert Mailing.objects.get(pk=mailing.pk).status == Mailing.Status.SUBMITTED

    director = signed_in(client, people["director"])
    detail = director.get(reverse("media_relations_mailing", args=[mailing.pk])).content.decode()
    assert "dari@example.org" in detail  # a director sees the addresses
    assert "not an address" in detail
    response = director.post(reverse("media_relations_mailing_approve", args=[mailing.pk]), follow=True)
    assert response.status_code == 200
    assert Mailing.objects.get(pk=mailing.pk).status == Mailing.Status.APPROVED
    assert mailing.deliveries.count() == 3
    # A double click: refused with a message, nothing doubled.
    again = director.post(reverse("media_relations_mailing_approve", args=[mailing.pk]), follow=True)
    assert again.status_code == 200 and "دوباره" in again.content.decode()
    assert mailing.deliveries.count() == 3


def test_bad_input_to_the_mailing_form_is_a_400_with_the_reason(client, people, media_list, statement):
    editor = signed_in(client, people["editor"])
    assert editor.post(reverse("media_relations_mailing_create"), {"page": "x", "lists": ["y"]}).status_code == 400
    statement.unpublish()
    response = editor.post(reverse("media_relations_mailing_create"), {"page": statement.pk, "lists": [media_list.pk]})
    assert response.status_code == 400 and "نشرشده" in response.content.decode()
    assert not Mailing.objects.filter(created_by=people["editor"]).exists()


def test_progress_is_a_small_json(client, statement, media_list, people):
    mailing = actions.prepare(statement, [media_list], people["editor"])
    actions.submit(mailing, people["editor"])
    actions.approve(mailing, people["director"])
    data = (
        signed_in(client, people["editor"]).get(reverse("media_relations_mailing_progress", args=[mailing.pk])).json()
    )
    assert data["total"] == 3 and data["counts"]["queued"] == 3 and data["percent"] == 0


def test_the_delivery_log_exports_without_formulas_and_addresses_only_for_directors(client, statement, people):
    outlet = directory_factories.organisation(category_slug="media", name='=HYPERLINK("http://evil")')["fa-af"]
    directory_factories.contact(outlet, name="=cmd|' /C calc'!A0", emails=["formula@example.org"])
    hostile = media_list_of(outlet)
    mailing = actions.prepare(statement, [hostile], people["editor"])
    actions.submit(mailing, people["editor"])
    actions.approve(mailing, people["director"])
    url = reverse("media_relations_mailing_export", args=[mailing.pk, "csv"])
    rows = list(csv.reader(io.StringIO(signed_in(client, people["director"]).get(url).content.decode("utf-8-sig"))))
    assert rows[1][0].startswith("'=") and rows[1][1].startswith("'=")
    assert rows[1][2] == "formula@example.org"
    rows = list(csv.reader(io.StringIO(signed_in(client, people["editor"]).get(url).content.decode("utf-8-sig"))))
    assert rows[1][2] == ""
    assert client.get(reverse("media_relations_mailing_export", args=[mailing.pk, "pdf"])).status_code == 404


def media_list_of(outlet):
    from media_relations.models import DistributionList

    distribution_list = DistributionList.objects.create(name=f"list {outlet.pk}")
    distribution_list.organisations.add(outlet)
    return distribution_list


def test_who_may_see_what(client, people, media_list):
    members_url = reverse("media_relations_list_members", args=[media_list.pk])
    assert client.get(members_url).status_code == 302  # to the sign-in page
    translator = signed_in(client, people["translator"])
    # A translator reaches none of it: the screens, a mailing's progress and its delivery log.
    hidden = [
        reverse("media_relations_mailing_progress", args=[1]),
        reverse("media_relations_mailing_export", args=[1, "csv"]),
    ]
    for url in (members_url, reverse("media_relations_mailings"), reverse("media_relations_suppressions"), *hidden):
        assert refused(translator.get(url)), url
    editor = signed_in(client, people["editor"])
    page = editor.get(members_url).content.decode()
    assert "@example.org" not in page and "شخص آزمایشی" in page
    assert refused(editor.get(reverse("media_relations_suppressions")))
    manager = signed_in(client, people["directory_manager"])
    assert "pashto@example.org" in manager.get(members_url).content.decode()


def test_a_directory_manager_restores_a_suppressed_address_with_a_reason(client, people):
    suppression = Suppression.objects.create(email="back@example.org", reason=Suppression.Reason.BOUNCED)
    manager = signed_in(client, people["directory_manager"])
    url = reverse("media_relations_restore_suppression", args=[suppression.pk])
    manager.post(url, {"why": ""})
    assert Suppression.objects.filter(pk=suppression.pk).exists()  # no reason, no restoring
    manager.post(url, {"why": "The outlet fixed its mail server"})
    assert not Suppression.objects.filter(pk=suppression.pk).exists()
    assert SuppressionRestored.objects.get().restored_by == people["directory_manager"]
    assert refused(signed_in(client, people["editor"]).post(url, {"why": "because"}))
    assert not SuppressionRestored.objects.filter(why="because").exists()


def test_one_click_unsubscribe_without_an_account(client):
    token = unsubscribe_token("Reader@Example.org", 1, "ps")
    url = reverse("media_relations_unsubscribe", args=[token])
    page = client.get(url)
    assert page.status_code == 200 and 'dir="rtl"' in page.content.decode() and 'lang="ps"' in page.content.decode()
    assert not Suppression.objects.exists()  # looking is not leaving
    # What a mail provider sends (RFC 8058): a POST with no cookie and no CSRF token.
    from django.test import Client

    provider = Client(enforce_csrf_checks=True)
    response = provider.post(url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    assert Suppression.objects.get().email == "reader@example.org"
    assert Suppression.objects.get().reason == Suppression.Reason.UNSUBSCRIBED


# Named ids: the signed token carries a timestamp, and test processes that
# collected it in different seconds would disagree on the test's name.
@pytest.mark.parametrize(
    "token",
    ["nonsense", unsubscribe_token("a@example.org", 1, "fa-af")[:-3] + "abc"],
    ids=["not-a-token", "signature-altered"],
)
def test_a_tampered_unsubscribe_link_is_a_400_that_says_so(client, token):
    response = client.post(reverse("media_relations_unsubscribe", args=[token]))
    assert response.status_code == 400
    assert "معتبر نیست" in response.content.decode()
    assert not Suppression.objects.exists()


def test_the_lists_screen_leads_to_who_is_on_each_list(client, people, media_list):
    listing = signed_in(client, people["editor"]).get(reverse("wagtailsnippets_media_relations_distributionlist:list"))
    assert listing.status_code == 200
    assert reverse("media_relations_list_members", args=[media_list.pk]) in listing.content.decode()


def test_directors_set_the_rate_and_the_language_fallback_and_nonsense_is_refused(client, people):
    from media_relations.models import SendingSettings

    url = reverse("wagtailsnippets_media_relations_sendingsettings:add")
    assert refused(signed_in(client, people["editor"]).get(url))
    director = signed_in(client, people["director"])
    response = director.post(url, {"messages_per_minute": "600", "fallback_order": '{"ps": ["xx"]}'})
    assert response.status_code == 200 and not SendingSettings.objects.exists()
    assert "fa-af, ps, en" in response.content.decode()
    director.post(url, {"messages_per_minute": "600", "fallback_order": '{"en": ["ps", "fa-af"]}'})
    assert SendingSettings.current().fallbacks("en") == ["en", "ps", "fa-af"]
