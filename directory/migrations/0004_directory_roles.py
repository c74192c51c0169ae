"""Directory managers and directors manage the directory; editors see and
export its public part; translators translate it."""

from django.db import migrations

from core.roles import sync_roles


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0003_directoryexportlog_directoryimport"),
        ("ministry_site", "0009_name_root_page"),
    ]

    operations = [migrations.RunPython(sync_roles, migrations.RunPython.noop)]
