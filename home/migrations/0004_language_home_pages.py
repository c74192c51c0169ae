from django.db import migrations

from core.site_structure import create_translated_home_pages


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_dari_home_page"),
        ("ministry_site", "0003_roles"),
    ]

    operations = [migrations.RunPython(create_translated_home_pages, migrations.RunPython.noop)]
