"""Answering an invitation without an account, through the signed link:
the answer is stored once per event and address, a full event puts new
answers on a waiting list, a cancellation moves the first on it up (by
e-mail), and every bad link or answer is a message in the reader's language
with a 4xx, changing nothing."""

import datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import mail
from django.utils import timezone

from press_events.factories import RsvpFactory
from press_events.models import Rsvp
from press_events.rsvp import make_rsvp_url, make_token
from tests.support.pages import html_of

pytestmark = pytest.mark.django_db

ANSWER = {
    "attending": "yes",
    "name": "Nazira Ahmadi",
    "outlet": "Kabul Business Weekly",
    "role": "Reporter",
    "crew": "2",
}


def _post(client, url, **changes):
    token = parse_qs(urlsplit(url).query)["t"][0]
    return client.post(urlsplit(url).path, {**ANSWER, **changes, "t": token})


def test_happy_path_in_the_invitees_language(client, make_event):
    event = make_event("en", capacity=20)
    url = make_rsvp_url(event, "Nazira@Example.org", name="Nazira Ahmadi", language="fa-af")
    assert url.startswith("http://testserver/fa-af/")

    page = client.get(url)
    assert page.status_code == 200
    assert 'lang="fa-af"' in html_of(page) and "Nazira Ahmadi" in html_of(page)
    assert "no-store" in page["Cache-Control"]

    answered = _post(client, url)
    assert answered.status_code == 200
    rsvp = Rsvp.objects.get(event_key=event.translation_key)
    assert (rsvp.email, rsvp.status, rsvp.crew, rsvp.language) == ("nazira@example.org", Rsvp.ATTENDING, 2, "fa-af")
    # Persian digits: "for 3 in all".
    assert "۳" in html_of(answered)


def test_answering_again_updates_the_one_answer(client, make_event):
    event = make_event("en", capacity=20)
    url = make_rsvp_url(event, "reporter@example.org", language="en")
    _post(client, url, crew="1")
    again = _post(client, url, attending="no", crew="0", outlet="Another outlet")
    assert again.status_code == 200
    rsvp = Rsvp.objects.get(event_key=event.translation_key)
    assert (rsvp.status, rsvp.outlet) == (Rsvp.DECLINED, "Another outlet")
    # The form shows the answer so far.
    assert "Not attending" in html_of(client.get(url))


def test_persian_digits_are_read_in_the_crew(client, make_event):
    event = make_event("en", capacity=20)
    _post(client, make_rsvp_url(event, "ps@example.org", language="ps"), crew="۳")
    assert Rsvp.objects.get(event_key=event.translation_key).crew == 3


def test_full_event_waiting_list_and_move_up_on_cancel(client, make_event, django_capture_on_commit_callbacks):
    event = make_event("en", capacity=4)
    first = make_rsvp_url(event, "first@example.org", language="en")
    assert _post(client, first, crew="2").status_code == 200  # 3 of 4 places

    waiting_url = make_rsvp_url(event, "second@example.org", language="ps")
    waiting = _post(client, waiting_url, crew="1")  # 2 more: does not fit
    assert waiting.status_code == 200
    assert Rsvp.objects.get(email="second@example.org").status == Rsvp.WAITING
    assert "۱" in html_of(waiting)  # number 1 on the waiting list, in Persian digits

    third = _post(client, make_rsvp_url(event, "third@example.org", language="en"), crew="0")  # 1 fits, but a queue
    assert Rsvp.objects.get(email="third@example.org").status == Rsvp.WAITING
    assert "number 2" in html_of(third)

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert _post(client, first, attending="no", crew="0").status_code == 200
    statuses = dict(Rsvp.objects.filter(event_key=event.translation_key).values_list("email", "status"))
    assert statuses == {
        "first@example.org": Rsvp.DECLINED,
        "second@example.org": Rsvp.ATTENDING,
        "third@example.org": Rsvp.ATTENDING,
    }
    assert sorted(message.to[0] for message in mail.outbox) == ["second@example.org", "third@example.org"]
    to_second = next(message for message in mail.outbox if message.to == ["second@example.org"])
    assert to_second.attachments[0][0].endswith(".ics")
    assert "/ps/" in to_second.body  # the link to change the answer, in Pashto


def test_an_attendee_cannot_grow_past_capacity(client, make_event):
    event = make_event("en", capacity=4)
    RsvpFactory(event=event, crew=1)  # 2 places
    url = make_rsvp_url(event, "me@example.org", language="en")
    _post(client, url, crew="1")  # 2 more: full
    refused = _post(client, url, crew="3")
    assert refused.status_code == 409
    assert "Your previous answer is kept" in html_of(refused)
    assert Rsvp.objects.get(email="me@example.org").crew == 1


def test_a_party_larger_than_the_event_is_refused(client, make_event):
    event = make_event("en", capacity=2)
    refused = _post(client, make_rsvp_url(event, "big@example.org", language="en"), crew="5")
    assert refused.status_code == 409
    assert not Rsvp.objects.filter(event_key=event.translation_key).exists()


@pytest.mark.parametrize("crew", ["11", "-1", "lots", "۱۲"])
def test_crew_out_of_range(client, make_event, crew):
    event = make_event("en", capacity=20)
    response = _post(client, make_rsvp_url(event, "crew@example.org", language="fa-af"), crew=crew)
    assert response.status_code == 400
    assert 'lang="fa-af"' in html_of(response)
    assert not Rsvp.objects.filter(event_key=event.translation_key).exists()


def test_after_the_deadline(client, make_event):
    event = make_event("en", rsvp_deadline=timezone.now() - datetime.timedelta(hours=1))
    url = make_rsvp_url(event, "late@example.org", language="en")
    assert client.get(url).status_code == 403
    response = _post(client, url)
    assert response.status_code == 403
    assert "closed on" in html_of(response)
    assert not Rsvp.objects.filter(event_key=event.translation_key).exists()


def test_expired_link_once_the_event_has_started(client, make_event):
    event = make_event("en", start=timezone.now() - datetime.timedelta(minutes=5))
    response = _post(client, make_rsvp_url(event, "gone@example.org", language="en"))
    assert response.status_code == 410
    assert "expired" in html_of(response)
    assert not Rsvp.objects.filter(event_key=event.translation_key).exists()


def test_tampered_links(client, make_event):
    event = make_event("en")
    url = make_rsvp_url(event, "me@example.org", language="en")
    path, token = urlsplit(url).path, parse_qs(urlsplit(url).query)["t"][0]
    for bad in [token[:-2] + ("AA" if not token.endswith("AA") else "BB"), "", "nonsense", token.replace(":", ".")]:
        response = client.get(path, {"t": bad})
        assert response.status_code == 400, bad
        assert "not valid" in html_of(response)
    assert client.get(path).status_code == 400
    assert client.post(path, {**ANSWER, "t": "nonsense"}).status_code == 400
    assert not Rsvp.objects.filter(event_key=event.translation_key).exists()


def test_unknown_event(client, make_event, event_indexes):
    token = make_token(type("Gone", (), {"pk": 987654321})(), "me@example.org")
    response = client.get(event_indexes["fa-af"].url + "rsvp/", {"t": token})
    assert response.status_code == 404
    assert 'lang="fa-af"' in html_of(response)


def test_an_unpublished_event_is_unknown(client, make_event):
    event = make_event("en")
    url = make_rsvp_url(event, "me@example.org", language="en")
    event.unpublish()
    assert _post(client, url).status_code == 404


def test_answer_pages_are_never_kept_by_the_page_cache(client, make_event):
    event = make_event("en")
    url = make_rsvp_url(event, "me@example.org", language="en")
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    # The section's address without the token is no answer page either.
    assert client.get(urlsplit(url).path).status_code == 400
