from django.db import migrations

from core.site_structure import create_home_page


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_initial"),
        ("ministry_site", "0002_locales"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(create_home_page, migrations.RunPython.noop)]
