from modeltranslation.translator import TranslationOptions, register

from library.models import Partner, Resource, Topic


@register(Topic)
class TopicTranslation(TranslationOptions):
    fields = ("name",)


@register(Partner)
class PartnerTranslation(TranslationOptions):
    fields = ("name", "description", "logo_alt")


@register(Resource)
class ResourceTranslation(TranslationOptions):
    fields = ("title", "summary")
