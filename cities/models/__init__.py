from cities.models.directory import City, CityQuerySet, Council, CouncilSeat, Country
from cities.models.journey import Milestone
from cities.models.membership import ApplicationEvent, MembershipApplication, ReferenceCounter
from cities.models.peers import PeerLink, PeerList

__all__ = [
    "ApplicationEvent",
    "MembershipApplication",
    "City",
    "CityQuerySet",
    "Council",
    "CouncilSeat",
    "Country",
    "Milestone",
    "PeerLink",
    "PeerList",
    "ReferenceCounter",
]
