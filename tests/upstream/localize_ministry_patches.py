"""An app that applies our patches of wagtail-localize (core.patches) and
their start-up checks, without the rest of the site."""

from django.apps import AppConfig
from django.core import checks


class MinistryPatchesConfig(AppConfig):
    name = "localize_ministry_patches"
    label = "localize_ministry_patches"

    def ready(self):
        from core.patches import localize_admin_urls, localize_draft_title, localize_save_target

        localize_save_target.apply()
        localize_admin_urls.apply()
        localize_draft_title.apply()

        def check_patches(app_configs=None, **kwargs):
            return localize_save_target.check() + localize_admin_urls.check() + localize_draft_title.check()

        checks.register(check_patches, "upstream_patches")
