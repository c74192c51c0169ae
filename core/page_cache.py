"""Anonymous pages served from the shared cache, dropped on every publish.

Whole responses for visitors who carry no session are kept in the cache
(Redis in production, so every app server shares them) under a
"generation" kept in the database; publishing, unpublishing, moving or
deleting a page and approving a public snippet bump the generation, so
every process (app servers, their workers, the scheduler, the command
line) serves fresh pages within GENERATION_TRUST_SECONDS.

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
import uuid
from collections import OrderedDict
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import SuspiciousOperation
from django.db import DatabaseError
from django.utils.cache import patch_cache_control

from .patches.search_index_once import after_held_updates

logger = logging.getLogger(__name__)

EXCLUDED_PREFIXES = ("/admin/", "/documents/", "/healthz", "/readyz", "/language/", "/static/", "/media/")
TIMEOUT = 600

# The generation read once per request (pages, routes and remembered parts
# of one request share it: one look-up instead of one per part).
# Parts computed during a request that races a publish are stored under the
# older generation, which nobody reads any more.
_request_generation = ContextVar("pagecache_generation", default=None)
_UNREACHABLE = 0  # memo for "no generation known": not asked again in this request
# Set when a request shows something in place of what it could not make (an
# image size while the file store is down): nothing it renders is kept.
_degraded = ContextVar("pagecache_degraded", default=False)


def degraded():
    """This request shows a stand-in for something it could not make: do not
    keep its page or any part made from now on."""
    _degraded.set(True)


class _LocalCopies:
    """The most recently used `size` values kept in this process, each for at
    most LOCAL_SECONDS. Keys hold their generation, so what is stored under
    a key does not go stale: a request reads the generation once (see below)
    instead of fetching and unpickling each part or page from the shared
    cache."""

    def __init__(self, size):
        self.size = size
        self.values = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        if not settings.PAGE_CACHE_LOCAL_COPIES:
            return None
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
        if value is None or not settings.PAGE_CACHE_LOCAL_COPIES:
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


# The generation lives in the database (PageCacheGeneration): the one store
# every process shares on the embedded default (SQLite, a cache in each
# process's memory) as in production, and the one a publish writes anyway.
# The bump is written in the publish's own transaction, so a change and its
# bump are committed together or not at all: no bump is ever lost to a
# cache that could not be reached, nor to a process that exits (the
# scheduler, a management command). The shared cache (Redis) only holds
# pages and parts under keys that name their generation; its outages are
# misses, never stale pages.
#
# A process trusts the generation it last read for this long: a publish by
# any other process is seen here within it (the process that publishes
# forgets its copy at once). One query at most this often per process.
GENERATION_TRUST_SECONDS = 0.25
_trusted_generation = None  # (generation, monotonic time until which it is trusted)
_database_down = [False]  # logged once per outage


def _new_token():
    # Random, not a counter: a database restored from a backup goes back to
    # an older token, and the next bump must not reuse a number whose pages
    # the shared cache still holds.
    return uuid.uuid4().hex


def bump_generation(**kwargs):
    """Forget every cached page and part, in every process: a new generation,
    written in the current transaction (so it is seen exactly when the
    change that caused it is)."""
    from django.db import transaction

    from .models import PageCacheGeneration

    token = _new_token()
    if not PageCacheGeneration.objects.filter(pk=1).update(token=token):
        _create_generation_row(token)
        PageCacheGeneration.objects.filter(pk=1).update(token=token)
    _forget_trusted()
    transaction.on_commit(_forget_trusted)
    # A search index update held till the request ends (core.patches.search_index_once)
    # is written after this: a search cached in between would keep the old results.
    after_held_updates(bump_generation)


def _forget_trusted():
    global _trusted_generation
    _request_generation.set(None)
    _trusted_generation = None


def _create_generation_row(token):
    """The row, on a new (or emptied) database. An insert that another
    process may have made first, without a savepoint (the generation is
    read and bumped in the middle of other transactions)."""
    from .models import PageCacheGeneration

    PageCacheGeneration.objects.bulk_create([PageCacheGeneration(pk=1, token=token)], ignore_conflicts=True)


def _read_generation():
    from .models import PageCacheGeneration

    token = PageCacheGeneration.objects.filter(pk=1).values_list("token", flat=True).first()
    if token is None:
        _create_generation_row(_new_token())
        token = PageCacheGeneration.objects.filter(pk=1).values_list("token", flat=True).first()
    return token


def _generation():
    global _trusted_generation
    value = _request_generation.get()
    if value is not None:
        return value or None
    trusted, now = _trusted_generation, time.monotonic()
    if trusted is not None and trusted[1] > now:
        return trusted[0]
    try:
        value = _read_generation()
    except DatabaseError:
        # Which generation is current cannot be known (the last one this
        # process read may be older than a publish made since): nothing is
        # served from or stored in the cache, and the page itself answers
        # (the 503 page while the database is down). Logged once per outage.
        if not _database_down[0]:
            logger.warning("The database did not answer: pages are not cached until it does")
        _database_down[0] = True
        value = None
    else:
        if _database_down[0]:
            logger.warning("The database answers again: pages are cached again")
        _database_down[0] = False
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
    if response.status_code != 200 or response.streaming or response.cookies or _degraded.get():
        return False
    session = getattr(request, "session", None)
    if session is not None and session.accessed:
        return False
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in ("private", "no-store", "no-cache", "max-age=0")):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def uses_query(request, *names):
    """The response to `request` depends on these query parameters. Only
    declared parameters enter a page's cache key; a request that carries any
    other is answered without the cache (so `?x=1`, `?x=2`, … cannot fill
    it). Called where a view or page reads `request.GET`."""
    used = getattr(request, "_pagecache_query", None)
    if used is None:
        used = request._pagecache_query = set()
    used.update(names)


def _vary_headers(response):
    return tuple(sorted({name.strip().lower() for name in response.get("Vary", "").split(",") if name.strip()}))


def _signature_key(request, generation):
    """Where the query parameters and Vary headers of the page at this address
    are kept (learnt from its last response, per generation)."""
    address = f"{request.get_host()}{request.path}"
    return f"pagecache:{generation}:signature:{hashlib.sha256(address.encode()).hexdigest()}"


def _key(request, generation, signature):
    """The key of this request's page, or None when it must not be cached:
    a query parameter the page does not use, or `Vary: *`."""
    parameters, vary = signature
    if "*" in vary:
        return None
    try:
        query = request.GET
    except SuspiciousOperation:
        return None
    if any(name not in parameters for name in query):
        return None
    used = [(name, query.getlist(name)) for name in sorted(parameters) if name in query]
    headers = [(name, request.META.get("HTTP_" + name.upper().replace("-", "_"), "")) for name in vary]
    address = repr((request.get_host(), request.path, used, headers))
    return f"pagecache:{generation}:{hashlib.sha256(address.encode()).hexdigest()}"


def _recall_local_first(local, key):
    value = local.get(key)
    if value is None:
        value = cache.get(key)
        local.set(key, value)
    return value


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        degraded_token = _degraded.set(False)
        try:
            if _cacheable_request(request):
                generation = _generation()
                token = _request_generation.set(_UNREACHABLE if generation is None else generation)
                try:
                    return self._serve(request, generation)
                finally:
                    _request_generation.reset(token)
            return self.get_response(request)
        finally:
            _degraded.reset(degraded_token)

    def _serve(self, request, generation):
        if not getattr(settings, "ANONYMOUS_PAGE_CACHE", True) or generation is None:
            return self.get_response(request)
        signature_key = _signature_key(request, generation)
        signature = _recall_local_first(_local_parts, signature_key)
        key = None if signature is None else _key(request, generation, signature)
        if key is not None:
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
        if not _cacheable_response(request, response):
            return response
        learnt = (frozenset(getattr(request, "_pagecache_query", ())), _vary_headers(response))
        if learnt != signature:
            cache.set(signature_key, learnt, TIMEOUT)
            _local_parts.set(signature_key, learnt)
        key = _key(request, generation, learnt)
        if key is not None:
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
    global _trusted_generation
    _trusted_generation = None
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
    return _recall_local_first(_local_parts, key)


def keep(name, parts, value, timeout=TIMEOUT):
    key = None if _degraded.get() else _part_key(name, parts)
    if key is not None:
        cache.set(key, value, timeout)
        _local_parts.set(key, value)


def _part_key(name, parts):
    generation = _generation()
    if generation is None:
        return None
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()
    return f"pagecache:{generation}:part:{name}:{digest}"
