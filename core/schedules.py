"""The workers' schedule as django-celery-beat rows (editable there), written
by an app's data migration: `migrations.RunPython(*schedules.operations([(name, task, seconds)]))`."""


def operations(entries):
    """(forwards, backwards) for RunPython: each (name, task, every seconds) scheduled once."""

    def schedule(apps, schema_editor):
        IntervalSchedule = apps.get_model("django_celery_beat", "IntervalSchedule")
        PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
        for name, task, seconds in entries:
            interval, _created = IntervalSchedule.objects.get_or_create(every=seconds, period="seconds")
            PeriodicTask.objects.get_or_create(name=name, defaults={"task": task, "interval": interval})

    def unschedule(apps, schema_editor):
        names = [name for name, _task, _seconds in entries]
        apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(name__in=names).delete()

    return schedule, unschedule
