"""The editorial roles as the workflow issue defines them: page permissions on
each language's home page, snippet approval, directors alone withdraw."""

from django.db import migrations

from core.roles import sync_roles


class Migration(migrations.Migration):
    dependencies = [
        ("ministry_site", "0006_approved_snippets"),
        ("pressroom", "0002_approved_snippets"),
        ("home", "0004_language_home_pages"),
    ]

    operations = [migrations.RunPython(sync_roles, migrations.RunPython.noop)]
