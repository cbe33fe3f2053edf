from modeltranslation.translator import TranslationOptions, register

from spotlights.models import Spotlight, SpotlightAuthor, SpotlightSection


@register(Spotlight)
class SpotlightTranslation(TranslationOptions):
    fields = ("title", "summary", "hero_caption", "hero_alt", "quote", "quote_person", "quote_role")


@register(SpotlightAuthor)
class SpotlightAuthorTranslation(TranslationOptions):
    fields = ("name", "role")


@register(SpotlightSection)
class SpotlightSectionTranslation(TranslationOptions):
    fields = ("heading", "body")
