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
    """Rows ``{"hub": id, "joined_year": year, "cities": n}`` for the membership chart."""
    from cities.models import City

    return (
        City.objects.members()
        .exclude(joined_year=None)
        .order_by()
        .values("hub", "joined_year")
        .annotate(cities=Count("pk"))
    )
