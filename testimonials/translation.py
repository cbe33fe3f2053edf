from modeltranslation.translator import TranslationOptions, register

from testimonials.models import Testimonial


@register(Testimonial)
class TestimonialTranslation(TranslationOptions):
    fields = ("quote", "person", "role")
