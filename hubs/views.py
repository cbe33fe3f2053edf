"""Public pages for regional hubs and events, and the iCalendar feeds' URLs live in feeds.py."""

from django.views.generic import DetailView, ListView

from hubs.filters import EventFilter
from hubs.models import Event, Hub
from network.charts import membership_by_year
from network.listing import FilteredListView
from network.preview import previewer
from spotlights.models import Spotlight
from testimonials.models import Testimonial


class HubListView(ListView):
    template_name = "hubs/hub_list.html"
    context_object_name = "hubs"

    def get_queryset(self):
        return Hub.objects.published().for_cards()


class HubDetailView(DetailView):
    template_name = "hubs/hub_detail.html"
    context_object_name = "hub"

    def get_queryset(self):
        return Hub.objects.visible_to(previewer(self.request)).with_page_data()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        hub = self.object
        context["testimonials"] = Testimonial.objects.published().in_hub(hub).for_listing()
        context["spotlights"] = (
            Spotlight.objects.published().filter(city__hub=hub).for_listing()[:6]
        )
        # Drawn from the cities already fetched: no extra query.
        context["chart"] = membership_by_year(
            [(hub, city.joined_year) for city in hub.member_cities]
        )
        return context


class EventListView(FilteredListView):
    """Upcoming events in full, then past events page by page; both follow the filters."""

    template_name = "hubs/event_list.html"
    filterset_class = EventFilter
    paginate_by = 20

    def get_base_queryset(self):
        return Event.objects.published().for_listing()

    def get_listed(self, queryset):
        self.upcoming = list(queryset.upcoming().timeline()) if self.filters_valid else []
        return queryset.past()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["upcoming"] = self.upcoming
        return context


class EventDetailView(DetailView):
    template_name = "hubs/event_detail.html"
    context_object_name = "event"

    def get_queryset(self):
        return Event.objects.visible_to(previewer(self.request)).for_page()
