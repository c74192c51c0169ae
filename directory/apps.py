from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = _("Stakeholder directory")
    default_auto_field = "django.db.models.BigAutoField"
    # The demo (ministry_site/demo): the directory page, organisations and contacts.
    demo_loader = "directory.demo.load"
    demo_order = 30

    def ready(self):
        from . import searchable

        searchable.register()

    def rebuild_site_structure(self, apps):
        """What this app's data migrations made, again (core.site_structure.ensure_site_structure)."""
        from .seed import seed_categories

        seed_categories(apps)
