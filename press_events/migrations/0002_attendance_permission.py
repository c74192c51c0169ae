"""Editors, directors and directory managers see the attendance lists
(press_events.roles); translators do not."""

from django.db import migrations

from press_events.roles import grant_attendance_permission


class Migration(migrations.Migration):
    dependencies = [
        ("press_events", "0001_initial"),
        ("ministry_site", "0015_page_creation"),
        ("directory", "0007_merge_20261207_0548"),
    ]

    operations = [migrations.RunPython(grant_attendance_permission, migrations.RunPython.noop)]
