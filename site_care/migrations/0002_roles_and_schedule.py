"""Editors and directors see the findings (SiteCareConfig.role_permissions);
the nightly run at 01:30 Kabul time and the director's summary on Saturday
morning (the first working day), as django-celery-beat rows."""

from django.db import migrations

from core import schedules
from core.roles import sync_roles

SCHEDULE = [
    ("site_care: nightly site checks", "site_care.nightly", "30 1 * * *"),
    ("site_care: weekly summary to the director", "site_care.weekly_summary", "0 7 * * 6"),
]


class Migration(migrations.Migration):
    dependencies = [
        ("site_care", "0001_initial"),
        ("media_relations", "0004_sending_settings_roles"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [
        migrations.RunPython(sync_roles, migrations.RunPython.noop),
        migrations.RunPython(*schedules.operations(SCHEDULE)),
    ]
