from django.apps import AppConfig


class SiteConfig(AppConfig):
    """The project's wiring: URLs, WSGI, the sitemap, health checks and the
    demo. It imports the apps; no app imports it."""

    name = "ministry_site"
    label = "site"
    verbose_name = "Site"
