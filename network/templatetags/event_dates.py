"""Localised date ranges for events: 12–13 September 2017, 28 September – 2 October 2017."""

from django import template
from django.utils.formats import date_format

register = template.Library()


@register.simple_tag
def date_range(start, end=None):
    """The shortest unambiguous range, with month names in the active language."""
    if not end or end == start:
        return date_format(start, "j F Y")
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{date_format(end, 'j F Y')}"
    if start.year == end.year:
        return f"{date_format(start, 'j F')} – {date_format(end, 'j F Y')}"
    return f"{date_format(start, 'j F Y')} – {date_format(end, 'j F Y')}"
