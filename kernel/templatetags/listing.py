"""Filter forms and lists of cards rendered once per content version.

{% load listing %}
{% filter_fields form %}                         each filter with its label and errors
{% filter_fields form errors_in_summary=True %}  errors left to the summary above the form
{% drawn_each "includes/city_card.html" cities "city" %}   each city drawn by the card,
                                                 as a loop of includes would (extra keyword
                                                 arguments go to the card's context)

A select of 150 countries costs more to render than the rest of a list page; its choices
change only with content, so a form without errors is kept under the content version, per
form, language and filter values. Cards are the same for every reader of the same items until
content changes: a full page of them is kept drawn per items and language.
"""

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from infra.pagecache import cached_fragment
from kernel.listing import PageRows

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


@register.simple_tag
def drawn_each(template_name, items, name, **extra):
    """Each of ``items`` drawn with ``template_name`` (as ``name``), kept per content version.

    The card gets only its item and ``extra``, not the page's context: what it shows must
    follow from content alone. Drawing 24 cards costs more than the rest of a list page.
    """
    # A page of a list knows its keys before its rows: a kept drawing does not read them.
    keys = items.keys if isinstance(items, PageRows) else [item.pk for item in items]

    def render():
        return mark_safe(
            "".join(render_to_string(template_name, {name: item, **extra}) for item in items)
        )

    return cached_fragment(
        "drawn-each", render, template_name, keys, sorted(extra.items()), get_language()
    )
