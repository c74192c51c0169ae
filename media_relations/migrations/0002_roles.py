"""Editors prepare mailings, directors approve them, directory managers keep
the lists and the suppressed addresses (MediaRelationsConfig.role_permissions)."""

from django.db import migrations

from core.roles import sync_roles


class Migration(migrations.Migration):
    dependencies = [("media_relations", "0001_initial"), ("ministry_site", "0015_page_creation")]

    operations = [migrations.RunPython(sync_roles, migrations.RunPython.noop)]
