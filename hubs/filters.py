"""Filters for the events list: values travel in the query string (GET), so links share them."""

import django_filters
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from hubs.models import Event
from infra.pagecache import cached_fragment
from network.filters import hub_filter


def event_years(request=None):
    """The years that have published events, newest first, as select choices (kept under the
    content version: the query reads every event)."""

    def years():
        dates = Event.objects.published().dates("start_date", "year", order="DESC")
        return [(str(day.year), str(day.year)) for day in dates]

    return cached_fragment("event-years", years)


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

    when = django_filters.ChoiceFilter(
        label=_("When"),
        choices=[
            ("upcoming", pgettext_lazy("events", "Upcoming")),
            ("past", pgettext_lazy("events", "Past")),
        ],
        method="filter_when",
        empty_label=_("Upcoming and past"),
    )

    class Meta:
        model = Event
        fields = ["hub", "kind", "year", "when"]

    def filter_when(self, queryset, name, value):
        return queryset.upcoming() if value == "upcoming" else queryset.past()
