"""The "Report a translation error" link, tied to the current page and (if any) its object."""

from urllib.parse import urlencode

from django import template
from django.urls import reverse

from reports.views import content_key, is_translatable

register = template.Library()


@register.simple_tag(takes_context=True)
def report_translation_url(context, obj=None):
    """The report form's URL, or "" when ``obj`` has no translated fields or the link is
    already on the page (a page may include it itself; base.html adds it otherwise)."""
    request = context.get("request")
    if request is None or getattr(request, "_report_translation_link_shown", False):
        return ""
    params = {"page": request.get_full_path()}
    if obj:
        if not is_translatable(obj):
            return ""
        params.update(ct=content_key(obj), id=obj.pk)
    request._report_translation_link_shown = True
    return f"{reverse('report_translation')}?{urlencode(params)}"
