"""A small cache-based rate limit for the public forms.

Counted per client address with an atomic add-then-increment, so with Redis (``REDIS_URL``)
every worker and server shares one count; with the local-memory cache each process counts
alone. If the cache fails the limit is not enforced (fail open, logged): a visitor must never
get an error because a counter could not be kept.
"""

import functools
import ipaddress
import logging

from django.conf import settings
from django.core.cache import caches
from django.shortcuts import render

logger = logging.getLogger(__name__)


@functools.lru_cache(maxsize=8)
def _networks(proxies):
    return tuple(ipaddress.ip_network(proxy, strict=False) for proxy in proxies)


def _ip(text):
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def client_address(request):
    """The visitor's address: ``X-Forwarded-For`` is believed only from trusted proxies.

    When the connection comes from an address in ``RATE_LIMIT_TRUSTED_PROXIES``, the header is
    read from the right, past every trusted proxy, to the first address that is not one: what
    a visitor writes into the header themselves lies further left and is never reached.
    """
    remote = request.META.get("REMOTE_ADDR", "unknown")
    trusted = _networks(tuple(getattr(settings, "RATE_LIMIT_TRUSTED_PROXIES", ())))
    hop = _ip(remote)
    if hop is None or not any(hop in network for network in trusted):
        return remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    for entry in reversed(forwarded):
        address = _ip(entry)
        if address is None:
            break  # garbage: the last trusted hop is the best we know
        hop = address
        if not any(hop in network for network in trusted):
            break
    return str(hop)


def login_address(request):
    """The address django-axes records: a valid IP address or None, never a placeholder.

    Its access log stores addresses in an IP column, which PostgreSQL checks; a request built
    without REMOTE_ADDR (``Client.force_login``, management commands) has no address.
    """
    address = client_address(request)
    try:
        ipaddress.ip_address(address)
    except ValueError:
        return None
    return address


def counters():
    """Where counts are kept: ``RATE_LIMIT_CACHE``, a cache that never evicts them."""
    return caches[settings.RATE_LIMIT_CACHE]


def _key(scope, request):
    return f"ratelimit:{scope}:{client_address(request)}"


def is_limited(scope, request):
    """True when this address has used up its submissions for the current window."""
    try:
        used = counters().get(_key(scope, request)) or 0
    except Exception:  # noqa: BLE001 - any cache failure: do not enforce, say so in the log
        logger.warning("Rate limit not enforced: the cache cannot be read", exc_info=True)
        return False
    return used >= settings.FORM_RATE_LIMIT


def count_submission(scope, request):
    """Count one submission atomically; True while the count is within the limit.

    ``add`` starts the window only if no count exists and ``incr`` is atomic in Redis, so
    simultaneous submissions on several workers each get their own number.
    """
    key = _key(scope, request)
    window = settings.FORM_RATE_LIMIT_WINDOW
    cache = counters()
    try:
        cache.add(key, 0, timeout=window)
        try:
            used = cache.incr(key)
        except ValueError:  # expired between add and incr (or the cache is unreachable)
            cache.add(key, 1, timeout=window)
            used = 1
    except Exception:  # noqa: BLE001
        logger.warning("Rate limit not enforced: the cache cannot be written", exc_info=True)
        return True
    return used <= settings.FORM_RATE_LIMIT


def too_many_requests(request):
    """A friendly 429 page in the visitor's language."""
    minutes = max(1, settings.FORM_RATE_LIMIT_WINDOW // 60)
    response = render(request, "network/too_many_requests.html", {"minutes": minutes}, status=429)
    response["Retry-After"] = str(settings.FORM_RATE_LIMIT_WINDOW)
    return response
