"""The workers' schedule that the migrations write names tasks the workers know."""

import pytest
from django_celery_beat.models import PeriodicTask

from ministry_site import celery_app

pytestmark = pytest.mark.django_db


def test_the_sweep_and_the_reminders_are_scheduled_with_tasks_that_exist():
    celery_app.loader.import_default_modules()
    rows = list(PeriodicTask.objects.select_related("interval", "crontab"))
    every = {task.task: task.interval.every for task in rows if task.interval is not None}
    assert every["media_relations.send_due_mailings"] == 60
    assert every["press_events.send_reminders"] == 3600
    # Every row of every app's schedule (intervals and times of day) runs a task the workers know.
    assert all(task.interval is not None or task.crontab is not None for task in rows)
    assert {task.task for task in rows} <= set(celery_app.tasks)
