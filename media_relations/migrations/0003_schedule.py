"""The workers' schedule (django-celery-beat, editable there): the sweep that
sends what is due every minute, here for media relations' mailings."""

from django.db import migrations

SCHEDULE = [("media_relations: send due mailings", "media_relations.send_due_mailings", 60)]


def schedule(apps, schema_editor):
    IntervalSchedule = apps.get_model("django_celery_beat", "IntervalSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    for name, task, seconds in SCHEDULE:
        interval, _created = IntervalSchedule.objects.get_or_create(every=seconds, period="seconds")
        PeriodicTask.objects.get_or_create(name=name, defaults={"task": task, "interval": interval})


def unschedule(apps, schema_editor):
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(name__in=[n for n, _t, _s in SCHEDULE]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("media_relations", "0002_roles"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(schedule, unschedule)]
