import pytest
from django.core.cache import cache

from search import engine


@pytest.fixture(autouse=True)
def _elasticsearch_not_marked_down():
    cache.delete(engine.ES_DOWN_KEY)
    yield
    cache.delete(engine.ES_DOWN_KEY)
