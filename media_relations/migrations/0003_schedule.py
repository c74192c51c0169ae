"""The workers' schedule (django-celery-beat, editable there): the sweep that
sends what is due every minute, here for media relations' mailings."""

from django.db import migrations

from core import schedules

SCHEDULE = [("media_relations: send due mailings", "media_relations.send_due_mailings", 60)]


class Migration(migrations.Migration):
    dependencies = [
        ("media_relations", "0002_roles"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(*schedules.operations(SCHEDULE))]
