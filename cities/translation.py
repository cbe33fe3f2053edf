from modeltranslation.translator import TranslationOptions, register

from cities.models import City, Council, CouncilSeat, Country, Milestone


@register(Country)
class CountryTranslation(TranslationOptions):
    fields = ("name",)


@register(City)
class CityTranslation(TranslationOptions):
    fields = ("name", "mayor", "profile", "image_alt")


@register(Council)
class CouncilTranslation(TranslationOptions):
    fields = ("name", "chair", "mandate")


@register(CouncilSeat)
class CouncilSeatTranslation(TranslationOptions):
    fields = ("role_title",)


@register(Milestone)
class MilestoneTranslation(TranslationOptions):
    fields = ("title", "description")
