"""The workers' schedule the migrations write: the sweep every five minutes and
the digest at 07:00 Kabul time, with tasks the workers know."""

import pytest
from django_celery_beat.models import PeriodicTask

from ministry_site import celery_app

pytestmark = pytest.mark.django_db


def test_the_sweep_and_the_morning_digest_are_scheduled_with_tasks_that_exist():
    celery_app.loader.import_default_modules()
    sweep = PeriodicTask.objects.select_related("interval").get(task="monitoring.fetch_due_sources")
    assert sweep.interval.every == 300 and sweep.interval.period == "seconds"
    morning = PeriodicTask.objects.select_related("crontab").get(task="monitoring.build_daily_digest")
    assert (morning.crontab.hour, morning.crontab.minute, str(morning.crontab.timezone)) == ("7", "0", "Asia/Kabul")
    assert {"monitoring.fetch_due_sources", "monitoring.build_daily_digest", "monitoring.send_digest"} <= set(
        celery_app.tasks
    )


def test_the_morning_task_assembles_yesterdays_draft(db):
    from monitoring import tasks
    from monitoring.models import Digest

    digest_id = tasks.build_daily_digest()
    digest = Digest.objects.get(pk=digest_id)
    from django.utils import timezone

    assert digest.status == Digest.Status.DRAFT
    assert (timezone.localdate() - digest.date).days == 1
