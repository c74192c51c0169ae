"""Monitoring as it runs in production: the real schedule (celery beat
reading django-celery-beat's rows), a real Celery worker, a real broker (the
machine's Redis when it answers), the production settings, the local feed
server and a real SMTP server."""

from tests.support import servers, workers

SETUP = """
from django_celery_beat.models import IntervalSchedule, PeriodicTask
from monitoring.models import DigestSettings, Rule, Source
for name, url in URLS.items():
    kind = {"ariana": "atom", "times": "sitemap"}.get(name, "rss")
    Source.objects.create(name=name, feed_url=url, kind=kind, language_hint="fa-af",
                          country="IR" if name == "irna" else "AF")
Rule.objects.create(name="exports", terms_all="وزارت صنعت و تجارت", terms_any="صادرات")
Rule.objects.create(name="ports", terms_any="Torkham")
chosen = DigestSettings.current()
chosen.extra_addresses = "minister@example.org\\ndeputy@example.org"
chosen.save()
# The sweep every two seconds instead of five minutes (editable there, as the press office would).
every, _ = IntervalSchedule.objects.get_or_create(every=2, period="seconds")
task = PeriodicTask.objects.get(task="monitoring.fetch_due_sources")
task.interval = every
task.save()
print("ok")
"""

APPROVE = """
import datetime
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from monitoring import digest
director = get_user_model().objects.create_user("worker-director", "d@example.org", "x")
director.groups.add(Group.objects.get(name="Directors"))
built = digest.build(timezone.localdate())
digest.approve(built, director)
print(built.pk, digest.queue_sending(built.pk), digest.queue_sending(built.pk))
"""


def start_beat(env, log_path):
    import subprocess

    log = open(log_path, "w")
    return subprocess.Popen(  # nosec B603 # our own celery, fixed arguments
        [str(workers.CELERY), "-A", "ministry_site", "beat", "--loglevel=INFO", "-s", str(log_path) + ".db"],
        env=env,
        cwd=servers.ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def test_the_schedule_and_a_worker_fetch_match_and_send_the_digest_once(tmp_path, scratch, smtp, feeds):
    _server, urls = feeds
    env = workers.mail_env(
        tmp_path,
        scratch,
        smtp.port,
        MONITORING_ALLOW_PRIVATE_ADDRESSES="1",
        MONITORING_FETCH_TIMEOUT="1.5",
        MONITORING_MAX_BYTES=str(1024 * 1024),
    )
    servers.prepare(env)
    assert workers.run(env, SETUP.replace("URLS", repr(urls))) == "ok"
    worker = workers.start_worker(env, tmp_path / "worker.log", "monitor")
    beat = start_beat(env, tmp_path / "beat.log")
    try:

        def fetched():
            unchecked = workers.count(env, "SELECT COUNT(*) FROM monitoring_source WHERE last_checked IS NULL")
            done = workers.count(env, "SELECT COUNT(*) FROM monitoring_article WHERE status = 'done'")
            if unchecked or done < 7:
                return False
            clippings = workers.count(env, "SELECT COUNT(*) FROM monitoring_clipping")
            failing = workers.count(env, "SELECT COUNT(*) FROM monitoring_source WHERE last_error <> ''")
            return (clippings, done, failing)

        clippings, done, failing = workers.wait_until(fetched, 150, step=0.5, what="every source fetched")
        assert failing == 4  # broken, slow, huge, redirect loop: recorded, the others fetched
        assert clippings == 2  # the carpets story (three outlets, one clipping) and Torkham
        digest_id, first, second = workers.run(env, APPROVE).split()
        assert first == second == "True"  # the send task queued twice
        workers.wait_until(lambda: len(smtp.sink.received()) >= 2, 60, what="the digest sent")

        def both_send_tasks_ran():
            lines = (tmp_path / "worker.log").read_text().splitlines()
            return sum(1 for line in lines if "monitoring.send_digest[" in line and "succeeded" in line) >= 2

        workers.wait_until(both_send_tasks_ran, 60, what="the second send task run")
    finally:
        workers.stop(beat)
        workers.stop(worker)
    received = smtp.sink.by_recipient()
    assert sorted(received) == ["deputy@example.org", "minister@example.org"]
    assert all(len(messages) == 1 for messages in received.values())
    log = (tmp_path / "worker.log").read_text()
    assert "monitoring.fetch_source" in log and "monitoring.analyse_article" in log and "monitoring.send_digest" in log
