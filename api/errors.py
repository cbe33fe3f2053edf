"""Every API error is JSON ``{"detail": …}`` in the client's language (``lang``, else
Accept-Language), with ``errors`` per query parameter for a 400 and for a 404 caused by a
filter (``api.schema.ErrorSerializer`` describes it)."""

from django.http import Http404
from django.utils.translation import gettext as _
from rest_framework import exceptions
from rest_framework.views import exception_handler as drf_exception_handler


class NothingPublished(exceptions.NotFound):
    """A 404 for filter values that name nothing published, with ``errors`` per parameter."""

    def __init__(self, errors):
        super().__init__()
        self.errors = errors


def _message(exc):
    if isinstance(exc, NothingPublished):
        return _("A filter names nothing published; see “errors”.")
    if isinstance(exc, Http404):
        return _("Nothing published has this identifier.")
    if isinstance(exc, exceptions.ValidationError):
        return _("Some query parameters are not valid; see “errors”.")
    if isinstance(exc, exceptions.Throttled):
        return _("Too many requests from your address: try again in %(seconds)d seconds.") % {
            "seconds": exc.wait or 1
        }
    if isinstance(exc, exceptions.MethodNotAllowed):
        return _("This API is read-only: only GET, HEAD and OPTIONS are allowed.")
    if isinstance(exc, exceptions.NotAcceptable):
        return _("This API answers in JSON only.")
    if isinstance(exc, exceptions.NotFound) and exc.detail != exceptions.NotFound.default_detail:
        return str(exc.detail)
    if isinstance(exc, exceptions.NotFound):
        return _("Nothing published has this identifier.")
    return str(getattr(exc, "detail", exc))


def exception_handler(exc, context):
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    body = {"detail": _message(exc)}
    if isinstance(exc, exceptions.ValidationError):
        body["errors"] = response.data
    elif isinstance(exc, NothingPublished):
        body["errors"] = {name: list(messages) for name, messages in exc.errors.items()}
    response.data = body
    return response
