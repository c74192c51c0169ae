from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PressroomConfig(AppConfig):
    name = "pressroom"
    verbose_name = _("Pressroom")
    default_auto_field = "django.db.models.BigAutoField"
    # The demo (ministry_site/demo): topics, news, statements and galleries.
    demo_loader = "pressroom.demo.load"
    demo_order = 20

    def ready(self):
        from wagtail.signals import page_published

        from .models import StatementPage
        from .references import on_page_published

        page_published.connect(on_page_published, sender=StatementPage, dispatch_uid="statement-reference")

        from . import searchable

        searchable.register()
