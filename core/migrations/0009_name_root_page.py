from django.db import migrations

from core.site_structure import name_root_page


class Migration(migrations.Migration):
    dependencies = [
        ("ministry_site", "0008_complete_translation_revision"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(name_root_page, migrations.RunPython.noop)]
