"""Redis unreachable: after the first failure a process stops trying it for
a few seconds, so each cache call is a miss at once instead of a wait for
the socket timeouts on every call of every request."""

import socket
import subprocess  # nosec B404
import threading

import pytest
from django_redis.cache import RedisCache

from core import redis_breaker
from tests.support import servers
from tests.support.redis import REDIS_URL, redis_answers


class Blackhole:
    """Accepts connections and never answers: Redis behind a partition."""

    def __init__(self):
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.accepted = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                client, _address = self.listener.accept()
            except OSError:
                return
            self.accepted.append(client)

    def close(self):
        self.listener.close()
        for client in self.accepted:
            client.close()


def _cache(location):
    return RedisCache(
        location,
        {
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": 0.3,
                "SOCKET_TIMEOUT": 0.3,
                "IGNORE_EXCEPTIONS": True,
                "CONNECTION_POOL_CLASS": "core.redis_breaker.BreakerConnectionPool",
            },
            "KEY_PREFIX": "breaker-test",
        },
    )


@pytest.fixture
def blackhole():
    redis_breaker.breaker.reset()
    hole = Blackhole()
    yield hole
    hole.close()
    redis_breaker.breaker.reset()


def test_after_a_timeout_no_call_goes_to_the_network_until_the_breaker_closes(blackhole):
    cache = _cache(f"redis://127.0.0.1:{blackhole.port}/0")
    assert cache.get("page") is None  # a miss, not an error
    tried = len(blackhole.accepted)
    assert tried >= 1
    assert redis_breaker.breaker.is_open

    for _ in range(20):
        assert cache.get("page") is None
        cache.set("page", "x")
    assert len(blackhole.accepted) == tried, "calls went to the unreachable Redis while the breaker was open"

    redis_breaker.breaker.reset()  # the few seconds have passed
    assert cache.get("page") is None
    assert len(blackhole.accepted) > tried, "the breaker never lets a call try Redis again"


@pytest.mark.skipif(not redis_answers(), reason=f"no Redis answers at {REDIS_URL}")
def test_a_reachable_redis_works_through_the_breaker_and_the_settings_use_it(blackhole, tmp_path):
    cache = _cache(REDIS_URL)
    cache.set("kept", "value", 30)
    assert cache.get("kept") == "value"
    cache.delete("kept")

    env = servers.production_env(tmp_path, f"sqlite:///{tmp_path}/db.sqlite3", REDIS_URL=REDIS_URL)
    shown = subprocess.run(  # nosec B603
        servers.MANAGE
        + [
            "shell",
            "-c",
            "from django.core.cache import cache; cache.set('probe', 1, 5);"
            "print(type(cache.client.get_client().connection_pool).__name__,"
            " cache.client.get_client().connection_pool.connection_class.__name__)",
        ],
        env=env,
        cwd=servers.ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout.split()[-2:]  # after what the shell says it imported
    assert shown == ["BreakerConnectionPool", "BreakerConnection"]
