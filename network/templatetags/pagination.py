"""Helpers for ``includes/pagination.html``: page links that keep the filters in the URL."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def page_url(context, number):
    """``?<current query string with page=number>``, so filters survive paging."""
    params = context["request"].GET.copy()
    params["page"] = number
    return f"?{params.urlencode()}"


@register.simple_tag
def page_numbers(page_obj):
    """Page numbers around the current one, with ``…`` (the paginator's ELLIPSIS) for gaps."""
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
