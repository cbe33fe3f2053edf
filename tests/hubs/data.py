"""Seed-like data of any size, for page and query-count tests of hubs, events and the home page."""

import datetime

from django.utils import timezone

from tests.factories import (
    CityFactory,
    CouncilFactory,
    CountryFactory,
    EventFactory,
    HubContactFactory,
    HubFactory,
    HubImpactFactory,
    HubPriorityFactory,
    PartnerFactory,
    ResourceFactory,
    SpotlightFactory,
    TestimonialFactory,
)


def build_hub(size, slug=None):
    """A published hub with ``size`` of everything: cities, events, testimonials…"""
    hub = HubFactory(**({"slug": slug} if slug else {}))
    country = CountryFactory(hub=hub)
    today = timezone.localdate()
    cities = [
        CityFactory(
            country=country,
            hub=hub,
            joined_year=2016 + i % 5,
            latitude=41 + i * 0.1,
            longitude=19 + i * 0.1,
        )
        for i in range(size)
    ]
    workshop = EventFactory(hub=hub, host_city=cities[0], start_date=datetime.date(2023, 2, 15))
    for i in range(size):
        event = EventFactory(
            hub=hub,
            host_city=cities[i],
            start_date=today + datetime.timedelta(days=30 * (i + 1) * (1 if i % 2 else -1)),
        )
        event.participating_cities.set(cities[: i + 1])
        HubPriorityFactory(hub=hub, workshop=workshop)
        HubImpactFactory(hub=hub, city=cities[i])
        HubContactFactory(hub=hub, email=f"contact{i}@example.org")
        TestimonialFactory(city=cities[i], featured=True)
        SpotlightFactory(city=cities[i])
        CouncilFactory(city=cities[i])
        PartnerFactory().hubs.add(hub)
        ResourceFactory().hubs.add(hub)
    return hub


def build_network(hubs, size):
    return [build_hub(size) for _ in range(hubs)]
