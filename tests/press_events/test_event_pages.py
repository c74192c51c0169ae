"""An event's page in Dari, Pashto and English: the reader's calendar and
digits, Kabul time; the public list (upcoming first, past below with their
reports); the site search, the sitemap and the director's approval."""

import datetime
import re

import pytest
from django.utils import timezone

from press_events.models import PressEventPage
from pressroom import factories as pressroom_factories
from tests.support.pages import html_of
from tests.support.search import found_titles, search_page

pytestmark = pytest.mark.django_db

# 10:00 in Kabul on Nowruz 1406 (05:30 UTC).
NOWRUZ = timezone.make_aware(datetime.datetime(2027, 3, 21, 10, 0))


@pytest.fixture
def nowruz_event(make_event, translated):
    event = make_event("fa-af", title="نشست خبری نوروزی", slug="nowruz-press", start=NOWRUZ, capacity=30)
    return {
        "fa-af": event,
        "ps": translated(event, "ps"),
        "en": translated(event, "en"),
    }


def test_the_stored_time_is_utc_and_shown_in_kabul_time(nowruz_event):
    event = PressEventPage.objects.get(pk=nowruz_event["fa-af"].pk)
    assert event.start.astimezone(datetime.UTC) == datetime.datetime(2027, 3, 21, 5, 30, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    "language, expected, unexpected",
    [
        ("fa-af", ["یکشنبه ۱ حمل ۱۴۰۶", "۱۰:۰۰", "۳۰"], ["2027", "March", "10:00"]),
        ("ps", ["یکشنبه ۱ وری ۱۴۰۶", "۱۰:۰۰"], ["2027", "10:00"]),
        ("en", ["Sunday 21 March 2027 (1 Hamal 1406)", "10:00", "30"], ["۱۴۰۶"]),
    ],
)
def test_the_page_shows_the_readers_calendar(client, nowruz_event, language, expected, unexpected):
    response = client.get(nowruz_event[language].url)
    assert response.status_code == 200
    facts = re.search(r'<dl class="event-facts">.*?</dl>', html_of(response), re.S).group(0)
    facts = re.sub(r"<[^>]+>", " ", facts)  # what the reader sees, not the machine-readable datetime
    for text in expected:
        assert text in facts
    for text in unexpected:
        assert text not in facts


def test_the_list_has_upcoming_events_first_and_past_ones_with_their_report(client, make_event, dari_home):
    statements = pressroom_factories.StatementIndexPageFactory(parent=dari_home, slug="ev-statements")
    statement = pressroom_factories.StatementPageFactory(parent=statements, title="اعلامیه پس از نشست")
    past = make_event(
        "fa-af",
        title="نشست گذشته",
        start=timezone.now() - datetime.timedelta(days=3),
        report_statement=statement,
    )
    soon = make_event("fa-af", title="نشست نزدیک", start=timezone.now() + datetime.timedelta(days=2))
    later = make_event("fa-af", title="نشست دورتر", start=timezone.now() + datetime.timedelta(days=20))
    html = html_of(client.get(past.get_parent().url))
    assert html.index(soon.title) < html.index(later.title) < html.index("past-heading") < html.index(past.title)
    report = html[html.index(past.title) :]
    assert statement.url in report
    # The past event's own page shows its report too.
    assert statement.url in html_of(client.get(past.url))


def test_drafts_are_not_listed(client, make_event):
    draft = make_event("en", title="Not yet approved", draft=True)
    assert draft.title not in html_of(client.get(draft.get_parent().url))


def test_the_section_exists_in_every_language(client, event_indexes):
    assert set(event_indexes) == {"fa-af", "ps", "en"}
    for index in event_indexes.values():
        assert client.get(index.url).status_code == 200


def test_events_are_found_by_the_site_search(client, make_event):
    from core import searchable

    assert "event" in [kind.key for kind in searchable.page_types() if kind.model is PressEventPage]
    event = make_event("en", title="Conference on zanzibarite exports")
    _response, html = search_page("zanzibarite", language="en")
    assert found_titles(html) == [event.title]


def test_events_are_in_the_sitemap(client, nowruz_event):
    sitemap = html_of(client.get("/sitemap.xml"))
    for page in nowruz_event.values():
        assert page.url in sitemap


def test_an_event_goes_through_the_director_approval(make_event):
    event = make_event("en", draft=True)
    assert event.get_workflow().name == "Director approval"
