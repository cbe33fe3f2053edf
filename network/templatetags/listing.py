"""Filter forms rendered once per content version and query string.

{% load listing %}
{% filter_fields form %}                         each filter with its label and errors
{% filter_fields form errors_in_summary=True %}  errors left to the summary above the form

A select of 150 countries costs more to render than the rest of a list page; its choices
change only with content, so a form without errors is kept under the content version, per
form, language and filter values.
"""

from django import template
from django.template.loader import render_to_string
from django.utils.translation import get_language

from network.pagecache import cached_fragment

register = template.Library()


@register.simple_tag
def filter_fields(form, errors_in_summary=False):
    context = {"form": form, "errors_in_summary": errors_in_summary}

    def render():
        return render_to_string("includes/filter_fields.html", context)

    if form.is_bound and form.errors:
        return render()
    data = sorted((key, value) for key, value in form.data.lists() if key != "page")
    name = f"{type(form).__module__}.{type(form).__qualname__}"
    return cached_fragment("filter-fields", render, name, data, errors_in_summary, get_language())
