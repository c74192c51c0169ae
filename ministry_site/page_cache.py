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
import pickle
import threading
import time
from collections import OrderedDict
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_cache_control

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
EXCLUDED_PREFIXES = ("/admin/", "/documents/", "/healthz", "/readyz", "/language/", "/static/", "/media/")
TIMEOUT = 600

# The generation read once per request (pages, routes and remembered parts
# of one request share it: one cache round trip instead of one per part).
# Parts computed during a request that races a publish are stored under the
# older generation, which nobody reads any more.
_request_generation = ContextVar("pagecache_generation", default=None)
_UNREACHABLE = 0  # memo for "the cache did not answer": not asked again in this request


class _LocalCopies:
    """The most recently used `size` values kept in this process, each for at
    most LOCAL_SECONDS. Keys hold their generation, so what is stored under
    a key does not go stale: a request reads the generation once (see below)
    instead of fetching and unpickling each part or page from the shared
    cache. The time limit bounds the damage of a publish whose bump the
    shared cache never received."""

    def __init__(self, size):
        self.size = size
        self.values = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            entry = self.values.get(key)
            if entry is None:
                return None
            if entry[1] < time.monotonic():
                del self.values[key]
                return None
            self.values.move_to_end(key)
            return entry[0]

    def set(self, key, value):
        if value is None:
            return
        with self.lock:
            self.values[key] = (value, time.monotonic() + LOCAL_SECONDS)
            self.values.move_to_end(key)
            while len(self.values) > self.size:
                self.values.popitem(last=False)

    def clear(self):
        with self.lock:
            self.values.clear()


LOCAL_SECONDS = 60
_local_parts = _LocalCopies(2000)
# Whole pages, pickled (each request gets its own response object): ~40 KB
# each, so fewer of them.
_local_pages = _LocalCopies(300)


# How long a process trusts the generation it last read from the shared cache:
# a publish on another app server is seen here within this time (the
# process that publishes forgets its copy at once). Saves a round trip to
# the shared cache on every request.
GENERATION_TRUST_SECONDS = 0.25
_trusted_generation = None  # (generation, monotonic time until which it is trusted)


def _first_generation():
    """A generation number never used before, even after the shared cache
    was emptied or restarted (a process may still hold parts of the old
    numbers): microseconds since 1970."""
    return time.time_ns() // 1000


def bump_generation(**kwargs):
    """Forget every cached page (on all app servers sharing the cache): now,
    and again when the transaction commits, so a request that read the old
    content in between cannot leave it cached under the new generation."""
    from django.db import transaction

    _bump()
    transaction.on_commit(_bump)


_bump_pending = False  # a bump the shared cache did not take: retried (at most once a second)
_bump_retry_at = 0.0
_highest_generation = 0  # the highest generation this process has seen


def _bump():
    global _trusted_generation, _bump_pending, _bump_retry_at
    _request_generation.set(None)
    _trusted_generation = None
    try:
        # django-redis answers None, rather than raising, when Redis is down.
        value = cache.incr(GENERATION_KEY)
        done = value is not None
        if done and value <= _highest_generation:
            _generation_went_backwards()
    except ValueError:  # not set yet (or evicted)
        done = cache.set(GENERATION_KEY, _fresh_generation(), None) is not False
    except Exception:
        done = False
    _bump_pending = not done
    if not done:
        _bump_retry_at = time.monotonic() + 1
        # Nothing is served from the shared cache while it is down; what this
        # process keeps is dropped now, and the bump is retried.
        _local_parts.clear()
        _local_pages.clear()
        logger.warning("Could not reach the cache to drop cached pages; retrying")


def _fresh_generation():
    return max(_first_generation(), _highest_generation + 1)


def _generation_went_backwards():
    """Redis came back from a snapshot, or a failover lost the last bumps:
    numbers this process already used would come round again with other
    content. Start a new generation, and drop what this process kept."""
    _local_parts.clear()
    _local_pages.clear()
    value = _fresh_generation()
    cache.set(GENERATION_KEY, value, None)
    logger.warning("The cache's page generation went backwards; starting a new one")
    return value


def _generation():
    global _trusted_generation, _highest_generation
    value = _request_generation.get()
    if value is not None:
        return value or None
    if _bump_pending and time.monotonic() >= _bump_retry_at:
        _bump()
    trusted, now = _trusted_generation, time.monotonic()
    if trusted is not None and trusted[1] > now:
        return trusted[0]
    value = cache.get(GENERATION_KEY)
    if value is None:
        # First use, or the cache is unreachable (then add() fails too and
        # the second get() is None: no caching).
        cache.add(GENERATION_KEY, _fresh_generation(), None)
        value = cache.get(GENERATION_KEY)
    elif value < _highest_generation:
        value = _generation_went_backwards()
    if value is not None:
        _highest_generation = max(_highest_generation, value)
    _trusted_generation = None if value is None else (value, now + GENERATION_TRUST_SECONDS)
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
        if _cacheable_request(request):
            generation = _generation()
            token = _request_generation.set(_UNREACHABLE if generation is None else generation)
            try:
                return self._serve(request, generation)
            finally:
                _request_generation.reset(token)
        return self.get_response(request)

    def _serve(self, request, generation):
        if not getattr(settings, "ANONYMOUS_PAGE_CACHE", True) or generation is None:
            return self.get_response(request)
        key = _key(request, generation)
        local = _local_pages.get(key)
        if local is not None:
            response = pickle.loads(local)  # nosec B301 # bytes this process pickled itself, never outside data
        else:
            response = cache.get(key)
            if response is not None:
                _local_pages.set(key, pickle.dumps(response, pickle.HIGHEST_PROTOCOL))
        if response is not None:
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if _cacheable_response(request, response):
            # Browsers check again every time; a reverse proxy may keep it a second.
            patch_cache_control(response, public=True, max_age=0, s_maxage=1)
            cache.set(key, response, TIMEOUT)
            _local_pages.set(key, pickle.dumps(response, pickle.HIGHEST_PROTOCOL))
            response["X-Page-Cache"] = "miss"
        return response


def remember(name, parts, compute, timeout=TIMEOUT):
    """`compute()`, kept in the shared cache until the next publish (the same
    generation as whole pages): for parts of pages that depend on published
    content only, such as the home page's latest items or a listing's cards."""
    value = recall(name, parts)
    if value is None:
        value = compute()
        keep(name, parts, value, timeout)
    return value


def forget_local_parts():
    """Drop this process's copies (tests that empty the shared cache)."""
    global _trusted_generation, _highest_generation, _bump_pending
    _trusted_generation = None
    _highest_generation = 0
    _bump_pending = False
    _local_parts.clear()
    _local_pages.clear()


def remember_each(name, keys, parts, compute):
    """The remembered value of each of `keys`, in order, like `remember`:
    `parts(key)` names a key's value; `compute(missing keys)` returns
    {key: value} for those not kept yet (one batch, e.g. one query). Keys
    it leaves out are left out."""
    found = {key: recall(name, parts(key)) for key in keys}
    missing = [key for key in keys if found[key] is None]
    if missing:
        for key, value in compute(missing).items():
            found[key] = value
            keep(name, parts(key), value)
    return [found[key] for key in keys if found.get(key) is not None]


def recall(name, parts):
    """What `keep(name, parts, …)` stored in this generation, or None."""
    key = _part_key(name, parts)
    if key is None:
        return None
    value = _local_parts.get(key)
    if value is None:
        value = cache.get(key)
        _local_parts.set(key, value)
    return value


def keep(name, parts, value, timeout=TIMEOUT):
    key = _part_key(name, parts)
    if key is not None:
        cache.set(key, value, timeout)
        _local_parts.set(key, value)


def _part_key(name, parts):
    generation = _generation()
    if generation is None:
        return None
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()
    return f"pagecache:{generation}:part:{name}:{digest}"
