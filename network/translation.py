from modeltranslation.translator import TranslationOptions, register

from network.models import Page, Partner, Resource, Topic


@register(Topic)
class TopicTranslation(TranslationOptions):
    fields = ("name",)


@register(Partner)
class PartnerTranslation(TranslationOptions):
    fields = ("name", "description", "logo_alt")


@register(Resource)
class ResourceTranslation(TranslationOptions):
    fields = ("title", "summary")


@register(Page)
class PageTranslation(TranslationOptions):
    fields = ("title", "summary", "body")
