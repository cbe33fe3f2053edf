"""The API's rate limit, counted per client address as the rest of the portal counts it."""

from rest_framework.throttling import AnonRateThrottle

from infra.ratelimit import client_address, counters


class ClientAddressRateThrottle(AnonRateThrottle):
    """DRF's anonymous throttle, with the visitor's address taken past the trusted proxies
    (``RATE_LIMIT_TRUSTED_PROXIES``), not DRF's count of proxies: a count would let anyone
    write the address they are counted under into ``X-Forwarded-For``. Counts are kept where
    the forms' are, safe from the page cache's eviction."""

    @property
    def cache(self):
        return counters()

    def get_ident(self, request):
        return client_address(request)
