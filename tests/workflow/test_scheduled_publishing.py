"""An embargoed statement, approved to go live at a set time, appears nowhere
public until then; `publish_scheduled` (run every minute in production)
publishes it when the time comes."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.models import Revision

from pressroom import factories
from pressroom.models import StatementPage
from tests.support.forms import edit_form

pytestmark = pytest.mark.django_db

EMBARGOED_TITLE = "اعلامیه تحت ممنوعیت نشر"


def everything_public(index, statement):
    """What an anonymous visitor can find of the statement, place by place."""
    client = Client()
    detail = client.get(f"{index.url}{statement.slug}/")
    return {
        "page": detail.status_code == 200,
        "listing": EMBARGOED_TITLE in client.get(index.url).content.decode(),
        "rss": EMBARGOED_TITLE in client.get(f"{index.url}feed/rss/").content.decode(),
        "atom": EMBARGOED_TITLE in client.get(f"{index.url}feed/atom/").content.decode(),
        "sitemap": any(
            statement.slug in (loc.text or "")
            for loc in ET.fromstring(client.get("/sitemap.xml").content).iter(
                "{http://www.sitemaps.org/schemas/sitemap/0.9}loc"
            )
        ),
        "search": statement.pk in [page.pk for page in StatementPage.objects.live().public().search(EMBARGOED_TITLE)],
        "home": EMBARGOED_TITLE in client.get(index.get_parent().url).content.decode(),
    }


def test_an_embargoed_statement_appears_nowhere_until_its_time(people, statement_index, login):
    statement = factories.StatementPageFactory(
        parent=statement_index, title=EMBARGOED_TITLE, draft=True, owner=people["editor"]
    )
    embargo = timezone.localtime() + datetime.timedelta(hours=2)
    client = login(people["editor"])
    form = edit_form(client, statement, go_live_at=embargo.strftime("%Y-%m-%d %H:%M"))
    client.post(f"/admin/pages/{statement.pk}/edit/", {**form, "action-submit": "1"})

    client = login(people["director"])
    statement = StatementPage.objects.get(pk=statement.pk)
    task_state = statement.current_workflow_state.current_task_state
    client.post(f"/admin/pages/workflow/action/{statement.pk}/approve/{task_state.pk}/", {"comment": ""})
    statement = StatementPage.objects.get(pk=statement.pk)
    assert not statement.live
    assert Revision.objects.filter(object_id=str(statement.pk), approved_go_live_at__isnull=False).exists()
    assert statement.reference is None  # numbered when it is published, not before

    seen = everything_public(statement_index, statement)
    assert not any(seen.values()), seen

    # The embargo ends (moved into the past, as time would): publish_scheduled publishes it.
    past = timezone.now() - datetime.timedelta(minutes=1)
    for revision in Revision.objects.filter(object_id=str(statement.pk)).exclude(approved_go_live_at=None):
        revision.approved_go_live_at = past
        revision.content["go_live_at"] = past.isoformat()
        revision.save(update_fields=["approved_go_live_at", "content"])
    StatementPage.objects.filter(pk=statement.pk).update(go_live_at=past)
    call_command("publish_scheduled")
    statement = StatementPage.objects.get(pk=statement.pk)
    assert statement.live
    assert statement.reference is not None
    seen = everything_public(statement_index, statement)
    assert all(seen[place] for place in ("page", "listing", "rss", "atom", "sitemap", "search")), seen
