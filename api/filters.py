"""The API's filter backend, and the filters of lists that have no public page to share."""

import django_filters
from django.conf import settings
from django.utils import translation
from django_filters.rest_framework import DjangoFilterBackend
from django_filters.utils import translate_validation

from cities.models import Country
from network.filters import hub_filter


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
            raise translate_validation(filterset.errors)
        with translation.override(getattr(view, "lang", None) or settings.LANGUAGE_CODE):
            return filterset.qs
