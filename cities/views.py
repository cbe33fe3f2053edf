"""Public pages of the city directory: the filterable list and each city's page."""

from django.db.models import Q
from django.utils.translation import get_language, pgettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView

from cities import comparison, journey, peers
from cities.filters import CityFilter, CouncilComparisonFilter
from cities.models import City, CouncilSeat
from hubs.models import Event, Hub, HubImpact
from infra import spreadsheets
from infra.pagecache import KeptPageMixin, cached_fragment
from kernel.listing import FilteredListView, PageRows, filter_key
from kernel.preview import previewer
from spotlights.models import Spotlight
from testimonials.models import Testimonial


class CityListView(FilteredListView):
    template_name = "cities/city_list.html"
    paginate_by = 24
    filterset_class = CityFilter

    def get_base_queryset(self):
        return City.objects.listed().for_directory().with_council_flag().order_by("name")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The map shows the whole filtered result, not only this page of cards; it depends on
        # the filters only, so it is kept per filter under the content version.
        context["map_cities"] = self.object_list
        if self.filters_valid:
            context["map_key"] = ("directory", filter_key(self.request))
        context["result_count"] = context["paginator"].count if context["paginator"] else 0
        # Members and engaged cities are counted apart: only members are "member cities".
        counts = cached_fragment(
            "directory-status-counts",
            self.object_list.status_counts,
            filter_key(self.request) if self.filters_valid else "invalid",
        )
        context["member_count"] = counts[City.MembershipStatus.MEMBER]
        context["engaged_count"] = counts[City.MembershipStatus.ENGAGED]
        return context


class CityCSVView(CityListView):
    """The directory under the same filters and sort, every page of it, as CSV."""

    paginate_by = None

    def render_to_response(self, context, **response_kwargs):
        if not self.filters_valid:
            return super().render_to_response(context, **response_kwargs)
        header = [
            pgettext_lazy("column header", "City"),
            _("Country"),
            _("Regional hub"),
            _("Kind of authority"),
        ]
        header += [_("Status in the network"), _("Year joined")]
        header += [_("Has a council or prevention body"), _("Page")]
        rows = (
            [
                city.name,
                city.country.name,
                city.hub.name if city.hub else "",
                city.get_kind_display(),
                city.get_membership_status_display(),
                city.joined_year or "",
                pgettext("has a council", "Yes")
                if city.has_council
                else pgettext("has a council", "No"),
                self.request.build_absolute_uri(city.get_absolute_url()),
            ]
            for city in self.object_list.iterator(chunk_size=spreadsheets.CHUNK)
        )
        return spreadsheets.csv_response(
            "member-cities",
            [str(label) for label in header],
            rows,
            spreadsheets.filter_suffix(self.filterset),
        )


class CouncilComparisonView(FilteredListView):
    """Member and engaged cities' councils and prevention bodies side by side: seats per
    sector, filterable by status, kind of body and place."""

    template_name = "cities/council_comparison.html"
    paginate_by = 50
    filterset_class = CouncilComparisonFilter

    def get_base_queryset(self):
        return City.objects.listed().for_council_comparison().order_by("name")

    def get_summary(self):
        """Counts over every filtered council: kept per filter under the content version."""
        if not self.filters_valid:
            return comparison.summary(self.object_list.values("pk"))
        return cached_fragment(
            "council-summary",
            lambda: comparison.summary(self.object_list.values("pk")),
            filter_key(self.request),
            get_language(),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = context["object_list"]
        summary = self.get_summary()
        # Only the sectors some compared council seats: a column of dashes says nothing.
        sectors = summary["sectors"]
        context.update(
            # Read only when the rows are drawn: a kept drawing needs the page's keys alone.
            rows=PageRows(page.keys, lambda keys: comparison.seat_rows(page, sectors))
            if isinstance(page, PageRows)
            else comparison.seat_rows(page, sectors),
            sectors=[comparison.SECTORS(value).label for value in sectors],
            sector_keys=",".join(sectors),
            summary=summary,
            column_count=2 + summary["any_founded"] + (1 + len(sectors) if sectors else 0),
            csv_query=self.request.GET.urlencode(),
        )
        return context


class CouncilComparisonCSVView(CouncilComparisonView):
    """The comparison table under the same filters and sort, every page of it, as CSV."""

    def render_to_response(self, context, **response_kwargs):
        if not self.filters_valid:
            return super().render_to_response(context, **response_kwargs)
        sectors = context["summary"]["sectors"]
        header = [
            pgettext_lazy("column header", "City"),
            _("Country"),
            _("Regional hub"),
            _("Status in the network"),
            _("Councils and prevention bodies"),
            _("First body founded"),
            _("Sectors"),
            *(comparison.SECTORS(value).label for value in sectors),
        ]
        return spreadsheets.csv_response(
            "council-comparison",
            [str(label) for label in header],
            comparison.csv_rows(self.object_list, sectors),
            spreadsheets.filter_suffix(self.filterset),
        )


def sector_groups(council):
    """A council's seats grouped by sector, in the order of the sector list.

    A group's count is the sum of its seats' counts, or None ("represented") as soon as one
    seat's count is unknown: a listed role is not a number of people.
    """
    order = {value: index for index, value in enumerate(CouncilSeat.Sector.values)}
    groups = {}
    for seat in council.seats.all():
        groups.setdefault(seat.sector, []).append(seat)
    return [
        {
            "sector": seats[0].get_sector_display(),
            "count": None
            if any(seat.count is None for seat in seats)
            else sum(seat.count for seat in seats),
            "seats": seats,
        }
        for _sector, seats in sorted(groups.items(), key=lambda item: order.get(item[0], 99))
    ]


class CityDetailView(KeptPageMixin, DetailView):
    template_name = "cities/city_detail.html"
    context_object_name = "city"

    def get_queryset(self):
        # Staff may preview a draft city; everyone else sees published cities only.
        return City.objects.visible_to(previewer(self.request)).for_page()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        city = self.object
        councils = list(city.councils.all())
        for council in councils:
            council.sector_groups = sector_groups(council)
        participating = Event.participating_cities.through.objects.filter(city=city)
        events = list(
            Event.objects.published()
            .filter(Q(host_city=city) | Q(pk__in=participating.values("event_id")))
            .select_related("hub")
        )
        spotlights = list(Spotlight.objects.published().about_city(city).for_listing())
        testimonials = list(Testimonial.objects.published().filter(city=city))
        impacts = list(
            HubImpact.objects.filter(
                city=city, hub__in=Hub.objects.published().values("pk")
            ).select_related("hub")
        )
        context.update(
            councils=councils,
            events=events,
            spotlights=spotlights,
            testimonials=testimonials,
            journey=journey.build(
                city,
                councils=councils,
                events=events,
                spotlights=spotlights,
                testimonials=testimonials,
                milestones=city.milestones.all(),
                impacts=impacts,
                application=getattr(city, "application", None),
            ),
            impacts=impacts,
            hub_is_public=bool(city.hub and city.hub.is_published),
            peers=peers.peers_for(city),
        )
        return context
