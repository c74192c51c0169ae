"""Images and documents: Wagtail checks its own wagtailimages/wagtaildocs
permissions even with custom image and document models, so the roles get
those (the previous grant named our models and gave no upload rights)."""

from django.db import migrations

from core.roles import sync_roles


class Migration(migrations.Migration):
    dependencies = [
        ("ministry_site", "0009_name_root_page"),
        ("directory", "0004_directory_roles"),
    ]

    operations = [migrations.RunPython(sync_roles, migrations.RunPython.noop)]
