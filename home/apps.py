from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and general pages")
    default_auto_field = "django.db.models.BigAutoField"
    # The demo (ministry_site/demo): the home pages first (the others add to
    # them), the About page last (the menu reads Home, the sections, About).
    demo_loaders = [(10, "home.demo.load"), (90, "home.demo.load_about")]

    def ready(self):
        from . import searchable

        searchable.register()
