"""/healthz and /readyz for load balancers and orchestrators.

/healthz: the process answers (touches nothing else).
/readyz: each dependency checked quickly and reported; 200 while the
database answers (the site works without Redis, S3 or Elasticsearch, only
slower or with fallbacks), 503 when it does not. Neither is ever cached."""

import time

from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache


@never_cache
def healthz(request):
    return HttpResponse("ok\n", content_type="text/plain")


def _timed(check):
    started = time.perf_counter()
    try:
        detail = check() or "ok"
        status = "ok"
    except Exception as error:  # every failure is a report, never a 500
        status, detail = "error", f"{type(error).__name__}: {error}"[:300]
    return {"status": status, "detail": detail, "ms": round((time.perf_counter() - started) * 1000, 1)}


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
    return type(default_storage).__name__


def _search():
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    client = getattr(backend, "es", None)
    if client is None:
        return "database"
    if not client.ping():
        raise ConnectionError("Elasticsearch did not answer")
    return "elasticsearch"


@never_cache
def readyz(request):
    checks = {name: _timed(check) for name, check in (("database", _database),)}
    if checks["database"]["status"] != "ok":
        connection.close()
    for name, check in (("cache", _cache), ("storage", _storage), ("search", _search)):
        checks[name] = _timed(check)
    ready = checks["database"]["status"] == "ok"
    return JsonResponse({"ready": ready, "checks": checks}, status=200 if ready else 503)
