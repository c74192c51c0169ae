"""Directors keep the sending settings (rate limit, language fallback)."""

from django.db import migrations

from core.roles import sync_roles


class Migration(migrations.Migration):
    dependencies = [("media_relations", "0003_schedule")]

    operations = [migrations.RunPython(sync_roles, migrations.RunPython.noop)]
