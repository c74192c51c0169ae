"""/readyz answers anyone: it names each component and its state, never
where the services are or what they said (that goes to the log)."""

import logging

import pytest
from django.core.cache import caches
from django.test import Client

from settings import base as base_settings
from tests.support.network import free_port

pytestmark = pytest.mark.django_db


def test_readyz_tells_the_public_states_not_addresses_buckets_or_errors(settings, caplog, demo_site):
    dead_port = free_port()
    settings.STORAGES = {
        **settings.STORAGES,
        **base_settings.s3_storages(
            "ministry-secret-media",
            endpoint_url=f"http://127.0.0.1:{dead_port}",
            region_name="us-east-1",
            access_key="test",
            secret_key="test",
            addressing_style="path",
        ),
    }
    redis_port = free_port()
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{redis_port}/0",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5, "IGNORE_EXCEPTIONS": True},
        }
    }
    settings.DJANGO_REDIS_IGNORE_EXCEPTIONS = True
    try:
        with caplog.at_level(logging.WARNING, logger="ministry_site.health"):
            response = Client().get("/readyz")
    finally:
        caches.close_all()

    assert response.status_code == 200
    assert response.json() == {
        "ready": True,
        "checks": {
            "database": {"status": "ok"},
            "cache": {"status": "error"},
            "storage": {"status": "error"},
            "search": {"status": "ok"},
        },
    }
    body = response.content.decode()
    for secret in ("ministry-secret-media", str(dead_port), str(redis_port), "127.0.0.1", "http", "Error"):
        assert secret not in body, secret
    # The operators find the details in the log.
    logged = caplog.text
    assert "storage" in logged and f"127.0.0.1:{dead_port}" in logged and "ministry-secret-media" in logged
