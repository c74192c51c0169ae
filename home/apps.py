from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and general pages")
    default_auto_field = "django.db.models.BigAutoField"
    # The demo (ministry_site/demo): the home pages and the About page, first: the others add to them.
    demo_loader = "home.demo.load"
    demo_order = 10

    def ready(self):
        from . import searchable

        searchable.register()
