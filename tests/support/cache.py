"""The test run's cache, emptied between tests."""

from django.core.cache import cache


def clear_cache():
    """Empty this run's cache only. On Redis, cache.clear() would FLUSHDB the
    whole database that other runs and services share; delete_pattern keeps
    to this run's key prefix."""
    from core.page_cache import forget_local_parts

    if hasattr(cache, "delete_pattern"):
        cache.delete_pattern("*")
    else:
        cache.clear()
    forget_local_parts()
