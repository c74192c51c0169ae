from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PressroomConfig(AppConfig):
    name = "pressroom"
    verbose_name = _("Pressroom")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published

        from .models import StatementPage, Topic
        from .models.topics import forget_topics
        from .references import on_page_published

        page_published.connect(on_page_published, sender=StatementPage, dispatch_uid="statement-reference")
        for signal in (post_save, post_delete):
            signal.connect(forget_topics, sender=Topic, dispatch_uid=f"forget-topics-{signal!r}")
