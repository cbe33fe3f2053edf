"""Filters shared by the list pages: hub and country, in the query string."""

import django_filters
from django.utils.translation import gettext_lazy as _


def hub_filter(label=None, field_name=None):
    """A choice of published hub, by slug in the URL (``field_name`` defaults to the filter's)."""
    from hubs.models import Hub  # the content apps' filters import this module

    return django_filters.ModelChoiceFilter(
        label=_("Regional hub") if label is None else label,
        field_name=field_name,
        queryset=Hub.objects.published(),
        to_field_name="slug",
        empty_label=_("All hubs"),
    )


def country_filter(field_name=None):
    """A choice of country, by ISO code in the URL (``field_name`` defaults to the filter's)."""
    from cities.models import Country  # the content apps' filters import this module

    return django_filters.ModelChoiceFilter(
        label=_("Country"),
        field_name=field_name,
        queryset=Country.objects.all(),
        to_field_name="iso_code",
        empty_label=_("All countries"),
    )
