from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteCareConfig(AppConfig):
    """The site checks itself: broken links, missing and stale translations,
    Dari/Pashto writing errors, accessibility and upkeep (docs/site-care.md).
    Reads the page apps; none of them knows it exists."""

    name = "site_care"
    verbose_name = _("Site care")
    default_auto_field = "django.db.models.BigAutoField"
    demo_loader = "site_care.demo.load"
    demo_order = 80

    # Joined to the directorate's roles by core.roles.sync_roles.
    role_permissions = {
        "Editors": ["site_care.view_finding"],
        "Directors": ["site_care.view_finding", "site_care.view_externallink"],
    }

    def ready(self):
        from . import checks, signals  # noqa: F401  (registers the checks and the submission hook)

        signals.connect()
