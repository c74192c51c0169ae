"""The Monitors group (this app's own role: sources, rules, the inbox,
digest drafts) and the directors' part (approving the digest), added to the
directorate's roles through MonitoringConfig.role_permissions."""

from django.db import migrations

from core.roles import sync_roles

MONITORS = "Monitors"
MONITORS_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    *[
        ("monitoring", f"{action}_{model}")
        for model in ("source", "rule", "clipping", "article", "story", "digest")
        for action in ("view", "add", "change", "delete")
        if not (model in ("article", "story", "digest") and action in ("add", "delete"))
    ],
    ("monitoring", "view_digestsettings"),
    ("directory", "view_organisation"),
]


def create_monitors(apps, schema_editor):
    sync_roles(apps, schema_editor)  # creates this app's permissions, gives the directors theirs
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=MONITORS)
    found = [
        Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
        for app_label, codename in MONITORS_PERMISSIONS
    ]
    group.permissions.set([permission for permission in found if permission is not None])


def remove_monitors(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=MONITORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("monitoring", "0001_initial"),
        ("media_relations", "0004_sending_settings_roles"),
        ("ministry_site", "0015_page_creation"),
    ]

    operations = [migrations.RunPython(create_monitors, remove_monitors)]
