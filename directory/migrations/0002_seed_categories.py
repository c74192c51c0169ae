from django.db import migrations

from directory.seed import seed_categories


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0001_initial"),
        ("ministry_site", "0002_locales"),
    ]

    operations = [migrations.RunPython(seed_categories, migrations.RunPython.noop)]
