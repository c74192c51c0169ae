"""The commands of docs/monitoring.md, as an operator types them."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from core.roles import DIRECTORS
from monitoring import digest as digests
from monitoring.models import Clipping, Digest, DigestSettings, Source
from tests.support.users import make_user

pytestmark = pytest.mark.django_db


def run(*args):
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_add_a_source_then_fetch_it_now(feeds, outlets, fetch_settings, rules):
    _server, urls = feeds
    said = run("add_monitoring_source", urls["tolo"], "--name", "Tolo", "--outlet", "mon-test-tolo-news")
    source = Source.objects.get(feed_url=urls["tolo"])
    assert f"source {source.pk}" in said and source.outlet == outlets["tolo"]
    said = run("fetch_sources", str(source.pk))
    assert "Tolo: 2 new articles, 1 matched; ok" in said
    assert Clipping.objects.filter(title="افزایش صادرات قالین").exists()
    # Again: known items, nothing new.
    assert "Tolo: 0 new articles" in run("fetch_sources", urls["tolo"])


def test_fetch_all_due_sources_reports_the_broken_one_and_goes_on(sources, rules):
    said = run("fetch_sources")
    assert "broken: 0 new articles, 0 matched; error:" in said
    assert "tolo: 2 new articles" in said
    # Nothing is due any more.
    assert run("fetch_sources").strip() == ""


def test_bad_arguments_are_refused_with_a_message(db, settings):
    settings.MONITORING_ALLOW_PRIVATE_ADDRESSES = False
    with pytest.raises(CommandError, match="No media outlet"):
        run("add_monitoring_source", "https://example.org/rss", "--name", "x", "--outlet", "nobody")
    with pytest.raises(CommandError, match="http"):
        run("add_monitoring_source", "not a url", "--name", "x")
    # The command refuses what the admin's form refuses: this machine, a private network.
    for inside in ("http://127.0.0.1:8000/feed", "http://10.1.2.3/rss", "http://[::1]/rss"):
        with pytest.raises(CommandError, match="شبکهٔ خصوصی"):
            run("add_monitoring_source", inside, "--name", "inside")
    assert not Source.objects.exists()
    with pytest.raises(CommandError, match="No source"):
        run("fetch_sources", "999999")
    with pytest.raises(CommandError, match="1405-09-16"):
        run("build_digest", "--date", "yesterday")
    with pytest.raises(CommandError, match="No digest"):
        run("send_digest", "999999")


def test_build_a_digest_by_solar_hijri_date_and_send_it_once(db, smtp, settings):
    settings.CELERY_BROKER_URL = "memory://"
    said = run("build_digest", "--date", "1405-09-15")
    digest = Digest.objects.get()
    assert str(digest.date) == "2026-12-06" and "draft" in said
    with pytest.raises(CommandError, match="draft"):
        run("send_digest", str(digest.pk))
    chosen = DigestSettings.current()
    chosen.extra_addresses = "minister@example.org"
    chosen.save()
    digests.approve(digest, make_user("cmd-director", DIRECTORS))
    assert "sent to 1 addresses now, 0 left" in run("send_digest", "1405-09-15")
    assert "sent to 0 addresses now, 0 left" in run("send_digest", str(digest.pk))
    assert len(smtp.sink.received()) == 1
