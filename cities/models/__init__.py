from cities.models.directory import City, CityQuerySet, Council, CouncilSeat, Country

__all__ = ["City", "CityQuerySet", "Council", "CouncilSeat", "Country"]
