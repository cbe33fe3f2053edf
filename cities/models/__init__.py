from cities.models.directory import City, CityQuerySet, Council, CouncilSeat, Country
from cities.models.journey import Milestone
from cities.models.membership import ApplicationEvent, MembershipApplication, ReferenceCounter

__all__ = [
    "ApplicationEvent",
    "MembershipApplication",
    "City",
    "CityQuerySet",
    "Council",
    "CouncilSeat",
    "Country",
    "Milestone",
    "ReferenceCounter",
]
