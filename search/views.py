"""Site-wide search over every kind of public content, grouped by kind with counts.

Each kind costs a fixed number of queries whatever the data size: its first rows and its total
come back together (a window count), so a search is about fifteen queries on any database.
Only published content is searched; a draft never appears, not even in a count.
"""

from dataclasses import dataclass

from django.db.models import Count, Subquery, Value
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from cities.filters import search_cities
from cities.models import City, Council
from hubs.models import Event, Hub, HubContact
from infra.pagecache import cached_fragment
from kernel.models import text_search
from kernel.text import normalise
from library.models import Resource
from spotlights.filters import search_spotlights
from spotlights.models import Spotlight, SpotlightAuthor
from testimonials.models import Testimonial

MAX_QUERY_LENGTH = 200
GROUP_SIZE = 8


def first_rows(queryset, size=GROUP_SIZE):
    """``(total, rows)``: the first ``size`` rows of ``queryset`` and how many match in all,
    in one query.

    The total is a scalar subquery over the matching ids, run once: a window count carried
    every match's joined columns through the sort, so its cost grew with the matches."""
    total = (
        queryset.order_by()
        .annotate(search_group=Value(1))  # a constant: no GROUP BY, one row, 0 when none match
        .values("search_group")
        .annotate(count=Count("pk"))
        .values("count")
    )
    rows = list(queryset.annotate(search_total=Subquery(total))[:size])
    return (rows[0].search_total if rows else 0), rows


@dataclass
class PersonHit:
    """A person found by name or role, and the page that names them."""

    name: str
    role: str
    place: str
    url: str


def find_people(query):
    """Mayors, hub contacts and spotlight authors whose name or role matches."""
    mayors = first_rows(City.objects.listed().mayor_named(query))
    contacts = first_rows(text_search(HubContact.objects.public(), query))
    authors = first_rows(text_search(SpotlightAuthor.objects.public(), query))
    people = [
        *(
            PersonHit(city.mayor, _("Mayor"), city.name, city.get_absolute_url())
            for city in mayors[1]
        ),
        *(
            PersonHit(contact.name, contact.role, contact.hub.name, contact.hub.get_absolute_url())
            for contact in contacts[1]
        ),
        *(
            PersonHit(
                author.name,
                author.role,
                author.spotlight.title,
                author.spotlight.get_absolute_url(),
            )
            for author in authors[1]
        ),
    ]
    return mayors[0] + contacts[0] + authors[0], people[:GROUP_SIZE]


# (key, title, search(query) -> (total, first rows), URL of the full list that takes ?q=)
GROUPS = [
    (
        "cities",
        _("Cities in the network"),
        lambda q: first_rows(search_cities(City.objects.listed().for_directory(), q, rank=True)),
        "cities:list",
    ),
    ("people", _("People"), find_people, None),
    (
        "testimonials",
        _("Testimonials"),
        lambda q: first_rows(
            text_search(
                Testimonial.objects.published().for_listing(),
                q,
                fields=("search_text", "city__search_text"),
            )
        ),
        None,
    ),
    (
        "spotlights",
        _("Spotlights and stories"),
        lambda q: first_rows(search_spotlights(Spotlight.objects.published().for_listing(), q)),
        "spotlights:list",
    ),
    (
        "councils",
        _("Local safety councils and prevention bodies"),
        lambda q: first_rows(
            text_search(Council.objects.public(), q, fields=("search_text", "city__search_text"))
        ),
        None,
    ),
    (
        "events",
        _("Events"),
        lambda q: first_rows(text_search(Event.objects.published().for_listing(), q, rank=True)),
        None,
    ),
    (
        "resources",
        _("Resources"),
        lambda q: first_rows(text_search(Resource.objects.published(), q)),
        None,
    ),
    (
        "hubs",
        _("Regional hubs"),
        lambda q: first_rows(text_search(Hub.objects.published(), q, rank=True)),
        None,
    ),
]


def search_groups(query):
    """One group per kind of content: its title, total count, first results and "see all"."""
    results = []
    for key, title, search, list_url_name in GROUPS:
        count, items = search(query)
        truncated = count > len(items)
        results.append(
            {
                "key": key,
                "title": title,
                "count": count,
                "items": items,
                "more_url": reverse(list_url_name) if list_url_name and truncated else None,
                "truncated": truncated,
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
            # Results depend on the content and the query only: a repeated search (by anyone,
            # cookie or not) is read back under the content version instead of run again.
            groups = cached_fragment("search", lambda: search_groups(query), query)
            context.update(groups=groups, total=sum(group["count"] for group in groups))
        return self.render_to_response(context)
