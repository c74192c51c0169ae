"""The workers' schedule (django-celery-beat, editable there): the sweep that
sends what is due every minute, here the reminders of press events, hourly."""

from django.db import migrations

from core import schedules

SCHEDULE = [("press_events: remind attendees the day before", "press_events.send_reminders", 3600)]


class Migration(migrations.Migration):
    dependencies = [
        ("press_events", "0002_attendance_permission"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(*schedules.operations(SCHEDULE))]
