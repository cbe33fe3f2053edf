"""Admin for city spotlights and stories."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from spotlights.models import Spotlight, SpotlightAuthor, SpotlightSection
from staff.admin_base import PublishableAdmin, StackedInline, TabularInline, image_preview


class SpotlightSectionInline(StackedInline):
    model = SpotlightSection
    fields = ("heading", "body", "order")


class SpotlightAuthorInline(TabularInline):
    model = SpotlightAuthor
    fields = ("name", "role", "order")


@admin.register(Spotlight)
class SpotlightAdmin(PublishableAdmin):
    hub_scope = "city__hub"
    list_display = ("title", "kind", "city", "status", "published_at", "thumbnail")
    list_filter = ("kind", "city__hub", "topics")
    list_select_related = ("city",)
    date_hierarchy = "published_at"
    search_fields = (
        "title_ar",
        "title_en",
        "summary_ar",
        "summary_en",
        "city__name_ar",
        "city__name_en",
        "slug",
    )
    prepopulated_fields = {"slug": ("title_en",)}
    autocomplete_fields = ("city", "mentioned_cities", "topics")
    readonly_fields = ("thumbnail",)
    radio_fields = {"date_precision": admin.HORIZONTAL}
    inlines = (SpotlightSectionInline, SpotlightAuthorInline)
    fieldsets = (
        (None, {"fields": ("title", "slug", "kind", "city", "mentioned_cities", "topics")}),
        (_("Publication"), {"fields": ("status", "published_at", "date", "date_precision")}),
        (_("Text"), {"fields": ("summary", "quote", "quote_person", "quote_role")}),
        (_("Image"), {"fields": ("hero_image", "thumbnail", "hero_alt", "hero_caption")}),
    )

    @admin.display(description=_("image"))
    def thumbnail(self, obj):
        return image_preview(obj.hero_image)
