"""The network in numbers: every figure the other pages show, counted the same way, in one page."""

from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from cities.comparison import sector_coverage
from cities.models import City, Council, CouncilSeat
from datapages import figures
from datapages.charts import counts_by_year
from hubs.models import Hub
from infra.pagecache import cached_fragment


class NumbersView(TemplateView):
    template_name = "network/numbers.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Every figure is counted over the whole network: kept under the content version.
        context.update(cached_fragment("numbers", network_in_numbers, get_language()))
        return context


def network_in_numbers():
    """The page's figures, tables and charts (labels in the active language)."""
    key = figures.key_figures()
    hubs = list(Hub.objects.published().for_cards())
    members_by_year = figures.members_by_year()
    by_kind, founded = figures.councils_by_kind_and_year()
    events = figures.events_by_year()
    coverage = sector_coverage(City.objects.members())
    with_council = City.objects.members().with_council_flag().filter(has_council=True)
    return {
        "figures": key,
        "hubs": hubs,
        "members_outside_hubs": key["cities"] - sum(hub.member_count for hub in hubs),
        "members_chart": counts_by_year(members_by_year, _("Member cities")),
        "councils_by_kind": [
            (label, by_kind[value]) for value, label in Council.Kind.choices if value in by_kind
        ],
        "councils_total": sum(by_kind.values()),
        "founded_chart": counts_by_year(founded, _("Councils")),
        "member_cities_with_council": with_council.count(),
        "sectors": sorted(
            ((label, coverage.get(value, 0)) for value, label in CouncilSeat.Sector.choices),
            key=lambda row: -row[1],
        ),
        "events_chart": counts_by_year(events, _("Events")),
        "events_total": sum(events.values()),
    }
