"""What Wagtail keeps on a request, set by us ahead of time (core.routing).

The gap: Wagtail 7.4 finds a request's Site, its page route and the site
root paths from the database (or its cache) and keeps each on the request
under private attributes, with no hook to supply them. The site's route
hints and remembered Site (core.routing) set those attributes first, so
Wagtail's own code (`Site.find_for_request`, `Page.route_for_request`,
`Page._get_site_root_paths`, `wagtail.views.serve`) uses them. Every
access to them goes through the functions below.

It can go when Wagtail offers a hook or setting for how a request's Site
and route are found (or if bench/load.py shows the hints no longer pay);
then delete this module, core.routing's use of it and its entry in
core.patches.MODULES.
"""

from . import check_signatures, check_source_mentions, check_version

ERROR_ID = "patches.E006"
SERIES = "7.4"
DJANGO_SERIES = "5.2"  # HttpRequest._get_raw_host
ROUTE = "_wagtail_route_for_request"
SITE = "_wagtail_site"
SITE_ROOT_PATHS = "_wagtail_cached_site_root_paths"

SIGNATURES = {
    "Page.route_for_request": "(request: 'HttpRequest', path: 'str') -> 'RouteResult | None'",
    "Page.route": "(self, request, path_components)",
    "Page._get_site_root_paths": "(self, request=None)",
    "Site.find_for_request": "(request)",
    "Site._find_for_request": "(request)",
    "Site.get_site_root_paths": "()",
    "wagtail.views.serve": "(request, path)",
    "HttpRequest._get_raw_host": "(self)",
}


def has_route(request):
    return hasattr(request, ROUTE)


def set_route(request, result):
    """What `Page.route_for_request` would answer: (page, args, kwargs) or None."""
    setattr(request, ROUTE, result)


def has_site(request):
    return hasattr(request, SITE)


def get_site(request):
    return getattr(request, SITE)


def set_site(request, site):
    setattr(request, SITE, site)


def set_site_root_paths(request, paths):
    setattr(request, SITE_ROOT_PATHS, paths)


def raw_host(request):
    """The Host header unchecked against ALLOWED_HOSTS, as Wagtail finds Sites."""
    return request._get_raw_host()


def find_site(request):
    """Wagtail's Site lookup for a request, without keeping the result."""
    from wagtail.models import Site

    return Site._find_for_request(request)


def _upstream():
    from django.http import HttpRequest
    from wagtail import views
    from wagtail.models import Page, Site

    return {
        "Page.route_for_request": getattr(Page, "route_for_request", None),
        "Page.route": getattr(Page, "route", None),
        "Page._get_site_root_paths": getattr(Page, "_get_site_root_paths", None),
        "Site.find_for_request": getattr(Site, "find_for_request", None),
        "Site._find_for_request": getattr(Site, "_find_for_request", None),
        "Site.get_site_root_paths": getattr(Site, "get_site_root_paths", None),
        "wagtail.views.serve": getattr(views, "serve", None),
        "HttpRequest._get_raw_host": getattr(HttpRequest, "_get_raw_host", None),
    }


def check():
    errors = check_version(ERROR_ID, __name__, "wagtail", SERIES)
    errors += check_version(ERROR_ID, __name__, "Django", DJANGO_SERIES)
    upstream = _upstream()
    errors += check_signatures(ERROR_ID, __name__, SIGNATURES, upstream)
    if errors:
        return errors
    for name, attribute in (
        ("Page.route_for_request", ROUTE),
        ("Site.find_for_request", SITE),
        ("Page._get_site_root_paths", SITE_ROOT_PATHS),
        ("wagtail.views.serve", "route_for_request"),
    ):
        errors += check_source_mentions(ERROR_ID, __name__, upstream[name], [attribute])
    return errors
