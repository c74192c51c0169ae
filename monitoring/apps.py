from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MonitoringConfig(AppConfig):
    """Media monitoring (docs/monitoring.md): feeds of the outlets in the
    directory fetched on a schedule, articles grouped into stories, matched
    to the ministry's subjects, judged by the Monitors group and summed up in
    a daily digest a director approves. Internal only: no public address."""

    name = "monitoring"
    verbose_name = _("Media monitoring")
    default_auto_field = "django.db.models.BigAutoField"
    demo_loader = "monitoring.demo.load"
    demo_order = 70

    # Joined to the directorate's roles by core.roles.sync_roles; the
    # Monitors group itself is this app's (migrations/0002_roles.py).
    role_permissions = {
        "Directors": [
            "monitoring.view_digest",
            "monitoring.change_digest",
            "monitoring.approve_digest",
            "monitoring.view_clipping",
            "monitoring.view_digestsettings",
            "monitoring.change_digestsettings",
        ],
    }
