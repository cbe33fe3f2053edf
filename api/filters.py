"""The API's filter backend, and the filters of lists that have no public page to share."""

import re

import django_filters
from django.conf import settings
from django.utils import translation
from django_filters.rest_framework import DjangoFilterBackend
from django_filters.utils import translate_validation

from api.errors import NothingPublished
from cities.models import Country
from network.filters import hub_filter

SLUG_PATTERN = r"^[-a-zA-Z0-9_]+$"
# The shape of a value naming published data, by the field the filter looks it up by.
REFERENCE_PATTERNS = {"slug": SLUG_PATTERN, "iso_code": r"^[A-Z]{2}$"}


def reference_pattern(filter_):
    """The pattern of a filter's value when it names published data, else ``None``."""
    if isinstance(filter_, django_filters.ModelChoiceFilter):
        return REFERENCE_PATTERNS.get(filter_.extra.get("to_field_name"), SLUG_PATTERN)
    if isinstance(filter_, django_filters.ChoiceFilter) and callable(filter_.extra["choices"]):
        return r"^[0-9]{1,4}$"  # years with published events: the only data-driven choices
    return None


class CountryFilter(django_filters.FilterSet):
    hub = hub_filter()

    class Meta:
        model = Country
        fields = []


class FilterBackend(DjangoFilterBackend):
    """django-filter for the API: the query string checked first (400 in the client's
    language), then the rows filtered and sorted with ``lang``'s names, or the default
    language's without it, so that what a URL answers never depends on Accept-Language."""

    def filter_queryset(self, request, queryset, view):
        filterset = self.get_filterset(request, queryset, view)
        if filterset is None:
            return queryset
        if not filterset.is_valid():
            raise refusal(filterset, request)
        with translation.override(getattr(view, "lang", None) or settings.LANGUAGE_CODE):
            return filterset.qs


def names_nothing_published(filterset, name, value):
    """Whether the refused ``value`` of filter ``name`` is well formed for what it names (a
    slug, a country code, a year) and only failed because nothing published has it."""
    pattern = reference_pattern(filterset.filters[name])
    codes = {error.code for error in filterset.form.errors.as_data()[name]}
    return bool(pattern and value and re.fullmatch(pattern, value)) and codes == {"invalid_choice"}


def refusal(filterset, request):
    """A 404 when every refused value names nothing published, like an unknown item in a
    path; else a 400 (the value is not what the description allows)."""
    refused = filterset.errors
    if all(
        names_nothing_published(filterset, name, request.query_params.get(name)) for name in refused
    ):
        return NothingPublished(refused)
    return translate_validation(refused)
