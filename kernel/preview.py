"""Draft previews on the public pages, without costing anonymous visitors their cacheability."""

from django.conf import settings
from django.contrib.auth.models import AnonymousUser


def previewer(request):
    """The user for draft previews, without touching the session of cookieless visitors.

    Reading ``request.user`` loads the session and adds ``Vary: Cookie``, which would keep
    every anonymous visitor's page out of shared caches. Pass the result to
    ``PublishableQuerySet.visible_to()``.
    """
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return AnonymousUser()
    return request.user
