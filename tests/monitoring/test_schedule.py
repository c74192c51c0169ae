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


def test_the_director_sets_the_digests_time_in_the_admin(client):
    """The time is a field of the digest settings (Kabul time); saving it moves
    the workers' schedule row. A time that is no time is an error on the form."""
    from django.urls import reverse

    from core.roles import DIRECTORS
    from monitoring.models import DigestSettings
    from tests.support.users import make_user

    client.force_login(make_user("schedule-director", DIRECTORS))
    settings_row = DigestSettings.current()
    url = reverse("wagtailsnippets_monitoring_digestsettings:edit", args=[settings_row.pk])
    form = {"distribution_list": "", "extra_addresses": "", "language": "fa-af"}

    wrong = client.post(url, {**form, "digest_time": "25:70"})
    assert wrong.status_code == 200  # the form again, with its error, not a 500
    assert wrong.context["form"].errors["digest_time"]
    morning = PeriodicTask.objects.select_related("crontab").get(task="monitoring.build_daily_digest")
    assert (morning.crontab.hour, morning.crontab.minute) == ("7", "0")

    assert client.post(url, {**form, "digest_time": "06:30"}).status_code == 302
    morning = PeriodicTask.objects.select_related("crontab").get(task="monitoring.build_daily_digest")
    assert (morning.crontab.hour, morning.crontab.minute, str(morning.crontab.timezone)) == ("6", "30", "Asia/Kabul")
    assert PeriodicTask.objects.filter(task="monitoring.build_daily_digest").count() == 1
