"""The workers' schedule (django-celery-beat rows, editable in its admin):
due sources looked for every five minutes (core.schedules), and the daily
digest's draft assembled at 07:00 Kabul time (a crontab row: change its hour
there to change when the digest is made)."""

from django.db import migrations

from core import schedules

SCHEDULE = [("monitoring: fetch due sources", "monitoring.fetch_due_sources", 300)]
DIGEST_TASK = "monitoring: build the daily digest"

fetch_forwards, fetch_backwards = schedules.operations(SCHEDULE)


def schedule_digest(apps, schema_editor):
    CrontabSchedule = apps.get_model("django_celery_beat", "CrontabSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    crontab, _created = CrontabSchedule.objects.get_or_create(
        minute="0", hour="7", day_of_week="*", day_of_month="*", month_of_year="*", timezone="Asia/Kabul"
    )
    PeriodicTask.objects.get_or_create(
        name=DIGEST_TASK, defaults={"task": "monitoring.build_daily_digest", "crontab": crontab}
    )


def unschedule_digest(apps, schema_editor):
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(name=DIGEST_TASK).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("monitoring", "0002_roles"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [
        migrations.RunPython(fetch_forwards, fetch_backwards),
        migrations.RunPython(schedule_digest, unschedule_digest),
    ]
