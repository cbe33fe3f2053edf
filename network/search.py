"""Site-wide search across member cities, spotlights, events and hubs."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from cities.models import City
from hubs.models import Event, Hub
from network.models import text_search
from network.text import normalise
from spotlights.filters import search_spotlights
from spotlights.models import Spotlight

MAX_QUERY_LENGTH = 200
GROUP_SIZE = 8


def search_groups(query):
    """One group per kind of content: its title, total count, first results and "see all"."""
    spotlights = Spotlight.objects.published().for_listing()
    groups = [
        (
            "cities",
            _("Cities in the network"),
            text_search(City.objects.listed().for_directory(), query, rank=True),
            reverse("cities:list"),
        ),
        (
            "spotlights",
            _("Spotlights and stories"),
            search_spotlights(spotlights, query),
            reverse("spotlights:list"),
        ),
        (
            "events",
            _("Events"),
            text_search(Event.objects.published().select_related("hub"), query, rank=True),
            None,
        ),
        ("hubs", _("Regional hubs"), text_search(Hub.objects.published(), query, rank=True), None),
    ]
    results = []
    for key, title, queryset, list_url in groups:
        count = queryset.count()
        results.append(
            {
                "key": key,
                "title": title,
                "count": count,
                "items": list(queryset[:GROUP_SIZE]) if count else [],
                "more_url": list_url if list_url and count > GROUP_SIZE else None,
            }
        )
    return results


class SiteSearchView(TemplateView):
    template_name = "network/search.html"

    def get(self, request, *args, **kwargs):
        query = request.GET.get("q", "").strip()
        context = self.get_context_data(query=query, max_length=MAX_QUERY_LENGTH)
        if len(query) > MAX_QUERY_LENGTH:
            context["error"] = _(
                "Your search is too long. Please use at most %(max)d characters."
            ) % {"max": MAX_QUERY_LENGTH}
            return self.render_to_response(context, status=400)
        if normalise(query):
            groups = search_groups(query)
            context.update(groups=groups, total=sum(group["count"] for group in groups))
        return self.render_to_response(context)
