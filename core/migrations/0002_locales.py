"""Every environment has the three content languages, Dari first."""

from django.db import migrations

from core.site_structure import create_locales


class Migration(migrations.Migration):
    dependencies = [
        ("ministry_site", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
