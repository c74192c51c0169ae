"""An event written in the admin: entered in Kabul time, stored in UTC, with
its languages ticked; saved as a draft that waits for a director."""

import datetime
import re

import pytest
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from press_events.models import PressEventPage
from tests.support.users import make_user

pytestmark = pytest.mark.django_db


def _form(**changes):
    data = nested_form_data(
        {
            "title": "نشست خبری نوشته‌شده در اداره",
            "slug": "admin-written-event",
            "kind": "press_conference",
            "start": "2027-03-21 10:00",
            "end": "",
            "rsvp_deadline": "2027-03-19 16:00",
            "summary": "خلاصه",
            "venue": "تالار مطبوعاتی",
            "address": "سرک دارالامان، کابل",
            "capacity": "40",
            "description": streamfield([("paragraph", rich_text("<p>متن</p>"))]),
            "seo_title": "",
            "search_description": "",
            **changes,
        }
    )
    data["languages_spoken"] = ["fa-af", "en"]  # ticked boxes, which nested_form_data would number
    return data


def test_an_editor_writes_an_event_in_kabul_time(client, event_indexes):
    client.force_login(make_user("ev-editor", "Editors"))
    index = event_indexes["fa-af"]
    assert client.get(f"/admin/pages/add/press_events/presseventpage/{index.pk}/").status_code == 200
    response = client.post(f"/admin/pages/add/press_events/presseventpage/{index.pk}/", _form())
    assert response.status_code == 302, response.content.decode()[:3000]
    page = PressEventPage.objects.get(slug="admin-written-event")
    assert not page.live  # waits for a director
    event = page.get_latest_revision_as_object()
    assert event.start == datetime.datetime(2027, 3, 21, 5, 30, tzinfo=datetime.UTC)
    assert event.languages_spoken == "fa-af,en"
    edit = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    boxes = {
        value: "checked" in tag
        for tag, value in re.findall(r'(<input[^>]*name="languages_spoken"[^>]*value="([^"]+)"[^>]*>)', edit)
    }
    assert boxes == {"fa-af": True, "ps": False, "en": True}


def test_an_event_that_ends_before_it_starts_is_refused(client, event_indexes):
    client.force_login(make_user("ev-editor-2", "Editors"))
    index = event_indexes["fa-af"]
    response = client.post(
        f"/admin/pages/add/press_events/presseventpage/{index.pk}/",
        _form(end="2027-03-21 09:00", slug="backwards-event"),
    )
    assert response.status_code == 200
    assert not PressEventPage.objects.filter(slug="backwards-event").exists()
