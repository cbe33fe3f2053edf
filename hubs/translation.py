from modeltranslation.translator import TranslationOptions, register

from hubs.models import Event, Hub, HubContact, HubImpact, HubPriority


@register(Hub)
class HubTranslation(TranslationOptions):
    fields = (
        "name",
        "summary",
        "introduction",
        "priorities_intro",
        "impact_intro",
        "about",
        "network_intro",
        "hero_image_alt",
    )


@register(HubPriority)
class HubPriorityTranslation(TranslationOptions):
    fields = ("text",)


@register(HubImpact)
class HubImpactTranslation(TranslationOptions):
    fields = ("text",)


@register(HubContact)
class HubContactTranslation(TranslationOptions):
    fields = ("name", "role")


@register(Event)
class EventTranslation(TranslationOptions):
    fields = ("title", "location", "summary", "body")
