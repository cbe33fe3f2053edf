"""The shared Redis cache, failing open: when Redis cannot be reached the site keeps serving.

Everything the portal keeps in the cache can be recomputed (pages, their content version,
image renditions) or may be skipped for a while (form rate-limit counters), so an outage
behaves like an empty cache that stores nothing, with a warning in the log. After a failure
Redis is left alone for ``REDIS_RETRY_SECONDS`` so that each request does not wait on it again.
Nothing that must stay right lives only here: the page cache's content version is in the
database (infra.pagecache), so pages kept before an outage are never served after it.
"""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

REDIS_RETRY_SECONDS = 5


class ReusedClients(RedisCacheClient):
    """Django's client makes a new ``redis.Redis`` per operation, and building one (its table
    of reply handlers) cost half of a page cache hit. One per connection pool serves every
    thread: the pool hands each command its own connection."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients.setdefault(id(pool), self._client(connection_pool=pool))
        return client


class FailOpenRedisCache(RedisCache):
    """Django's Redis cache; an unreachable server reads as a miss and writes go nowhere."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClients
        self._down_until = 0.0

    @property
    def is_down(self):
        return time.monotonic() < self._down_until

    def _failed(self, operation, error):
        if not self.is_down:
            logger.warning(
                "Cache unreachable (%s: %r); serving without it for %ds",
                operation,
                error,
                REDIS_RETRY_SECONDS,
            )
        self._down_until = time.monotonic() + REDIS_RETRY_SECONDS

    def _guard(self, operation, fallback, *args, **kwargs):
        if self.is_down:
            return fallback
        try:
            return getattr(super(), operation)(*args, **kwargs)
        except RedisError as error:
            self._failed(operation, error)
            return fallback

    def get(self, key, default=None, version=None):
        return self._guard("get", default, key, default, version)

    def get_many(self, keys, version=None):
        return self._guard("get_many", {}, keys, version)

    def has_key(self, key, version=None):
        return self._guard("has_key", False, key, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard("add", False, key, value, timeout, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard("set", None, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard("set_many", list(data), data, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard("touch", False, key, timeout, version)

    def delete(self, key, version=None):
        return self._guard("delete", False, key, version)

    def delete_many(self, keys, version=None):
        return self._guard("delete_many", None, keys, version)

    def clear(self):
        return self._guard("clear", None)

    def incr(self, key, delta=1, version=None):
        # A counter that cannot be read counts as missing, as Django's contract has it.
        result = self._guard("incr", None, key, delta, version)
        if result is None:
            raise ValueError(f"Key '{key}' not found (cache unreachable)")
        return result


class BoundedLocMemCache(LocMemCache):
    """Django's local-memory cache, bounded by the bytes it holds (``MAX_BYTES`` in OPTIONS)
    as well as by entries: without Redis it keeps whole pages and fragments in each worker,
    and 300 entries of a few hundred KB each were enough to grow a worker by 100 MB. The least
    recently used entries go first."""

    def __init__(self, name, params):
        super().__init__(name, params)
        options = params.get("OPTIONS", {})
        self._max_bytes = int(options.get("MAX_BYTES", 64 * 1024 * 1024))
        self._bytes = 0

    def _set(self, key, value, timeout=DEFAULT_TIMEOUT):
        old = self._cache.get(key)
        if old is not None:
            self._bytes -= len(old)
        super()._set(key, value, timeout)
        self._bytes += len(value)
        while self._bytes > self._max_bytes and len(self._cache) > 1:
            oldest = next(reversed(self._cache))  # Django keeps the most recent first
            self._delete(oldest)

    def _delete(self, key):
        value = self._cache.get(key)
        if value is not None:
            self._bytes -= len(value)
        return super()._delete(key)

    def _cull(self):
        # Django's cull drops entries without going through _delete.
        super()._cull()
        self._bytes = sum(len(value) for value in self._cache.values())

    def clear(self):
        super().clear()
        with self._lock:
            self._bytes = 0
