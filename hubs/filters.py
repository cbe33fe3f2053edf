"""Filters for the events list: values travel in the query string (GET), so links share them."""

import django_filters
from django.utils.translation import gettext_lazy as _

from hubs.models import Event, Hub


def event_years(request=None):
    """The years that have published events, newest first, as select choices."""
    dates = Event.objects.published().dates("start_date", "year", order="DESC")
    return [(str(day.year), str(day.year)) for day in dates]


class EventFilter(django_filters.FilterSet):
    hub = django_filters.ModelChoiceFilter(
        label=_("Hub"),
        queryset=Hub.objects.published(),
        to_field_name="slug",
        empty_label=_("All hubs"),
    )
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


class StrictFilterMixin:
    """For FilterViews: malformed filter values answer 400 with the form's messages instead
    of a silently empty (or silently unfiltered) page."""

    def get(self, request, *args, **kwargs):
        self.filterset = self.get_filterset(self.get_filterset_class())
        self.filters_valid = not self.filterset.is_bound or self.filterset.is_valid()
        queryset = self.filterset.qs if self.filters_valid else self.filterset.queryset.none()
        self.object_list = self.get_listed(queryset)
        context = self.get_context_data(filter=self.filterset, object_list=self.object_list)
        context["filters_valid"] = self.filters_valid
        data = request.GET.copy()
        data.pop("page", None)
        context["filters_active"] = any(value for value in data.dict().values())
        # What includes/pagination.html needs: the filters to keep, and a short page range.
        context["query_string"] = data.urlencode()
        page = context.get("page_obj")
        if page is not None:
            context["page_range"] = page.paginator.get_elided_page_range(page.number)
        return self.render_to_response(context, status=200 if self.filters_valid else 400)

    def get_listed(self, queryset):
        """What gets paginated; events narrow it to the past ones."""
        return queryset
