"""Key figures of the network, counted by the database (aggregates, never len())."""

from django.db.models import Count, Q


def key_figures():
    """Member cities and, apart, engaged cities; countries and councils; the published hubs.

    Only members count as member cities. Councils are those of every listed city, counted as
    local safety councils or as other prevention bodies (councils, networks, action teams) so
    that the label says what the number counts.
    """
    from cities.models import City, Council
    from hubs.models import Hub

    member = Q(membership_status=City.MembershipStatus.MEMBER)
    safety = Q(councils__kind=Council.Kind.SAFETY_COUNCIL)
    figures = City.objects.listed().aggregate(
        cities=Count("pk", filter=member, distinct=True),
        engaged=Count(
            "pk", filter=Q(membership_status=City.MembershipStatus.ENGAGED), distinct=True
        ),
        countries=Count("country", filter=member, distinct=True),
        safety_councils=Count("councils", filter=safety, distinct=True),
        other_councils=Count("councils", filter=Q(councils__isnull=False) & ~safety, distinct=True),
    )
    # An alias named "councils" would shadow the relation inside the other aggregates.
    figures["councils"] = figures.pop("safety_councils")
    figures["hubs"] = Hub.objects.published().count()
    return figures


def members_per_year():
    """Rows ``{"hub": id, "joined_year": year or None, "cities": n}`` for the membership chart.

    Cities with no known year come as their own rows: the chart counts them in its caption.
    """
    from cities.models import City

    return (
        City.objects.members().order_by().values("hub", "joined_year").annotate(cities=Count("pk"))
    )


def members_by_year():
    """``{year joined: member cities}``, with ``None`` for members whose year is not known."""
    from cities.models import City

    rows = City.objects.members().order_by().values_list("joined_year").annotate(n=Count("pk"))
    return dict(rows)


def councils_by_kind_and_year():
    """The councils of listed cities (as in ``key_figures``), counted by kind and by year
    founded (``None`` where the year is not known), in one query."""
    from cities.models import City, Council

    by_kind, by_year = {}, {}
    rows = (
        Council.objects.filter(city__in=City.objects.listed())
        .order_by()
        .values_list("kind", "founded_year")
        .annotate(n=Count("pk"))
    )
    for kind, year, count in rows:
        by_kind[kind] = by_kind.get(kind, 0) + count
        by_year[year] = by_year.get(year, 0) + count
    return by_kind, by_year


def events_by_year():
    """``{year: published events starting that year}``, upcoming ones included."""
    from django.db.models.functions import ExtractYear

    from hubs.models import Event

    rows = (
        Event.objects.published()
        .order_by()
        .annotate(year=ExtractYear("start_date"))
        .values_list("year")
        .annotate(n=Count("pk"))
    )
    return dict(rows)
