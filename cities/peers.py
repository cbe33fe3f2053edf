"""Peer cities: other member cities facing similar challenges, ranked by a score anyone can check.

A candidate earns points for what it shares with the city: topics of the spotlights written
about each (3 each), sectors sitting on their councils (1 each), the same country (2) or else
the same regional hub (1), the same kind of council (1 each) and a population within a factor
of two (1). Peers need at least ``MIN_SCORE``; ties go to the name. Every point comes with the
reason shown to the visitor, so the ranking explains itself.

The profiles of all cities (with what a peer shows: name, country, hub) are read in three
queries and kept under the page cache's content version, so they are rebuilt after any content
change and never per candidate; finding a city's peers then needs no query at all.
"""

from dataclasses import dataclass, field

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import get_language, ngettext, pgettext
from django.utils.translation import gettext as _

from cities.models import City, Council, CouncilSeat
from infra.pagecache import cached_fragment, process_fragment
from kernel.models import Publishable

WEIGHTS = {"topic": 3, "sector": 1, "country": 2, "hub": 1, "kind": 1, "population": 1}
MIN_SCORE = 2
LIMIT = 4


@dataclass(frozen=True)
class Profile:
    pk: int
    is_member: bool
    hub_id: int | None
    country_id: int
    population: int | None
    sectors: frozenset = field(default_factory=frozenset)
    kinds: frozenset = field(default_factory=frozenset)
    topics: frozenset = field(default_factory=frozenset)
    slug: str = ""
    names: tuple = ()  # (Arabic, English), each falling back on the other
    country_names: tuple = ()
    hub_names: tuple = ()  # empty unless the hub is published


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
class Network:
    """Every listed city's profile, and the names of the topics their spotlights cover."""

    topic_names: dict
    profiles: dict


@dataclass
class Match:
    """Why a candidate is a peer: what it shares with the city, and its score."""

    pk: int
    topics: list = field(default_factory=list)
    sectors: list = field(default_factory=list)
    kinds: list = field(default_factory=list)
    same_country: bool = False
    same_hub: bool = False
    populations: tuple | None = None

    @property
    def score(self):
        return (
            WEIGHTS["topic"] * len(self.topics)
            + WEIGHTS["sector"] * len(self.sectors)
            + WEIGHTS["kind"] * len(self.kinds)
            + (WEIGHTS["country"] if self.same_country else 0)
            + (WEIGHTS["hub"] if self.same_hub and not self.same_country else 0)
            + (WEIGHTS["population"] if self.populations else 0)
        )


def build_profiles():
    """Every listed city's profile (with the names a peer shows) and the names of its
    spotlights' topics, in three queries."""
    from spotlights.models import Spotlight

    cities = City.objects.listed()
    sectors, kinds, topics, names = {}, {}, {}, {}
    # Councils left-joined to their seats: a council without seats still gives its kind.
    councils = Council.objects.filter(city__in=cities).order_by()
    for city_id, kind, sector in councils.values_list("city_id", "kind", "seats__sector"):
        kinds.setdefault(city_id, set()).add(kind)
        if sector:
            sectors.setdefault(city_id, set()).add(sector)
    tagged = Spotlight.topics.through.objects.filter(
        spotlight__in=Spotlight.objects.published(), spotlight__city__in=cities
    ).order_by()
    for city_id, topic_id, name_ar, name_en in tagged.values_list(
        "spotlight__city_id", "topic_id", "topic__name_ar", "topic__name_en"
    ):
        topics.setdefault(city_id, set()).add(topic_id)
        names[topic_id] = {"ar": name_ar or name_en or "", "en": name_en or name_ar or ""}
    now = timezone.now()
    rows = cities.order_by().values_list(
        "pk",
        "slug",
        "membership_status",
        "hub_id",
        "country_id",
        "population",
        "name_ar",
        "name_en",
        "country__name_ar",
        "country__name_en",
        "hub__name_ar",
        "hub__name_en",
        "hub__status",
        "hub__published_at",
    )
    profiles = {
        pk: Profile(
            pk=pk,
            is_member=status == City.MembershipStatus.MEMBER,
            hub_id=hub_id,
            country_id=country_id,
            population=population,
            sectors=frozenset(sectors.get(pk, ())),
            kinds=frozenset(kinds.get(pk, ())),
            topics=frozenset(topics.get(pk, ())),
            slug=slug,
            names=_names(name_ar, name_en),
            country_names=_names(country_ar, country_en),
            # As Hub.is_published: only a published hub is named.
            hub_names=_names(hub_ar, hub_en)
            if hub_status == Publishable.Status.PUBLISHED and hub_published_at <= now
            else (),
        )
        for (
            pk,
            slug,
            status,
            hub_id,
            country_id,
            population,
            name_ar,
            name_en,
            country_ar,
            country_en,
            hub_ar,
            hub_en,
            hub_status,
            hub_published_at,
        ) in rows
    }
    return Network(topic_names=names, profiles=profiles)


def _names(name_ar, name_en):
    """``(Arabic, English)`` as shown: each falls back on the other."""
    return (name_ar or name_en or "", name_en or name_ar or "")


def _in(language, names):
    return names[0 if language == "ar" else 1] if names else ""


def _sort_name(profile, language):
    """Ties on the score go to the name as the visitor reads it."""
    return _in(language, profile.names).casefold()


def profiles():
    """The ``Network``, rebuilt once per content version (any content change makes a new
    one) and kept in each process's memory."""
    return process_fragment("peer-profiles", build_profiles)


# Display order of shared sectors and kinds (read once: enum ``values`` is slow per call).
SECTOR_ORDER = {value: index for index, value in enumerate(CouncilSeat.Sector.values)}
KIND_ORDER = {value: index for index, value in enumerate(Council.Kind.values)}


def _similar_population(city, other):
    small, large = sorted([city.population or 0, other.population or 0])
    return bool(small) and large <= 2 * small


def score(city, other):
    """``compare(city, other).score`` without building the match: run once per candidate."""
    points = (
        WEIGHTS["topic"] * len(city.topics & other.topics)
        + WEIGHTS["sector"] * len(city.sectors & other.sectors)
        + WEIGHTS["kind"] * len(city.kinds & other.kinds)
    )
    if city.country_id == other.country_id:
        points += WEIGHTS["country"]
    elif city.hub_id is not None and city.hub_id == other.hub_id:
        points += WEIGHTS["hub"]
    if _similar_population(city, other):
        points += WEIGHTS["population"]
    return points


def compare(city, other):
    return Match(
        pk=other.pk,
        topics=sorted(city.topics & other.topics),
        sectors=sorted(city.sectors & other.sectors, key=SECTOR_ORDER.get),
        kinds=sorted(city.kinds & other.kinds, key=KIND_ORDER.get),
        same_country=city.country_id == other.country_id,
        same_hub=city.hub_id is not None and city.hub_id == other.hub_id,
        populations=(city.population, other.population)
        if _similar_population(city, other)
        else None,
    )


def rank(city, table, limit=LIMIT, language="en"):
    """The ``limit`` best-scoring member cities other than ``city``: ``Match`` objects, best
    first, ties broken by the name in ``language``.

    Every candidate is scored; only the finalists are turned into matches with their reasons.
    """
    me = table.get(city.pk) or Profile(
        pk=city.pk,
        is_member=False,
        hub_id=city.hub_id,
        country_id=city.country_id,
        population=city.population,
    )
    scored = [
        (points, other)
        for other in table.values()
        if other.is_member and other.pk != city.pk and (points := score(me, other)) >= MIN_SCORE
    ]
    scored.sort(key=lambda item: (-item[0], _sort_name(item[1], language)))
    return [compare(me, other) for _points, other in scored[:limit]]


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
    """No query once the profiles are kept."""
    network = profiles()
    topic_names = {
        pk: names.get(language, names["en"]) for pk, names in network.topic_names.items()
    }
    peers = []
    for match in rank(city, network.profiles, limit, language):
        profile = network.profiles[match.pk]
        peer = Peer(
            slug=profile.slug,
            name=_in(language, profile.names),
            country=_in(language, profile.country_names),
            hub=_in(language, profile.hub_names),
            peer_score=match.score,
            peer_reasons="",
        )
        peer.peer_reasons = reasons(match, city, peer, topic_names)
        peers.append(peer)
    return peers
