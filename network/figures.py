"""Key figures of the network, counted by the database (aggregates, never len())."""

from django.db.models import Count


def key_figures():
    """Member cities, their countries, their councils, and the published hubs."""
    from cities.models import City
    from hubs.models import Hub

    figures = City.objects.members().aggregate(
        cities=Count("pk", distinct=True),
        countries=Count("country", distinct=True),
        councils=Count("councils", distinct=True),
    )
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
