"""Plain-text e-mails mark a missing translation as pages do (network's ``translated`` tag)."""

from django import template
from django.utils.translation import gettext as _

from network.templatetags.fallbacks import _source_language

register = template.Library()


@register.simple_tag
def translated_text(obj, field):
    """``obj.field`` in the active language, or the other language's text followed by a note."""
    value = getattr(obj, field, "") or ""
    if _source_language(obj, field) is None:
        return value
    return f"{value} {_('(not yet translated)')}"


@register.simple_tag(takes_context=True)
def absolute(context, url):
    """A site path made absolute for an e-mail; a link elsewhere (a resource's) stays as it is."""
    url = str(url or "")
    return context["SITE_URL"] + url if url.startswith("/") else url
