"""Navigation helpers for the site header."""

from django import template
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag(takes_context=True)
def current_section(context, url):
    """``aria-current="page"`` when the visitor is on ``url`` or a page below it."""
    request = context.get("request")
    if request is not None and request.path.startswith(url):
        return mark_safe(' aria-current="page"')
    return ""
