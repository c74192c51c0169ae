"""A mailing from preparation to the recipients' inboxes, on a real SMTP
server, sent batch by batch as a worker does (the worker process itself:
test_workers.py)."""

import pytest
from django.core import mail as django_mail
from django.utils import timezone

from media_relations import actions, sending
from media_relations.models import Delivery, Mailing, Suppression
from tests.support.smtp import html_part, text_part

pytestmark = pytest.mark.django_db


def approved_mailing(statement, media_list, people, note=""):
    mailing = actions.prepare(statement, [media_list], people["editor"], note=note)
    actions.submit(mailing, people["editor"])
    mailing, _queued = actions.approve(mailing, people["director"])
    return mailing


def send_all(mailing):
    while sending.send_batch(mailing.pk, batch=10):
        pass
    return Mailing.objects.get(pk=mailing.pk)


def test_each_recipient_gets_one_message_in_their_language_and_direction(statement, media_list, people, smtp):
    mailing = send_all(approved_mailing(statement, media_list, people, note="با احترام، ریاست اطلاعات"))

    assert mailing.status == Mailing.Status.SENT
    received = smtp.sink.by_recipient()
    # Three valid addresses (one written twice in another case): one message each.
    assert sorted(received) == ["dari@example.org", "english@example.org", "pashto@example.org"]
    assert all(len(messages) == 1 for messages in received.values())

    dari, pashto, english = (received[f"{name}@example.org"][0] for name in ("dari", "pashto", "english"))
    assert dari["Subject"] == "اعلامیه صادرات قالین"
    assert pashto["Subject"].strip().startswith("[ps] ") and english["Subject"].strip().startswith("[en] ")
    assert 'dir="rtl"' in html_part(dari) and 'lang="fa-af"' in html_part(dari)
    assert 'dir="rtl"' in html_part(pashto) and 'lang="ps"' in html_part(pashto)
    assert 'dir="ltr"' in html_part(english) and 'lang="en"' in html_part(english)
    assert "با احترام، ریاست اطلاعات" in text_part(dari)
    # The page's link, in the recipient's language.
    assert "/en/" in text_part(english) and "/ps/" in text_part(pashto)
    # One-click unsubscribe (RFC 8058), no tracking.
    for message in (dari, pashto, english):
        assert message["List-Unsubscribe"].strip().startswith("<http")
        assert "/mail/unsubscribe/" in message["List-Unsubscribe"]
        assert message["List-Unsubscribe-Post"].strip() == "List-Unsubscribe=One-Click"
        assert "<img" not in html_part(message)
    # The delivery log says which language went, and the broken address never got a row.
    log = {delivery.email: delivery for delivery in mailing.deliveries.all()}
    assert {address: row.language for address, row in log.items()} == {
        "dari@example.org": "fa-af",
        "pashto@example.org": "ps",
        "english@example.org": "en",
    }
    assert all(row.status == Delivery.Status.SENT and row.message_id for row in log.values())


def test_a_missing_translation_falls_back_in_the_ministrys_order(statement_index, media_list, people, smtp):
    from pressroom import factories

    dari_only = factories.StatementPageFactory(parent=statement_index, title="فقط به دری", slug="dari-only")
    mailing = send_all(approved_mailing(dari_only, media_list, people))
    log = {delivery.email: delivery.language for delivery in mailing.deliveries.all()}
    # Pashto -> Dari, English -> Dari (default order).
    assert log == {"dari@example.org": "fa-af", "pashto@example.org": "fa-af", "english@example.org": "fa-af"}
    english = smtp.sink.by_recipient()["english@example.org"][0]
    assert 'dir="rtl"' in html_part(english)


def test_sending_again_sends_nothing_twice(statement, media_list, people, smtp):
    mailing = send_all(approved_mailing(statement, media_list, people))
    assert sending.send_batch(mailing.pk) == 0
    assert len(smtp.sink.received()) == 3


def test_a_temporary_refusal_is_retried_and_delivered(statement, media_list, people, smtp, monkeypatch):
    smtp.sink.temporary["pashto@example.org"] = 1
    mailing = approved_mailing(statement, media_list, people)
    send_all(mailing)
    row = mailing.deliveries.get(email="pashto@example.org")
    assert row.status == Delivery.Status.QUEUED and row.last_error.startswith("451")
    assert row.next_attempt_at > timezone.now()
    # Its time comes: the next batch delivers it.
    Delivery.objects.filter(pk=row.pk).update(next_attempt_at=timezone.now())
    assert send_all(mailing).status == Mailing.Status.SENT
    assert Delivery.objects.get(pk=row.pk).status == Delivery.Status.SENT
    assert len(smtp.sink.by_recipient()["pashto@example.org"]) == 1


def test_a_permanent_refusal_bounces_the_address_and_suppresses_it(statement, media_list, people, smtp):
    smtp.sink.permanent.add("english@example.org")
    mailing = send_all(approved_mailing(statement, media_list, people))
    assert mailing.status == Mailing.Status.SENT
    assert mailing.deliveries.get(email="english@example.org").status == Delivery.Status.BOUNCED
    assert Suppression.objects.get(email="english@example.org").reason == Suppression.Reason.BOUNCED
    # Never written to again, from any list.
    second = send_all(approved_mailing(statement, media_list, people))
    assert not second.deliveries.filter(email="english@example.org").exists()
    assert "english@example.org" not in smtp.sink.by_recipient()


def test_a_mail_server_that_is_down_pauses_the_mailing_and_nothing_is_lost(statement, media_list, people, smtp):
    mailing = approved_mailing(statement, media_list, people)
    smtp.stop()
    with pytest.raises(sending.MailServerUnreachable):
        sending.send_batch(mailing.pk)
    mailing.refresh_from_db()
    assert mailing.status == Mailing.Status.PAUSED and mailing.paused_reason
    assert mailing.deliveries.filter(status=Delivery.Status.QUEUED).count() == 3
    assert sending.due_mailings() == [mailing.pk]
    smtp.start()
    assert send_all(mailing).status == Mailing.Status.SENT
    assert len(smtp.sink.received()) == 3


def test_two_claims_never_take_the_same_rows(statement, media_list, people):
    mailing = approved_mailing(statement, media_list, people)
    first = sending.claim(mailing.pk, batch=2, worker="a")
    second = sending.claim(mailing.pk, batch=2, worker="b")
    assert len(first) == 2 and len(second) == 1
    assert not {row.pk for row in first} & {row.pk for row in second}
    assert sending.claim(mailing.pk, batch=2, worker="c") == []


def test_under_embargo_the_message_says_until_when_in_both_calendars(statement_index, media_list, people, smtp):
    from pressroom import factories

    page = factories.StatementPageFactory(parent=statement_index, title="اعلامیه آینده", slug="future", draft=True)
    revision = page.latest_revision
    revision.approved_go_live_at = timezone.now() + timezone.timedelta(days=1)
    revision.save()
    # (what the director's scheduled approval leaves: the page goes live then)
    mailing = actions.prepare(page, [media_list], people["editor"], embargo=True)
    assert mailing.embargo_until == revision.approved_go_live_at
    actions.submit(mailing, people["editor"])
    send_all(actions.approve(mailing, people["director"])[0])
    dari = smtp.sink.by_recipient()["dari@example.org"][0]
    text = text_part(dari)
    assert "کابل" in text and "۱۴۰۵" in text  # Kabul time, Solar Hijri, Persian digits
    assert "December" in text or "January" in text or "November" in text  # the Gregorian date beside it
    assert "کابل" in dari["Subject"]


def test_refusals_say_why_and_change_nothing(statement, media_list, people, smtp):
    empty = media_list.__class__.objects.create(name="Nobody")
    mailing = actions.prepare(statement, [empty], people["editor"])
    with pytest.raises(actions.MailingRefused):
        actions.submit(mailing, people["editor"])
    assert Mailing.objects.get(pk=mailing.pk).status == Mailing.Status.DRAFT

    mailing = actions.prepare(statement, [media_list], people["editor"])
    with pytest.raises(actions.MailingRefused):
        actions.approve(mailing, people["director"])  # not submitted yet
    actions.submit(mailing, people["editor"])
    with pytest.raises(actions.MailingRefused):
        actions.approve(mailing, people["editor"])  # not a director
    statement.unpublish()
    with pytest.raises(actions.MailingRefused) as refusal:
        actions.approve(mailing, people["director"])
    assert statement.title in refusal.value.message
    assert Mailing.objects.get(pk=mailing.pk).status == Mailing.Status.SUBMITTED
    assert not mailing.deliveries.exists() and not django_mail.outbox


def test_an_invitation_gives_each_journalist_a_reply_link_of_their_own_and_the_ics(media_list, people, smtp, client):
    import datetime

    from press_events.factories import PressEventPageFactory
    from press_events.models import PressEventIndexPage

    section = PressEventIndexPage.objects.get(locale__language_code="fa-af")
    event = PressEventPageFactory(
        parent=section, title="کنفرانس مطبوعاتی", start=timezone.now() + datetime.timedelta(days=7)
    )
    send_all(approved_mailing(event, media_list, people))
    links = {}
    for address, messages in smtp.sink.by_recipient().items():
        message = messages[0]
        text = text_part(message)
        links[address] = next(word for word in text.split() if "?t=" in word)
        assert any(part.get_content_type() == "text/calendar" for part in message.iter_attachments())
    assert len(set(links.values())) == 3  # one link per journalist
    form = client.get(links["dari@example.org"].replace("https://testserver", "").replace("http://testserver", ""))
    assert form.status_code == 200 and 'dir="rtl"' in form.content.decode()


def test_the_rate_limit_holds_a_worker_once_the_minutes_messages_are_used(
    statement, media_list, people, smtp, monkeypatch
):
    from media_relations.models import SendingSettings

    SendingSettings.objects.create(messages_per_minute=2)
    waits = []

    class Held(Exception):
        pass

    def sleep(seconds):
        waits.append(seconds)
        raise Held  # a worker would wait for the next minute here

    monkeypatch.setattr(sending.time, "sleep", sleep)
    monkeypatch.setattr(sending.time, "time", lambda: 120.0)  # all within one minute
    mailing = approved_mailing(statement, media_list, people)
    with pytest.raises(Held):
        sending.send_batch(mailing.pk, batch=10)
    assert len(smtp.sink.received()) == 2 and waits
    # The third recipient is still queued for the next minute: nothing lost.
    assert mailing.deliveries.filter(status=Delivery.Status.SENT).count() == 2


def test_the_demo_loads_on_a_machine_whose_mail_server_does_not_answer(statement, media_list, people, smtp):
    from media_relations import demo

    Mailing.objects.all().delete()
    smtp.stop()
    lines = []
    demo.load_sent_mailing([media_list], lines.append)  # no exception: the demo still loads
    mailing = Mailing.objects.get()
    assert mailing.status == Mailing.Status.PAUSED and mailing.deliveries.filter(status="queued").count() == 3
    assert "does not answer" in lines[-1]
