"""Peer cities: other member cities facing similar challenges, ranked by a score anyone can check.

A candidate earns points for what it shares with the city: topics of the spotlights written
about each (3 each), events both took part in (2 each), the same kind of council (2 each),
sectors sitting on their councils (1 each), the same country (1) or else the same regional hub
(1), and a population within a factor of two (1). Peers need at least ``MIN_SCORE``, so a
shared country or population alone never makes one; ties go to the name. Every point comes
with the reason shown to the visitor, so the ranking explains itself.

A city's peers are worked out once and stored (``PeerList``, ``PeerLink``): the database sums
the points of every candidate sharing something (one query, however many cities), and only the
best few are compared in full. A change to a city, its councils, spotlights or events drops its
stored list and the lists naming it (``forget``); the next page to need one works it out again.
``manage.py compute_peers`` fills every list ahead of visitors.
"""

import math
from dataclasses import asdict, dataclass, field

from django.core.exceptions import EmptyResultSet
from django.db import connection, transaction
from django.db.models import F, Q, Value
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.translation import get_language, ngettext, pgettext
from django.utils.translation import gettext as _

from cities.models import City, Council, CouncilSeat, PeerLink, PeerList
from infra.pagecache import cached_fragment

WEIGHTS = {
    "topic": 3,
    "event": 2,
    "kind": 2,
    "sector": 1,
    "country": 1,
    "hub": 1,
    "population": 1,
}
MIN_SCORE = 3
LIMIT = 4
# Candidates the database ranks by points, compared in full: ties past the last are rare.
SHORTLIST = 20


@dataclass(frozen=True)
class Profile:
    """What a city brings to the comparison."""

    pk: int
    hub_id: int | None
    country_id: int
    population: int | None
    name: str = ""
    sectors: frozenset = field(default_factory=frozenset)
    kinds: frozenset = field(default_factory=frozenset)
    topics: frozenset = field(default_factory=frozenset)
    events: frozenset = field(default_factory=frozenset)


@dataclass
class Peer:
    """A peer city as its card shows it, in the visitor's language."""

    slug: str
    name: str
    country: str
    hub: str  # empty unless the hub is published
    peer_score: int
    peer_reasons: str

    def get_absolute_url(self):
        return reverse("cities:detail", kwargs={"slug": self.slug})


@dataclass
class Match:
    """Why a candidate is a peer: what it shares with the city, and its score."""

    pk: int
    topics: list = field(default_factory=list)
    events: list = field(default_factory=list)
    sectors: list = field(default_factory=list)
    kinds: list = field(default_factory=list)
    same_country: bool = False
    same_hub: bool = False
    populations: tuple | None = None

    @property
    def score(self):
        return (
            WEIGHTS["topic"] * len(self.topics)
            + WEIGHTS["event"] * len(self.events)
            + WEIGHTS["sector"] * len(self.sectors)
            + WEIGHTS["kind"] * len(self.kinds)
            + (WEIGHTS["country"] if self.same_country else 0)
            + (WEIGHTS["hub"] if self.same_hub and not self.same_country else 0)
            + (WEIGHTS["population"] if self.populations else 0)
        )


# Display order of shared sectors and kinds (read once: enum ``values`` is slow per call).
SECTOR_ORDER = {value: index for index, value in enumerate(CouncilSeat.Sector.values)}
KIND_ORDER = {value: index for index, value in enumerate(Council.Kind.values)}


def _similar_population(city, other):
    small, large = sorted([city.population or 0, other.population or 0])
    return bool(small) and large <= 2 * small


def compare(city, other):
    return Match(
        pk=other.pk,
        topics=sorted(city.topics & other.topics),
        events=sorted(city.events & other.events),
        sectors=sorted(city.sectors & other.sectors, key=SECTOR_ORDER.get),
        kinds=sorted(city.kinds & other.kinds, key=KIND_ORDER.get),
        same_country=city.country_id == other.country_id,
        same_hub=city.hub_id is not None and city.hub_id == other.hub_id,
        populations=(city.population, other.population)
        if _similar_population(city, other)
        else None,
    )


def _features(city_ids):
    """Per city of ``city_ids``: its topics, events, council kinds and sectors (4 queries)."""
    from hubs.models import Event
    from spotlights.models import Spotlight

    found = {
        pk: {"topics": set(), "events": set(), "kinds": set(), "sectors": set()} for pk in city_ids
    }
    topics = Spotlight.topics.through.objects.filter(
        spotlight__in=Spotlight.objects.published(), spotlight__city_id__in=city_ids
    )
    for city_id, topic_id in topics.values_list("spotlight__city_id", "topic_id"):
        found[city_id]["topics"].add(topic_id)
    published = Event.objects.published()
    hosted = (
        published.filter(host_city_id__in=city_ids).order_by().values_list("host_city_id", "pk")
    )
    joined = (
        Event.participating_cities.through.objects.filter(city_id__in=city_ids, event__in=published)
        .order_by()
        .values_list("city_id", "event_id")
    )
    for city_id, event_id in [*hosted, *joined]:
        found[city_id]["events"].add(event_id)
    councils = Council.objects.filter(city_id__in=city_ids).order_by()
    for city_id, kind, sector in councils.values_list("city_id", "kind", "seats__sector"):
        found[city_id]["kinds"].add(kind)
        if sector:
            found[city_id]["sectors"].add(sector)
    return found


def profiles(cities):
    """``Profile`` of each of ``cities`` (City objects), keyed by id."""
    features = _features([city.pk for city in cities])
    return {
        city.pk: Profile(
            pk=city.pk,
            hub_id=city.hub_id,
            country_id=city.country_id,
            population=city.population,
            name=(city.name_en or city.name_ar or "").casefold(),
            **{name: frozenset(values) for name, values in features[city.pk].items()},
        )
        for city in cities
    }


def shortlist(me, size=SHORTLIST):
    """The ids of the member cities other than ``me`` with the most points, best first: the
    database sums the points of every shared item in one query, whatever the network's size."""
    from hubs.models import Event
    from spotlights.models import Spotlight

    def pairs(queryset, city, item):
        """Distinct (city, shared item) pairs, under the column names the sum reads."""
        return (
            queryset.order_by()
            .annotate(peer_city=F(city), peer_item=item if isinstance(item, Value) else F(item))
            .values("peer_city", "peer_item")
            .distinct()
        )

    published_events = Event.objects.published()
    topics = Spotlight.topics.through.objects.filter(
        topic_id__in=me.topics, spotlight__in=Spotlight.objects.published()
    )
    hosts = published_events.filter(pk__in=me.events)
    guests = Event.participating_cities.through.objects.filter(
        event_id__in=me.events, event__in=published_events
    )
    # Candidates share a topic or an event, or are near (country, hub): council kinds, sectors
    # and population only add to their points. Half of all councils share a sector, so
    # scoring them for every city would grow with the network.
    near = Q(country_id=me.country_id) | (Q(hub_id=me.hub_id) if me.hub_id else Q(pk__in=[]))
    candidates = (
        City.objects.members()
        .exclude(pk=me.pk)
        .filter(
            near
            | Q(pk__in=topics.values("spotlight__city_id"))
            | Q(pk__in=hosts.values("host_city_id"))
            | Q(pk__in=guests.values("city_id"))
        )
        .order_by()
        .values("pk")
    )
    everyone = Value(0)  # one point per city: the item is the country, hub or population
    parts = [
        (WEIGHTS["topic"], pairs(topics, "spotlight__city_id", "topic_id")),
        (WEIGHTS["event"], pairs(hosts, "host_city_id", "pk")),
        # A city both hosting and joining an event counts it twice here, once in the full
        # comparison below: the shortlist is only a shortlist.
        (WEIGHTS["event"], pairs(guests, "city_id", "event_id")),
        (
            WEIGHTS["kind"],
            pairs(
                Council.objects.filter(kind__in=me.kinds, city__in=candidates), "city_id", "kind"
            ),
        ),
        (
            WEIGHTS["sector"],
            pairs(
                CouncilSeat.objects.filter(sector__in=me.sectors, council__city__in=candidates),
                "council__city_id",
                "sector",
            ),
        ),
        (WEIGHTS["country"], pairs(City.objects.filter(country_id=me.country_id), "pk", everyone)),
    ]
    if me.hub_id is not None:
        same_hub = City.objects.filter(hub_id=me.hub_id).exclude(country_id=me.country_id)
        parts.append((WEIGHTS["hub"], pairs(same_hub, "pk", everyone)))
    if me.population:
        similar = City.objects.filter(
            pk__in=candidates,
            population__gte=math.ceil(me.population / 2),
            population__lte=2 * me.population,
        )
        parts.append((WEIGHTS["population"], pairs(similar, "pk", everyone)))
    pieces, params = [], []
    for points, queryset in parts:
        try:
            sql, part_params = queryset.query.sql_with_params()
        except EmptyResultSet:  # nothing of that kind to share (no topics, no council…)
            continue
        pieces.append(f"SELECT part.peer_city AS city, {int(points)} AS points FROM ({sql}) part")
        params += part_params
    if not pieces:
        return []
    members_sql, members_params = (
        City.objects.members().exclude(pk=me.pk).order_by().values("pk").query.sql_with_params()
    )
    query = (
        f"SELECT shared.city FROM ({' UNION ALL '.join(pieces)}) AS shared "
        f"WHERE shared.city IN ({members_sql}) "
        f"GROUP BY shared.city HAVING SUM(shared.points) >= %s "
        f"ORDER BY SUM(shared.points) DESC, shared.city LIMIT %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(query, [*params, *members_params, MIN_SCORE, size])
        return [row[0] for row in cursor.fetchall()]


def rank(city, limit=LIMIT):
    """The ``limit`` best-scoring member cities other than ``city``: ``Match`` objects, best
    first, ties broken by the (English) name."""
    me = profiles([city])[city.pk]
    ids = shortlist(me)
    if not ids:
        return []
    candidates = profiles(list(City.objects.filter(pk__in=ids)))
    matches = [compare(me, other) for other in candidates.values()]
    matches.sort(key=lambda match: (-match.score, candidates[match.pk].name))
    return [match for match in matches if match.score >= MIN_SCORE][:limit]


def compute(city, limit=LIMIT):
    """Work out ``city``'s peers and store them; returns the ``PeerList``."""
    matches = rank(city, limit)
    with transaction.atomic():
        peer_list, _created = PeerList.objects.update_or_create(city=city)
        peer_list.links.all().delete()
        PeerLink.objects.bulk_create(
            PeerLink(
                owner=peer_list,
                peer_id=match.pk,
                position=position,
                score=match.score,
                shared={key: value for key, value in asdict(match).items() if key != "pk"},
            )
            for position, match in enumerate(matches)
        )
    return peer_list


def forget(city_ids):
    """Drop the stored peers of ``city_ids`` and the lists naming one of them as a peer."""
    city_ids = [pk for pk in city_ids if pk]
    if city_ids:
        PeerList.objects.filter(city_id__in=city_ids).delete()
        PeerList.objects.filter(links__peer_id__in=city_ids).delete()


def _in(language, *names):
    """The name in ``language``, falling back on the other."""
    first, second = names if language == "ar" else reversed(names)
    return first or second or ""


def _listing(items):
    """ "a, b and c" in the active language."""
    items = [str(item) for item in items]
    if len(items) < 2:
        return "".join(items)
    separator = pgettext("list separator", ",") + " "
    return _("%(items)s and %(last)s") % {"items": separator.join(items[:-1]), "last": items[-1]}


def reasons(match, city, peer, topic_names):
    """The sentences that explain ``match``, in the visitor's language."""
    sentences = []
    if match.topics:
        sentences.append(
            _("Spotlights on both cover %(topics)s.")
            % {"topics": _listing(topic_names[pk] for pk in match.topics)}
        )
    if match.events:
        sentences.append(
            ngettext(
                "They took part in an event together.",
                "They took part in %(count)s events together.",
                len(match.events),
            )
            % {"count": number_format(len(match.events))}
        )
    if match.sectors:
        sectors = [CouncilSeat.Sector(value).label for value in match.sectors]
        sentences.append(_("Both councils include %(sectors)s.") % {"sectors": _listing(sectors)})
    if match.kinds:
        kinds = [Council.Kind(value).label for value in match.kinds]
        sentences.append(
            ngettext(
                "Both have the same kind of body: %(kinds)s.",
                "Both have the same kinds of body: %(kinds)s.",
                len(kinds),
            )
            % {"kinds": _listing(kinds)}
        )
    if match.same_country:
        sentences.append(_("Both are in %(country)s.") % {"country": peer.country})
    elif match.same_hub and peer.hub:
        sentences.append(_("Both belong to the %(hub)s hub.") % {"hub": peer.hub})
    if match.populations:
        mine, theirs = match.populations
        sentences.append(
            _("Similar populations (%(mine)s and %(theirs)s).")
            % {
                "mine": number_format(mine, force_grouping=True),
                "theirs": number_format(theirs, force_grouping=True),
            }
        )
    return " ".join(sentences)


def peers_for(city, limit=LIMIT):
    """Up to ``limit`` peer cities of ``city``, each with ``peer_reasons``, kept per city and
    language under the content version."""
    language = get_language()
    return cached_fragment("peers", lambda: _peers(city, limit, language), city.pk, language, limit)


def _peers(city, limit, language):
    """The stored list (worked out now if there is none), as cards: three queries."""
    from library.models import Topic

    if not PeerList.objects.filter(city=city).exists():
        compute(city)
    links = list(
        PeerLink.objects.filter(owner_id=city.pk, position__lt=limit).select_related(
            "peer__country", "peer__hub"
        )
    )
    topic_ids = {pk for link in links for pk in link.shared.get("topics", [])}
    topic_names = {
        pk: _in(language, name_ar, name_en)
        for pk, name_ar, name_en in Topic.objects.filter(pk__in=topic_ids).values_list(
            "pk", "name_ar", "name_en"
        )
    }
    peers = []
    for link in links:
        other = link.peer
        hub = other.hub if other.hub and other.hub.is_published else None
        match = Match(
            pk=other.pk,
            **{
                **link.shared,
                "populations": link.shared.get("populations") and tuple(link.shared["populations"]),
            },
        )
        peer = Peer(
            slug=other.slug,
            name=_in(language, other.name_ar, other.name_en),
            country=_in(language, other.country.name_ar, other.country.name_en),
            hub=_in(language, hub.name_ar, hub.name_en) if hub else "",
            peer_score=link.score,
            peer_reasons="",
        )
        peer.peer_reasons = reasons(match, city, peer, topic_names)
        peers.append(peer)
    return peers


def _city_ids(sender, instance):
    """The cities whose peers a change to ``instance`` may move."""
    from hubs.models import Event
    from spotlights.models import Spotlight

    if isinstance(instance, City):
        return [instance.pk]
    if isinstance(instance, Council | Spotlight):
        return [instance.city_id]
    if isinstance(instance, CouncilSeat):
        return list(
            Council.objects.filter(pk=instance.council_id).values_list("city_id", flat=True)
        )
    if isinstance(instance, Event):
        return [instance.host_city_id, *instance.participating_cities.values_list("pk", flat=True)]
    return []


def _changed(sender, instance, **kwargs):
    forget(_city_ids(sender, instance))


def _links_changed(sender, instance, action, pk_set=None, **kwargs):
    if not action.startswith("post_"):
        return
    from hubs.models import Event

    ids = _city_ids(type(instance), instance)
    if isinstance(instance, Event) and pk_set:
        ids += list(pk_set)
    forget(ids)


def connect_signals():
    """Forget stored peers when what they rest on changes (see the module's docstring)."""
    from django.db.models.signals import m2m_changed, post_delete, post_save

    from hubs.models import Event
    from spotlights.models import Spotlight

    for model in (City, Council, CouncilSeat, Spotlight, Event):
        post_save.connect(_changed, sender=model, dispatch_uid=f"peers-{model.__name__}")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"peers-del-{model.__name__}")
    for through in (Spotlight.topics.through, Event.participating_cities.through):
        m2m_changed.connect(_links_changed, sender=through, dispatch_uid=f"peers-{through}")
