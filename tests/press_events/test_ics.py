"""The iCalendar files: one event on its page and as an e-mail attachment,
the feed of a language's upcoming events; read back as RFC 5545 says."""

import datetime

import pytest
from django.utils import timezone

from tests.support.pages import html_of

pytestmark = pytest.mark.django_db

START = timezone.make_aware(datetime.datetime(2027, 3, 21, 10, 0))
LONG_TITLE = "نشست خبری وزیر صنعت و تجارت درباره صادرات زعفران، قالین، میوه خشک و سنگ‌های قیمتی به بازارهای منطقه"


def unfold(data):
    """(physical lines, logical lines) of an iCalendar file, with checks on the raw bytes."""
    assert data.endswith(b"\r\n")
    physical = data[:-2].split(b"\r\n")
    assert all(b"\n" not in line and b"\r" not in line for line in physical)
    assert all(len(line) <= 75 for line in physical), [len(line) for line in physical]
    logical = []
    for line in physical:
        if line.startswith(b" "):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    return physical, [line.decode("utf-8") for line in logical]


def properties(lines):
    found = {}
    for line in lines:
        name, _sep, value = line.partition(":")
        found.setdefault(name.split(";")[0], []).append(value)
    return found


@pytest.fixture
def event(make_event, translated):
    dari = make_event(
        "fa-af",
        title=LONG_TITLE,
        slug="saffron-press",
        start=START,
        end=START + datetime.timedelta(hours=1, minutes=30),
        venue="تالار مطبوعاتی، منزل دوم",
        address="سرک دارالامان; کابل",
    )
    return {"fa-af": dari, "en": translated(dari, "en")}


def test_one_event_read_back(client, event):
    response = client.get(event["fa-af"].url + "ics/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert 'filename="saffron-press.ics"' in response["Content-Disposition"]
    physical, lines = unfold(response.content)
    assert len(physical) > len(lines)  # the long title was folded
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert lines.count("BEGIN:VEVENT") == 1 and "VERSION:2.0" in lines
    found = properties(lines)
    assert found["DTSTART"] == ["20270321T053000Z"]
    assert found["DTEND"] == ["20270321T070000Z"]
    assert found["DTSTAMP"][0].endswith("Z")
    assert found["SUMMARY"] == [LONG_TITLE]  # folding never cut a letter in two
    # Commas and semicolons escaped (the Arabic comma is no separator in iCalendar).
    assert found["LOCATION"] == ["تالار مطبوعاتی، منزل دوم\\, سرک دارالامان\\; کابل"]
    assert found["URL"] == ["http://testserver" + event["fa-af"].url]
    assert "SUMMARY;LANGUAGE=fa-af" in "".join(lines)


def test_the_uid_is_stable_and_shared_by_the_languages(client, event):
    uids = set()
    for page in event.values():
        for _ in range(2):
            uids.update(properties(unfold(client.get(page.url + "ics/").content)[1])["UID"])
    assert len(uids) == 1


def test_mail_attachments_in_the_requested_language(event):
    [(filename, content, mimetype)] = event["fa-af"].mail_attachments("en")
    assert mimetype == "text/calendar" and filename.endswith(".ics")
    found = properties(unfold(content)[1])
    assert found["SUMMARY"] == [event["en"].title]
    assert found["DESCRIPTION"][0].endswith(event["en"].url.replace(",", "\\,"))
    assert found["UID"] == properties(unfold(event["fa-af"].mail_attachments("fa-af")[0][1])[1])["UID"]


def test_the_feed_has_the_languages_upcoming_events_only(client, make_event, event):
    past = make_event("fa-af", title="رویداد گذشته", start=timezone.now() - datetime.timedelta(days=2))
    draft = make_event("fa-af", title="پیش‌نویس", draft=True)
    english_only = make_event("en", title="English only")
    index = event["fa-af"].get_parent()
    page = html_of(client.get(index.url))
    assert f'href="{index.url}calendar/"' in page
    response = client.get(index.url + "calendar/")
    assert response.status_code == 200
    found = properties(unfold(response.content)[1])
    summaries = found["SUMMARY"]
    assert LONG_TITLE in summaries
    assert not {past.title, draft.title, english_only.title} & set(summaries)
    assert len(found["UID"]) == len(set(found["UID"])) == len(summaries)
