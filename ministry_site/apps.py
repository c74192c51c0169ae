from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MinistrySiteConfig(AppConfig):
    name = "ministry_site"
    verbose_name = _("Ministry site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

        from .chrome import invalidate_chrome
        from .models import OfficeContact

        # Navigation, home links and footer contacts are cached per language.
        for signal in (page_published, page_unpublished, page_slug_changed, post_page_move):
            signal.connect(invalidate_chrome, dispatch_uid=f"chrome-{signal!r}")
        post_save.connect(invalidate_chrome, sender="wagtailcore.Site", dispatch_uid="chrome-site-save")
        post_delete.connect(invalidate_chrome, sender="wagtailcore.Page", dispatch_uid="chrome-page-delete")
        # A publish saves the row too, so post_save covers publishing and unpublishing.
        for signal in (post_save, post_delete):
            signal.connect(invalidate_chrome, sender=OfficeContact, dispatch_uid=f"chrome-contact-{signal!r}")
