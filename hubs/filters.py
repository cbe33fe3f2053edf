"""Filters for the events list: values travel in the query string (GET), so links share them."""

import django_filters
from django.utils.translation import gettext_lazy as _

from hubs.models import Event
from network.filters import hub_filter


def event_years(request=None):
    """The years that have published events, newest first, as select choices."""
    dates = Event.objects.published().dates("start_date", "year", order="DESC")
    return [(str(day.year), str(day.year)) for day in dates]


class EventFilter(django_filters.FilterSet):
    """Events by hub, kind and year."""

    hub = hub_filter(label=_("Hub"))
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=Event.Kind.choices, empty_label=_("All kinds")
    )
    year = django_filters.ChoiceFilter(
        label=_("Year"),
        field_name="start_date",
        lookup_expr="year",
        choices=event_years,
        empty_label=_("All years"),
    )

    class Meta:
        model = Event
        fields = ["hub", "kind", "year"]
