import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import admin_views, routing, views
from search import views as search_views

from . import health
from .robots import robots_txt
from .sitemap import sitemap

handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"
handler400 = "core.views.bad_request"
handler403 = "core.views.permission_denied"

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("", views.root_redirect, name="root_redirect"),
    path("language/<str:language>/", views.switch_language, name="switch_language"),
    re_path(
        r"^(?P<alias>{})/(?P<rest>.*)$".format("|".join(re.escape(alias) for alias in views.LANGUAGE_ALIASES)),
        views.language_alias_redirect,
    ),
    # Before Wagtail's own sign-out (same address and name): see SignOutView.
    path("admin/logout/", admin_views.SignOutView.as_view(), name="wagtailadmin_logout"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    # Media relations' one public address: leaving the mailings (a signed link).
    path("mail/", include("media_relations.urls")),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
if settings.DEBUG or getattr(settings, "SERVE_MEDIA_FILES", False):
    # Uploaded files on local disk for the demo and the browser tests;
    # production serves them from S3 or the reverse proxy.
    from django.views.static import serve

    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})]

# Every public page lives under its language's prefix: /fa-af/, /ps/, /en/.
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    # Wagtail's page view with a remembered route (core.routing);
    # wagtail_urls still provides its other views and the "wagtail_serve" name.
    # (Not Wagtail's own views under _util/: password and login for private pages.)
    re_path(r"^(?!_util/)" + wagtail_urls.serve_pattern.removeprefix("^"), routing.serve),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
