"""Finding the page for a public address in one query.

Wagtail walks the tree one level at a time (the site, the language's home
page, then a child by slug and its specific row per level: seven queries
for /fa-af/news/some-story/). The walk's outcome only changes when
something is published, moved or deleted, which bumps the page cache's
generation, so it is remembered per generation as a hint: the page's id and
type, and what is left of the address for a routable page's own routes.

A hint is only a shortcut, never trusted on its own: the page is read from
the database and its url_path must be the language's home page's followed
by the address (less what is left), and its own `route()` (the live check;
a routable page's sub-routes) answers as in Wagtail's walk. Anything else
falls back to Wagtail's walk.

What Wagtail keeps on the request (its Site, route and site root paths,
under private attributes) is set through core.patches.wagtail_request_cache,
which checks the Wagtail version it was written for.
"""

from django.apps import apps
from django.conf import settings
from django.http import Http404
from django.http.request import split_domain_port
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from .page_cache import keep, recall, remember
from .patches import wagtail_request_cache as request_cache


def serve(request, path):
    """Wagtail's page view, with the route found from the hint when there is one."""
    prime_route(request, path)
    return wagtail_views.serve(request, path)


def site_for_request(request):
    """Wagtail's Site for this request, remembered per host and generation."""
    if not request_cache.has_site(request):
        hostname = split_domain_port(request_cache.raw_host(request))[0]
        site = remember("site", (hostname, request.get_port()), lambda: request_cache.find_site(request))
        request_cache.set_site(request, site)
    return request_cache.get_site(request)


class RememberedSiteMiddleware:
    """Public views that are not pages (search, errors) ask Wagtail for the
    Site too, a query each time: give them the remembered one, and the
    remembered site root paths."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(("/admin/", "/static/", "/media/", "/healthz", "/readyz")):
            site_for_request(request)
            # What Wagtail builds page URLs from (its own cache is a Redis
            # read per request); a publish, move or Site change bumps it.
            request_cache.set_site_root_paths(request, remember("site-root-paths", (), Site.get_site_root_paths))
        return self.get_response(request)


def prime_route(request, path):
    if request_cache.has_route(request) or not settings.ROUTE_HINTS:
        return
    site = site_for_request(request)
    if site is None:
        return
    language = translation.get_language()
    components = [component for component in path.split("/") if component]
    parts = (site.pk, language, path)
    # The url_path Wagtail's walk would reach: the home page Wagtail starts
    # from (`site.root_page.localized`), then the address.
    home_path = remember("home-path", (site.pk, language), lambda: site.root_page.localized.url_path)
    hint = recall("route", parts)
    if hint is not None:
        result = _follow(request, hint, home_path, components)
        if result is not None:
            request_cache.set_route(request, result)
            return
    result = Page.route_for_request(request, path)  # Wagtail's walk; kept on the request
    if result is not None:
        page = result[0]
        consumed = page.depth - site.root_page.depth
        keep("route", parts, (page.pk, page._meta.label_lower, len(components) - consumed))


def _follow(request, hint, home_path, components):
    page_id, model_label, left = hint
    if not 0 <= left <= len(components):
        return None
    consumed, remaining = components[: len(components) - left], components[len(components) - left :]
    try:
        model = apps.get_model(model_label)
        pages = model._default_manager.select_related("locale", *getattr(model, "route_select_related", ()))
        page = pages.prefetch_related(*getattr(model, "route_prefetch_related", ())).get(pk=page_id)
    except (LookupError, Page.DoesNotExist):
        return None
    if page.url_path != home_path + "".join(f"{component}/" for component in consumed):
        return None
    try:
        return page.route(request, remaining)
    except Http404:
        return None
