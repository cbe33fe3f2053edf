"""What the e-mails' templates need beyond the site's tags: plain text that marks a missing
translation as pages do (network's ``translated`` tag, for HTML), and absolute links."""

from django import template
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname

register = template.Library()


@register.simple_tag
def translated_text(obj, field):
    """``obj.field`` in the active language, or the other language's text followed by a note."""
    value = getattr(obj, field, "") or ""
    active = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    if not value or getattr(obj, build_localized_fieldname(field, active), None):
        return value
    return f"{value} {_('(not yet translated)')}"


@register.simple_tag(takes_context=True)
def absolute(context, url):
    """A site path made absolute for an e-mail; a link elsewhere (a resource's) stays as it is."""
    url = str(url or "")
    return context["SITE_URL"] + url if url.startswith("/") else url
