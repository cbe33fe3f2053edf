"""A small cache-based rate limit for the public forms (shared between servers via Redis)."""

import ipaddress

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render


def client_address(request):
    """The visitor's address; behind N trusted proxies, the Nth address from the right."""
    proxies = getattr(settings, "RATE_LIMIT_TRUSTED_PROXIES", 0)
    if proxies:
        forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [a for a in forwarded if a]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "unknown")


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


def _key(scope, request):
    return f"ratelimit:{scope}:{client_address(request)}"


def is_limited(scope, request):
    """True when this address has used up its submissions for the current window."""
    return (cache.get(_key(scope, request)) or 0) >= settings.FORM_RATE_LIMIT


def count_submission(scope, request):
    """Count one submission; the window starts with the first one."""
    key = _key(scope, request)
    cache.add(key, 0, timeout=settings.FORM_RATE_LIMIT_WINDOW)
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=settings.FORM_RATE_LIMIT_WINDOW)


def too_many_requests(request):
    """A friendly 429 page in the visitor's language."""
    minutes = max(1, settings.FORM_RATE_LIMIT_WINDOW // 60)
    response = render(request, "network/too_many_requests.html", {"minutes": minutes}, status=429)
    response["Retry-After"] = str(settings.FORM_RATE_LIMIT_WINDOW)
    return response
