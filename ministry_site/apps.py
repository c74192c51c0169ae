from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MinistrySiteConfig(AppConfig):
    name = "ministry_site"
    verbose_name = _("Ministry site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move
        from wagtail_localize.models import Translation

        from . import patches
        from .editorial import safe_save_target

        # Workarounds for upstream gaps (each module says which).
        patches.apply()

        # wagtail-localize writes a translation into the target's database row
        # (what the public sees of a live page) and can publish source-language
        # text; see ministry_site.editorial. Remove if wagtail-localize gains a
        # revision-only save and a way to turn off publishing on sync.
        Translation.save_target = safe_save_target

        # Cached anonymous pages are dropped on anything the public sees.
        from wagtail.signals import published, unpublished

        from .page_cache import bump_generation

        for signal in (page_published, page_unpublished, page_slug_changed, post_page_move, published, unpublished):
            signal.connect(bump_generation, dispatch_uid=f"pagecache-{signal!r}")
        for sender in (
            "wagtailcore.Page",
            "wagtailcore.Site",
            "wagtailcore.PageViewRestriction",
            "wagtailcore.Locale",
            "ministry_site.OfficeContact",
            "ministry_site.MinistryDocument",
            # Cards and page parts show image renditions and topic names.
            "ministry_site.MinistryImage",
            "pressroom.Topic",
            "directory.Category",
            "directory.ContactPerson",
            "directory.Organisation",
            "search.Synonym",
        ):
            for signal in (post_save, post_delete):
                signal.connect(bump_generation, sender=sender, dispatch_uid=f"pagecache-{sender}-{signal!r}")
        # A page created live without a publish (an alias of a live page).
        from wagtail.models import Page

        def bump_on_new_live_page(sender, instance, created, **kwargs):
            if created and isinstance(instance, Page) and instance.live:
                bump_generation()

        post_save.connect(bump_on_new_live_page, dispatch_uid="pagecache-new-live-page")
        # Renditions are remembered too; a new one changes nothing already kept.
        post_delete.connect(
            bump_generation, sender="ministry_site.MinistryRendition", dispatch_uid="pagecache-rendition-delete"
        )
