"""A circuit breaker for the shared cache (Redis).

django-redis turns a Redis outage into cache misses, but each miss still
waits for the socket timeouts (and redis-py's retries) before it gives up:
with Redis unreachable, every cache call of every request waits, and pages
time out although the database and the local copies could answer them.

After a connection error or a timeout, this process does not try Redis
again for OPEN_SECONDS: every cache call fails at once (a miss, through
django-redis's IGNORE_EXCEPTIONS) and pages are served from the database
and this process's local copies. Then one call tries again. Per process,
like the connection pool it belongs to.

Named in settings (CACHES OPTIONS CONNECTION_POOL_CLASS) by its dotted path."""

import threading
import time

from redis.connection import Connection, ConnectionPool, SSLConnection, UnixDomainSocketConnection
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

OPEN_SECONDS = 5.0


class Breaker:
    def __init__(self, seconds=OPEN_SECONDS):
        self.seconds = seconds
        self.open_until = 0.0
        self.lock = threading.Lock()

    def check(self):
        if time.monotonic() < self.open_until:
            raise RedisConnectionError("Redis failed a moment ago; not tried again before the breaker closes")

    def trip(self):
        with self.lock:
            self.open_until = time.monotonic() + self.seconds

    def reset(self):
        with self.lock:
            self.open_until = 0.0

    @property
    def is_open(self):
        return time.monotonic() < self.open_until


breaker = Breaker()


class _BreakerMixin:
    """Every way a command reaches the socket: connecting, sending, reading."""

    def _guarded(self, call, *args, **kwargs):
        breaker.check()
        try:
            return call(*args, **kwargs)
        except (RedisConnectionError, RedisTimeoutError, OSError):
            breaker.trip()
            raise

    def connect(self, *args, **kwargs):
        return self._guarded(super().connect, *args, **kwargs)

    def send_packed_command(self, *args, **kwargs):
        return self._guarded(super().send_packed_command, *args, **kwargs)

    def read_response(self, *args, **kwargs):
        return self._guarded(super().read_response, *args, **kwargs)


class BreakerConnection(_BreakerMixin, Connection):
    pass


class BreakerSSLConnection(_BreakerMixin, SSLConnection):
    pass


class BreakerUnixDomainSocketConnection(_BreakerMixin, UnixDomainSocketConnection):
    pass


_GUARDED = {
    Connection: BreakerConnection,
    SSLConnection: BreakerSSLConnection,
    UnixDomainSocketConnection: BreakerUnixDomainSocketConnection,
}


class BreakerConnectionPool(ConnectionPool):
    """redis-py's pool, its connections guarded by the breaker (whatever the
    URL's scheme chose: redis://, rediss:// or unix://)."""

    def __init__(self, connection_class=Connection, **kwargs):
        super().__init__(connection_class=_GUARDED.get(connection_class, connection_class), **kwargs)
