"""Admin for testimonials ("hear from the cities")."""

from django.contrib import admin
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from staff.admin_base import PublishableAdmin
from testimonials.models import Testimonial


@admin.register(Testimonial)
class TestimonialAdmin(PublishableAdmin):
    hub_scope = "city__hub"
    list_display = ("short_quote", "person", "city", "featured", "order", "status")
    list_editable = ("featured", "order")
    list_filter = ("featured", "city__hub", "city__country")
    list_select_related = ("city",)
    search_fields = (
        "quote_ar",
        "quote_en",
        "person_ar",
        "person_en",
        "role_ar",
        "role_en",
        "city__name_ar",
        "city__name_en",
    )
    autocomplete_fields = ("city",)
    radio_fields = {"date_precision": admin.HORIZONTAL}
    fieldsets = (
        (None, {"fields": ("quote", "person", "role", "city", "date", "date_precision")}),
        (_("Publication"), {"fields": ("status", "published_at", "featured", "order")}),
    )

    @admin.display(description=_("quote"))
    def short_quote(self, obj):
        return Truncator(obj.quote).chars(80)
