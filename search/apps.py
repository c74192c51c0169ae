from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Site search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from .models import Synonym
        from .query import forget_synonyms

        post_save.connect(forget_synonyms, sender=Synonym, dispatch_uid="search-synonyms-saved")
        post_delete.connect(forget_synonyms, sender=Synonym, dispatch_uid="search-synonyms-deleted")
