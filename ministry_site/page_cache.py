"""Anonymous pages served from the shared cache, dropped on every publish.

Whole responses for visitors who carry no session are kept in the cache
(Redis in production, so every app server shares them) under a
"generation" number; publishing, unpublishing, moving or deleting a page
and approving a public snippet bump the generation, so every app server
serves fresh pages from the next request on.

What is never stored or served from it: requests with a session cookie
(editors, directors, translators; previews live under /admin/ anyway), the
admin, documents, health checks, language switching and "/" (which depends
on the reader's language); responses that set a cookie (CSRF token, session,
language), that used the session (messages), that are not 200, or that say
private / no-store. When the cache cannot be reached, nothing is cached."""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_cache_control

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
EXCLUDED_PREFIXES = ("/admin/", "/documents/", "/healthz", "/readyz", "/language/", "/static/", "/media/")
TIMEOUT = 600


def bump_generation(**kwargs):
    """Forget every cached page (on all app servers sharing the cache): now,
    and again when the transaction commits, so a request that read the old
    content in between cannot leave it cached under the new generation."""
    from django.db import transaction

    _bump()
    transaction.on_commit(_bump)


def _bump():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not set yet (or evicted)
        cache.set(GENERATION_KEY, 2, None)
    except Exception:  # the cache is down: nothing is being served from it either
        logger.warning("Could not reach the cache to drop cached pages")


def _generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        # First use, or the cache is unreachable (then add() fails too and
        # the second get() is None: no caching).
        cache.add(GENERATION_KEY, 1, None)
        value = cache.get(GENERATION_KEY)
    return value


def _cacheable_request(request):
    if request.method not in ("GET", "HEAD"):
        return False
    if request.path == "/" or request.path.startswith(EXCLUDED_PREFIXES):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "HTTP_AUTHORIZATION" in request.META:
        return False
    return True


def _cacheable_response(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    session = getattr(request, "session", None)
    if session is not None and session.accessed:
        return False
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in ("private", "no-store", "no-cache", "max-age=0")):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def _key(request, generation):
    address = f"{request.get_host()}{request.get_full_path()}"
    return f"pagecache:{generation}:{hashlib.sha256(address.encode()).hexdigest()}"


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not getattr(settings, "ANONYMOUS_PAGE_CACHE", True) or not _cacheable_request(request):
            return self.get_response(request)
        generation = _generation()
        if generation is None:
            return self.get_response(request)
        key = _key(request, generation)
        stored = cache.get(key)
        if stored is not None:
            response = stored
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if _cacheable_response(request, response):
            # Browsers check again every time; a reverse proxy may keep it a second.
            patch_cache_control(response, public=True, max_age=0, s_maxage=1)
            cache.set(key, response, TIMEOUT)
            response["X-Page-Cache"] = "miss"
        return response


def remember(name, parts, compute, timeout=TIMEOUT):
    """`compute()`, kept in the shared cache until the next publish (the same
    generation as whole pages): for parts of pages that depend on published
    content only, such as the home page's latest items or a listing's cards."""
    generation = _generation()
    if generation is None:
        return compute()
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()
    key = f"pagecache:{generation}:part:{name}:{digest}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout)
    return value
