"""The council comparison: the councils and prevention bodies of member and engaged cities,
seats per sector, and what the set has in common."""

from django.db.models import Count, Q, Sum
from django.utils.translation import pgettext

from cities.models import Council, CouncilSeat

SECTORS = CouncilSeat.Sector


def seat_rows(cities, sectors=None):
    """Each city with ``bodies`` (its councils and prevention bodies) and ``cells``: its seats
    per sector of ``sectors`` (by default every sector), in two queries.

    A cell is 0 when the sector has no seat, the number of seats when every seat's count is
    known, and None ("represented") as soon as one count is unknown: the sources often name a
    sector's role without saying how many seats it holds, and a count is never invented.
    """
    cities = list(cities)
    sectors = SECTORS.values if sectors is None else sectors
    bodies = {}
    for council in Council.objects.filter(city__in=[city.pk for city in cities]).only(
        "city_id", "kind", "name"
    ):
        bodies.setdefault(council.city_id, []).append(council)
    counts = {
        (city_id, sector): None if unknown else seats
        for city_id, sector, seats, unknown in CouncilSeat.objects.filter(
            council__city__in=[city.pk for city in cities]
        )
        .values_list("council__city_id", "sector")
        .annotate(seats=Sum("count"), unknown=Count("pk", filter=Q(count__isnull=True)))
        .order_by()
    }
    for city in cities:
        city.bodies = bodies.get(city.pk, [])
        city.cells = [counts.get((city.pk, sector), 0) for sector in sectors]
    return cities


def informative_sectors(coverage):
    """The sectors worth a column: those on at least one of the compared councils."""
    return [value for value in SECTORS.values if coverage.get(value)]


def sector_coverage(cities):
    """``{sector: number of these cities whose councils have a seat for it}``, in one query."""
    return dict(
        CouncilSeat.objects.filter(council__city__in=cities)
        .values_list("sector")
        .annotate(cities=Count("council__city", distinct=True))
        .order_by()
    )


def summary(cities):
    """How many councils the filtered cities have, their most and least common sectors, and
    which columns carry information (sectors with a seat, years founded)."""
    by_sector = sector_coverage(cities)
    represented = sorted(
        ((by_sector[value], label) for value, label in SECTORS.choices if value in by_sector),
        key=lambda item: -item[0],
    )
    top = represented[0][0] if represented else 0
    bottom = represented[-1][0] if represented else 0
    most = [label for count, label in represented if count == top]
    # "Least common" only means something when it differs from "most common".
    least = [label for count, label in represented if count == bottom] if bottom < top else []
    councils = Council.objects.filter(city__in=cities)
    return {
        "councils": councils.count(),
        "cities_with_seats": max(by_sector.values(), default=0),
        "sectors": informative_sectors(by_sector),
        "any_founded": councils.filter(founded_year__isnull=False).exists(),
        "most_common": most,
        "most_common_cities": top,
        "least_common": least,
        "least_common_cities": bottom,
        "unrepresented": [label for value, label in SECTORS.choices if value not in by_sector],
    }


def csv_rows(cities, sectors, chunk=1000):
    """The table as shown, one row per city, for the CSV download: cities read and their
    seats counted ``chunk`` at a time, so the download streams at any size."""
    batch = []
    for city in cities.iterator(chunk_size=chunk):
        batch.append(city)
        if len(batch) == chunk:
            yield from _csv_rows(batch, sectors)
            batch = []
    yield from _csv_rows(batch, sectors)


def _csv_rows(cities, sectors):
    for city in seat_rows(cities, sectors):
        yield [
            city.name,
            city.country.name,
            city.hub.name if city.hub else "",
            city.get_membership_status_display(),
            "; ".join(f"{body.name} ({body.get_kind_display()})" for body in city.bodies),
            city.first_founded or "",
            city.sector_count,
            *(
                pgettext("council seats", "represented") if seats is None else seats
                for seats in city.cells
            ),
        ]
