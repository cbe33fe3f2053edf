"""Public pages for regional hubs and events, and the iCalendar feeds' URLs live in feeds.py."""

from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.views.generic import DetailView, ListView

from datapages.charts import membership_from_rows
from datapages.figures import members_per_year
from hubs.filters import EventFilter
from hubs.models import Event, Hub
from infra.pagecache import KeptPageMixin, cached_fragment
from kernel.listing import FilteredListView, filter_key
from kernel.preview import previewer
from kernel.uploads import document_response
from spotlights.models import Spotlight
from testimonials.models import Testimonial

HUB_TESTIMONIALS = 6


class HubListView(ListView):
    template_name = "hubs/hub_list.html"
    context_object_name = "hubs"

    def get_queryset(self):
        # Counting every hub's member cities reads every city: kept under the content version.
        return cached_fragment("hub-cards", lambda: list(Hub.objects.published().for_cards()))


class HubDetailView(KeptPageMixin, DetailView):
    template_name = "hubs/hub_detail.html"
    context_object_name = "hub"

    def get_queryset(self):
        # for_cards: the engaged cities' count comes with the hub's own row.
        return Hub.objects.visible_to(previewer(self.request)).with_page_data().for_cards()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        hub = self.object
        # A few of each: the full lists are a link away, so the page weighs the same at any size.
        context["testimonials"] = list(
            Testimonial.objects.published().in_hub(hub).for_listing()[:HUB_TESTIMONIALS]
        )
        context["spotlights"] = list(
            Spotlight.objects.published().filter(city__hub=hub).for_listing()[:6]
        )
        # One entry per city: hundreds at scale, the same for every reader until content
        # changes, so the list is kept drawn under the content version.
        context["impacts"] = cached_fragment(
            "hub-impacts",
            lambda: render_to_string("hubs/includes/impacts.html", {"impacts": hub.impact_list()}),
            hub.pk,
            get_language(),
        )
        context["map_key"] = ("hub", hub.pk)
        context["chart"] = cached_fragment(
            "hub-chart",
            lambda: membership_from_rows(members_per_year().filter(hub=hub), [hub]),
            hub.pk,
            get_language(),
        )
        # The chart's rows count every member, year known or not: the page's "have a profile
        # here" reads it instead of counting again.
        hub.member_count = context["chart"].members
        return context

    def fresh_context(self):
        # The map aggregates in the database (one circle per country at scale); it and the
        # chart depend on content only, so they are kept under the content version and this
        # queryset is read only when the map is drawn.
        from cities.models import City  # cities build on hubs, as in hubs.models

        # Members and, marked as such, engaged cities: a hub whose cities are all engaged
        # (MENA: Saida, Tripoli) otherwise shows an empty map.
        cities = City.objects.listed().in_hub(self.object)
        return {"map_cities": cities.select_related("country").order_by("name")}


class EventListView(FilteredListView):
    """The next few upcoming events, then past events page by page; both follow the filters.

    "When: upcoming" pages through all upcoming events instead, soonest first, so the page
    weighs the same however many are planned.
    """

    template_name = "hubs/event_list.html"
    filterset_class = EventFilter
    paginate_by = 20
    upcoming_preview = 5

    def get_base_queryset(self):
        return Event.objects.published().for_listing()

    def get_listed(self, queryset):
        bound = self.filterset.is_bound and self.filters_valid
        self.when = self.filterset.form.cleaned_data.get("when") if bound else ""
        self.upcoming, self.more_upcoming = [], False
        if self.when == "upcoming":
            return queryset.timeline()
        if self.filters_valid and not self.when:
            # Kept per filters under the content version (which also turns at midnight, when
            # upcoming events become past ones): hundreds may be upcoming at scale.
            upcoming = cached_fragment(
                "upcoming-preview",
                lambda: list(queryset.upcoming().timeline()[: self.upcoming_preview + 1]),
                filter_key(self.request),
            )
            self.upcoming = upcoming[: self.upcoming_preview]
            self.more_upcoming = len(upcoming) > self.upcoming_preview
        return queryset.past()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        more = self.request.GET.copy()
        more.pop("page", None)
        more["when"] = "upcoming"
        context.update(
            upcoming=self.upcoming,
            more_upcoming_query=more.urlencode() if self.more_upcoming else "",
            when=self.when,
        )
        return context


class EventDetailView(KeptPageMixin, DetailView):
    template_name = "hubs/event_detail.html"
    context_object_name = "event"

    def get_queryset(self):
        return Event.objects.visible_to(previewer(self.request)).for_page()


def event_report(request, slug):
    """An event's uploaded report, as its allowed kind (PDF shown, the rest downloaded)."""
    event = get_object_or_404(Event.objects.visible_to(previewer(request)), slug=slug)
    return document_response(event.report_file)
