"""Site-wide middleware."""

from functools import cache
from urllib.parse import urlsplit

from django.core.signals import setting_changed
from django.dispatch import receiver

# Public pages allow nothing inline and nothing from other hosts.
STRICT_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
# The portal uses none of these browser features; nothing embedded may either.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in [
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    ]
)
# Django's admin and its widgets set a few style attributes from JavaScript.
ADMIN_POLICY = STRICT_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")


@cache
def media_origin():
    """The origin uploads are served from when it is not the portal's own ("" then).

    Asked of the storage itself (a bucket's endpoint, a CDN domain or an absolute
    ``MEDIA_URL``), so the policy always names the host the pages' images really come from.
    """
    from django.core.files.storage import default_storage

    url = urlsplit(default_storage.url("renditions/origin.webp"))
    return f"{url.scheme}://{url.netloc}" if url.scheme and url.netloc else ""


@receiver(setting_changed)
def _forget_media_origin(setting, **kwargs):
    if setting in {"STORAGES", "MEDIA_URL"}:
        media_origin.cache_clear()


def with_media_origin(policy):
    """``policy`` with the uploads' origin allowed as an image source."""
    origin = media_origin()
    if not origin:
        return policy
    return policy.replace("img-src 'self' data:", f"img-src 'self' data: {origin}")


def is_admin_path(path):
    """True for /admin/… and the language-prefixed /ar/admin/…, /en/admin/…."""
    parts = path.split("/", 3)
    return len(parts) > 2 and "admin" in parts[1:3]


class ContentSecurityPolicyMiddleware:
    """Send a strict Content-Security-Policy (and a Permissions-Policy) on every response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            policy = ADMIN_POLICY if is_admin_path(request.path) else STRICT_POLICY
            response["Content-Security-Policy"] = with_media_origin(policy)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


class PublicCacheHeadersMiddleware:
    """Let browsers and shared caches keep pages that an anonymous visitor only reads.

    Only GET/HEAD 200 responses that set no cookie and did not look at the session (no
    ``Vary: Cookie``) qualify; forms, admin pages and anything personal stay private.
    """

    max_age = 300

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            request.method in {"GET", "HEAD"}
            and response.status_code == 200
            and not response.cookies
            and "Cache-Control" not in response
            and "Cookie" not in response.get("Vary", "")
            and not is_admin_path(request.path)
        ):
            response["Cache-Control"] = f"public, max-age={self.max_age}"
        return response
