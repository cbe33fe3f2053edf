"""Site-wide search over every kind of public content, grouped by kind with counts.

Each kind costs a fixed number of queries whatever the data size: its first rows and its total
come back together (a window count), so a search is about fifteen queries on any database.
Only published content is searched; a draft never appears, not even in a count.
"""

from dataclasses import dataclass

from django.db import connections
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from cities.filters import search_cities
from cities.models import City, Council
from hubs.models import Event, Hub, HubContact
from infra.pagecache import cached_fragment
from kernel import fulltext
from kernel.models import text_search
from kernel.text import normalise, search_words
from library.models import Resource
from spotlights.filters import search_spotlights
from spotlights.models import Spotlight, SpotlightAuthor
from testimonials.models import Testimonial

MAX_QUERY_LENGTH = 200
GROUP_SIZE = 8
# A group counts its matches up to here; a common word finds tens of thousands.
COUNT_LIMIT = 1000


def first_rows(found, shown=None, size=GROUP_SIZE, rank_by=None):
    """``(total, rows)``: how many rows ``found`` holds, counted up to ``COUNT_LIMIT + 1`` (a
    page says "more than" beyond), and the first ``size`` of them, read from ``shown`` (the
    unfiltered queryset with the joins a result needs; ``found`` itself by default).

    Two queries whatever the data size: the keys of the first matches the index gives, which
    stops early; then the first rows among them in ``shown``'s order (with ``rank_by``, a
    query, PostgreSQL puts the rows holding its words most first). A common word matches tens
    of thousands of rows, which were otherwise joined, ranked and sorted whole.
    """
    pool = list(found.order_by().values_list("pk", flat=True)[: COUNT_LIMIT + 1])
    if not pool:
        return 0, []
    candidates = (found if shown is None else shown).filter(pk__in=pool)
    if rank_by is not None and connections[found.db].vendor == "postgresql":
        words = search_words(rank_by)
        candidates = fulltext.best_first(candidates, fulltext.tsquery(words, any_word=True))
    return len(pool), list(candidates[:size])


@dataclass
class PersonHit:
    """A person found by name or role, and the page that names them."""

    name: str
    role: str
    place: str
    url: str


def find_people(query, any_word=False):
    """Mayors, hub contacts and spotlight authors whose name or role matches."""
    mayors = first_rows(City.objects.listed().mayor_named(query, any_word))
    contacts = first_rows(text_search(HubContact.objects.public(), query, any_word=any_word))
    authors = first_rows(text_search(SpotlightAuthor.objects.public(), query, any_word=any_word))
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


def _with_city(queryset, query, any_word):
    """Rows whose own text or whose city's text matches."""
    fields = ("search_text", "city__search_text")
    return text_search(queryset, query, fields=fields, any_word=any_word)


# (key, title, search(query, any_word) -> (total, first rows), URL of the full list taking ?q=)
GROUPS = [
    (
        "cities",
        _("Cities in the network"),
        lambda q, any_word: first_rows(
            search_cities(City.objects.listed(), q, any_word=any_word),
            City.objects.listed().for_directory(),
            rank_by=q,
        ),
        "cities:list",
    ),
    ("people", _("People"), find_people, None),
    (
        "testimonials",
        _("Testimonials"),
        lambda q, any_word: first_rows(
            _with_city(Testimonial.objects.published(), q, any_word),
            Testimonial.objects.published().for_listing(),
        ),
        None,
    ),
    (
        "spotlights",
        _("Spotlights and stories"),
        lambda q, any_word: first_rows(
            search_spotlights(Spotlight.objects.published(), q, any_word),
            Spotlight.objects.published().for_listing(),
        ),
        "spotlights:list",
    ),
    (
        "councils",
        _("Local safety councils and prevention bodies"),
        lambda q, any_word: first_rows(_with_city(Council.objects.public(), q, any_word)),
        None,
    ),
    (
        "events",
        _("Events"),
        lambda q, any_word: first_rows(
            text_search(Event.objects.published(), q, any_word=any_word),
            Event.objects.published().for_listing(),
            rank_by=q,
        ),
        None,
    ),
    (
        "resources",
        _("Resources"),
        lambda q, any_word: first_rows(
            text_search(Resource.objects.published(), q, any_word=any_word)
        ),
        None,
    ),
    (
        "hubs",
        _("Regional hubs"),
        lambda q, any_word: first_rows(
            text_search(Hub.objects.published(), q, any_word=any_word), rank_by=q
        ),
        None,
    ),
]


def search_groups(query, any_word=False):
    """One group per kind of content: its title, total count, first results and "see all"."""
    results = []
    for key, title, search, list_url_name in GROUPS:
        count, items = search(query, any_word)
        truncated = count > len(items)
        results.append(
            {
                "key": key,
                "title": title,
                "count": count,
                # Counting stops past COUNT_LIMIT: beyond, the page says "more than".
                "count_label": number_format(count, force_grouping=True)
                if count <= COUNT_LIMIT
                else _("more than %(count)s")
                % {"count": number_format(COUNT_LIMIT, force_grouping=True)},
                "items": items,
                "more_url": reverse(list_url_name) if list_url_name and truncated else None,
                "truncated": truncated,
            }
        )
    return results


def search_results(query):
    """``(groups, some_words)``: the groups of results having every word of ``query``, or when
    none has them all (and there are several), those having some of them, with
    ``some_words`` true so the page can say so."""
    groups = search_groups(query)
    if any(group["count"] for group in groups) or len(search_words(query)) < 2:
        return groups, False
    return search_groups(query, any_word=True), True


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
            groups, some_words = cached_fragment(
                "search-results", lambda: search_results(query), query
            )
            context.update(
                groups=groups,
                total=sum(min(group["count"], COUNT_LIMIT) for group in groups),
                some_words=some_words,
                # Some group stopped counting: the total is a lower bound.
                total_is_lower_bound=any(group["count"] > COUNT_LIMIT for group in groups),
            )
        return self.render_to_response(context)
