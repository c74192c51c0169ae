from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PressEventsConfig(AppConfig):
    """Press conferences, meetings with the media, workshops and interview
    opportunities: their pages, the invitees' answers (RSVP), the press
    office's attendance lists and the reminders the day before."""

    name = "press_events"
    verbose_name = _("Press events")
    default_auto_field = "django.db.models.BigAutoField"
    # The demo (ministry_site/demo): after the press room (its past event
    # links a demo statement and gallery), before the directory.
    demo_loader = "press_events.demo.load"
    demo_order = 25

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import roles, searchable

        searchable.register()
        # core.roles.sync_roles sets each role's permissions to its own list:
        # a later migration calling it would take ours away again.
        post_migrate.connect(roles.grant_after_migrate, sender=self, dispatch_uid="press-events-roles")

    def rebuild_site_structure(self, apps):
        """What this app's data migrations made, again (core.site_structure.ensure_site_structure)."""
        from .roles import grant_attendance_permission

        grant_attendance_permission(apps)
