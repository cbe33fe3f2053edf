"""What a worker keeps in its own memory stays within its documented bounds."""

from django.core.cache import caches

from infra.cache import BoundedLocMemCache


def test_local_cache_is_bounded_in_bytes_least_recently_used_out_first():
    cache = BoundedLocMemCache("bounded-test", {"OPTIONS": {"MAX_BYTES": 10_000}})
    page = "x" * 3_000  # about 3 KB pickled
    for number in range(3):
        cache.set(f"page-{number}", page)
    assert cache.get("page-0") == page  # read: now the most recent
    cache.set("page-3", page)  # over 10 KB: the least recently used goes
    assert cache.get("page-1") is None
    assert cache.get("page-0") == page and cache.get("page-3") == page
    assert cache._bytes <= 10_000
    cache.set("page-0", "small")  # replacing an entry frees its old size
    assert cache._bytes < 7_000
    cache.delete("page-3")
    cache.clear()
    assert cache._bytes == 0


def test_without_redis_each_worker_cache_is_the_bounded_one():
    assert isinstance(caches["default"], BoundedLocMemCache)
