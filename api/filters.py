"""The API's filter backend, and the filters of lists that have no public page to share."""

import django_filters
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_filters.rest_framework import DjangoFilterBackend
from django_filters.utils import translate_validation

from cities.models import Country
from network.filters import hub_filter
from network.models import Resource, Topic


class CountryFilter(django_filters.FilterSet):
    hub = hub_filter()

    class Meta:
        model = Country
        fields = []


class ResourceFilter(django_filters.FilterSet):
    hub = hub_filter(field_name="hubs")
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=Resource.Kind.choices, empty_label=_("All kinds")
    )
    topic = django_filters.ModelChoiceFilter(
        label=_("Topic"),
        field_name="topics",
        queryset=Topic.objects.all(),
        to_field_name="slug",
        empty_label=_("All topics"),
    )

    class Meta:
        model = Resource
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
