"""The workers' schedule as django-celery-beat rows (editable there), written
by an app's data migration: `migrations.RunPython(*schedules.operations([(name, task, when)]))`,
`when` either every so many seconds (an int) or a crontab line ("0 2 * * *":
minute hour day-of-month month day-of-week, in CELERY_TIMEZONE)."""


def operations(entries):
    """(forwards, backwards) for RunPython: each (name, task, when) scheduled once."""

    def schedule(apps, schema_editor):
        IntervalSchedule = apps.get_model("django_celery_beat", "IntervalSchedule")
        CrontabSchedule = apps.get_model("django_celery_beat", "CrontabSchedule")
        PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
        for name, task, when in entries:
            if isinstance(when, str):
                minute, hour, day_of_month, month_of_year, day_of_week = when.split()
                crontab, _created = CrontabSchedule.objects.get_or_create(
                    minute=minute,
                    hour=hour,
                    day_of_month=day_of_month,
                    month_of_year=month_of_year,
                    day_of_week=day_of_week,
                    timezone="Asia/Kabul",
                )
                PeriodicTask.objects.get_or_create(name=name, defaults={"task": task, "crontab": crontab})
            else:
                interval, _created = IntervalSchedule.objects.get_or_create(every=when, period="seconds")
                PeriodicTask.objects.get_or_create(name=name, defaults={"task": task, "interval": interval})

    def unschedule(apps, schema_editor):
        names = [name for name, _task, _when in entries]
        apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(name__in=names).delete()

    return schedule, unschedule
