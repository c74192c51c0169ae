from django.apps import AppConfig, apps
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The shared core: base page, image and document models, blocks,
    languages and dates, editorial rules, the page cache.

    Its label stays "ministry_site", the name it had before the core was split
    from the project's wiring (ministry_site/): its tables, migrations,
    content types and permissions keep their names, so no data moves."""

    name = "core"
    label = "ministry_site"
    verbose_name = _("Ministry site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

        from . import patches

        # Workarounds for upstream gaps (Translation.save_target, admin
        # addresses over wagtail-localize's), and their version checks.
        patches.apply_all()

        # Out-of-date translations: fingerprints of each source's text as
        # last synced and as it is now (see core.freshness).
        from django.db.models.signals import post_migrate
        from wagtail_localize.models import TranslationSource

        from . import freshness

        post_save.connect(freshness.record_snapshot, sender=TranslationSource, dispatch_uid="freshness-snapshot")
        post_save.connect(freshness.record_current, dispatch_uid="freshness-current")
        post_migrate.connect(freshness.fill_missing, sender=self, dispatch_uid="freshness-fill")

        # The site history leaves out log entries of objects a user may not see.
        from .restricted import install_log_entry_rule

        install_log_entry_rule()

        # Cached anonymous pages are dropped on anything the public sees.
        from wagtail.signals import published, unpublished

        from .page_cache import bump_generation

        for signal in (page_published, page_unpublished, page_slug_changed, post_page_move, published, unpublished):
            signal.connect(bump_generation, dispatch_uid=f"pagecache-{signal!r}")
        # Wagtail's own models that pages show, and every model of any app
        # that says so with `drops_page_cache = True`.
        senders = ["wagtailcore.Page", "wagtailcore.Site", "wagtailcore.PageViewRestriction", "wagtailcore.Locale"]
        senders += [model for model in apps.get_models() if getattr(model, "drops_page_cache", False)]
        for sender in senders:
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
