"""The workers' schedule that the migrations write names tasks the workers know."""

import pytest
from django_celery_beat.models import PeriodicTask

from ministry_site import celery_app

pytestmark = pytest.mark.django_db


def test_the_sweep_and_the_reminders_are_scheduled_with_tasks_that_exist():
    celery_app.loader.import_default_modules()
    scheduled = {
        task.task: task.interval.every for task in PeriodicTask.objects.select_related("interval") if task.interval
    }
    assert scheduled["media_relations.send_due_mailings"] == 60
    assert scheduled["press_events.send_reminders"] == 3600
    assert set(scheduled) <= set(celery_app.tasks)
