"""Who sees the press office's attendance lists: editors, directors and
directory managers (core.roles names the groups; this app adds its own
permission to them, in its data migration and again after every migrate,
because core.roles.sync_roles sets a group's permissions to its own list)."""

from core.roles import DIRECTORS, DIRECTORY_MANAGERS, EDITORS

ATTENDANCE_PERMISSION = "press_events.view_rsvp"
ATTENDANCE_ROLES = [EDITORS, DIRECTORS, DIRECTORY_MANAGERS]


def grant_attendance_permission(apps, schema_editor=None):
    from django.contrib.auth.management import create_permissions

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    app_label, codename = ATTENDANCE_PERMISSION.split(".")
    permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
    if permission is None:
        # Permissions are created after all migrations; a data migration on a
        # fresh database makes this app's now.
        from django.contrib.contenttypes.management import create_contenttypes

        config = apps.get_app_config(app_label)
        models_module = getattr(config, "models_module", None)
        config.models_module = models_module or True
        try:
            create_contenttypes(config, verbosity=0, apps=apps)
            create_permissions(config, verbosity=0, apps=apps)
        finally:
            config.models_module = models_module
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
    if permission is None:
        return
    for group in Group.objects.filter(name__in=ATTENDANCE_ROLES):
        group.permissions.add(permission)


def grant_after_migrate(sender, apps=None, **kwargs):
    from django.apps import apps as live_apps

    grant_attendance_permission(apps or live_apps)
