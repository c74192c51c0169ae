"""Editors and Directors maintain the search synonyms."""

from django.db import migrations

from core.roles import sync_roles


class Migration(migrations.Migration):
    dependencies = [
        ("ministry_site", "0010_media_permissions"),
        ("search", "0001_synonyms"),
    ]

    operations = [migrations.RunPython(sync_roles, migrations.RunPython.noop)]
