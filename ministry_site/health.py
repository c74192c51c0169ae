"""/healthz and /readyz for load balancers and orchestrators.

/healthz: the process answers (touches nothing else).
/readyz: each dependency checked quickly and reported; 200 while the
database answers (the site works without Redis, S3 or Elasticsearch, only
slower or with fallbacks), 503 when it does not. Neither is ever cached.
Anyone may ask, so the answer names each component and its state only;
what failed and why (addresses, bucket names, errors) goes to the log."""

import logging
import time

from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)


@never_cache
def healthz(request):
    return HttpResponse("ok\n", content_type="text/plain")


def _checked(name, check):
    started = time.perf_counter()
    try:
        check()
    except Exception as error:  # every failure is a report, never a 500
        logger.warning(
            "readyz: %s failed after %.0f ms: %s: %s",
            name,
            (time.perf_counter() - started) * 1000,
            type(error).__name__,
            str(error)[:500],
        )
        return {"status": "error"}
    return {"status": "ok"}


def _database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _cache():
    key = "readyz:probe"
    cache.set(key, "1", 10)
    if cache.get(key) != "1":
        raise ConnectionError("the cache did not keep a value (unreachable?)")


def _storage():
    default_storage.exists("readyz-probe")


def _search():
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    client = getattr(backend, "es", None)
    if client is not None and not client.ping():
        raise ConnectionError("Elasticsearch did not answer")


@never_cache
def readyz(request):
    checks = {"database": _checked("database", _database)}
    if checks["database"]["status"] != "ok":
        connection.close()
    for name, check in (("cache", _cache), ("storage", _storage), ("search", _search)):
        checks[name] = _checked(name, check)
    ready = checks["database"]["status"] == "ok"
    return JsonResponse({"ready": ready, "checks": checks}, status=200 if ready else 503)
