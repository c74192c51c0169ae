import time

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.contrib.auth import SESSION_KEY, logout
from django.middleware.locale import LocaleMiddleware
from django.urls import Resolver404, resolve

from .patches.search_index_once import index_updates_once


class RejectMalformedQueryMiddleware:
    """Parse the query string up front, so a request with too many fields
    (over DATA_UPLOAD_MAX_NUMBER_FIELDS) gets the 400 page in its language
    here, rather than being served by a view that never reads the fields, or
    failing later inside an error handler that does."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.META.get("QUERY_STRING"):
            request.GET  # noqa: B018 - raises TooManyFieldsSent, which Django answers with a 400
        return self.get_response(request)


class IndexUpdatesOnceMiddleware:
    """Search index updates a request causes run once per object, as it ends
    (core.patches.search_index_once): publishing a page saves it three times,
    and its index entry was written each time, in the editor's request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with index_updates_once():
            return self.get_response(request)


class SiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that a 404 from a view outside the
    language prefixes (the admin, documents, the sitemap) stays a 404.

    Django redirects any 404 without a language prefix to the same path under
    the reader's language whenever that path would resolve, and Wagtail's
    catch-all page route makes every path resolve: an admin "not found"
    became a redirect into the public site."""

    def process_response(self, request, response):
        if response.status_code == 404:
            try:
                resolve(request.path_info)
            except Resolver404:
                pass  # an unknown, unprefixed path: let Django add the prefix
            else:
                return response
        return super().process_response(request, response)


class StorageUnavailableMiddleware:
    """When the file store (S3) cannot be reached, an upload or a page that
    needs a new image size gets a 503 page that says so, in the request's
    language, instead of a traceback. Nothing already saved is touched."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        import logging

        from .views import _render_error, page_not_found

        match = request.resolver_match
        if isinstance(exception, FileNotFoundError) and match and match.url_name == "wagtaildocs_serve":
            # The database knows the document but the store has lost its file
            # (deleted or restored from an older backup): "not found" for the
            # reader, an error for the operators, who can bring it back from
            # the bucket's versions (docs/deployment.md).
            logging.getLogger(__name__).error("A document's file is missing from the store: %s", exception)
            return page_not_found(request, exception)
        try:
            from botocore.exceptions import BotoCoreError, ClientError
        except ImportError:  # pragma: no cover - boto3 is a requirement
            return None
        if not isinstance(exception, (BotoCoreError, ClientError)):
            return None
        logging.getLogger(__name__).error("The file store failed: %s", exception)
        response = _render_error("503_storage.html", 503)
        response["Retry-After"] = "60"
        return response


class AdminBaseUrlMiddleware:
    """Remembers, for the length of a request, the address it came to
    (scheme, host and port, the host checked against ALLOWED_HOSTS), for the
    links in the e-mails it sends when no address is configured (see
    core.patches.admin_base_url)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from .patches.admin_base_url import request_origin

        # After CommonMiddleware, which has already refused a host not allowed.
        token = request_origin.set(f"{request.scheme}://{request.get_host()}")
        try:
            return self.get_response(request)
        finally:
            request_origin.reset(token)


def _now():
    return time.time()


class SessionIdleTimeoutMiddleware:
    """A signed-in session ends after SESSION_IDLE_TIMEOUT seconds without a
    request: a staff member's browser left open on a shared computer is not
    signed in the next morning. Each request moves the end forward (the time
    is written at most every few minutes, to spare a write per request);
    SESSION_COOKIE_AGE is the same span, so the cookie and the stored session
    lapse too. Visitors' requests never touch the session here (reading it
    would make every public page vary on the cookie)."""

    KEY = "ministry_last_request"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        has_cookie = settings.SESSION_COOKIE_NAME in request.COOKIES
        idle = settings.SESSION_IDLE_TIMEOUT
        if has_cookie and request.session.get(SESSION_KEY):
            last = request.session.get(self.KEY)
            if last is not None and _now() - last > idle:
                logout(request)  # the stored session is deleted, not just forgotten
        response = self.get_response(request)
        if (has_cookie or request.session.modified) and request.session.get(SESSION_KEY):
            last = request.session.get(self.KEY)
            now = _now()
            if last is None or now - last >= min(300, idle / 10):
                request.session[self.KEY] = now
        return response


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's own policy for everything
    under /admin/ (settings.ADMIN_CONTENT_SECURITY_POLICY): the public one
    would stop Wagtail, and none at all left an injected script free to run
    with an editor's rights (the report-only policy shows what keeps it
    from forbidding inline script). The admin refuses to be framed (like its
    X-Frame-Options: DENY) except where Wagtail allows its own origin (the
    live preview)."""

    ADMIN_PREFIX = "/admin/"

    def process_response(self, request, response):
        if request.path_info.startswith(self.ADMIN_PREFIX):
            # Wagtail's preview renders the public page through the whole
            # middleware stack again, which gave it the public policy and its
            # frame-ancestors 'none': the preview frame stayed blank. Under
            # /admin/ the admin's policy is the one sent.
            for header in (HEADER, HEADER_REPORT_ONLY):
                if header in response:
                    del response[header]
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if parts.config is None and request.path_info.startswith(self.ADMIN_PREFIX):
            admin_policy = (
                settings.ADMIN_CONTENT_SECURITY_POLICY_REPORT_ONLY
                if report_only
                else settings.ADMIN_CONTENT_SECURITY_POLICY
            )["DIRECTIVES"]
            directives = {key: list(value) for key, value in admin_policy.items()}
            if response.get("X-Frame-Options", "").upper() == "SAMEORIGIN":
                directives["frame-ancestors"] = ["'self'"]
            parts.config = default_config(directives)
        elif getattr(request, "is_preview", False):
            # The made-up request of a preview (the page's own address, run
            # through the stack by the admin): framed by the admin only.
            parts.replace = {**(parts.replace or {}), "frame-ancestors": ["'self'"]}
        return parts
