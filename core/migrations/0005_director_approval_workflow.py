"""Every page in every language goes through the Directors' approval.
Wagtail's default workflow named the Moderators group, which the roles
migration retired, leaving submissions nobody could approve."""

from django.db import migrations

from core.roles import sync_roles


class Migration(migrations.Migration):
    dependencies = [
        ("ministry_site", "0004_officecontact_one_office_contact_per_language"),
        ("home", "0004_language_home_pages"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(sync_roles, migrations.RunPython.noop)]
