"""Admin for the resource library: topics, partners and resources."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from library.models import Partner, Resource, Topic
from staff.admin_base import ContentAdmin, PublishableAdmin, image_preview


@admin.register(Topic)
class TopicAdmin(ContentAdmin):
    list_display = ("name", "slug", "order")
    list_editable = ("order",)
    search_fields = ("name_ar", "name_en", "slug")
    prepopulated_fields = {"slug": ("name_en",)}


@admin.register(Partner)
class PartnerAdmin(PublishableAdmin):
    hub_scope = "hubs"
    list_display = ("name", "url", "order", "status", "logo_thumbnail")
    list_editable = ("order",)
    list_filter = ("hubs",)
    search_fields = ("name_ar", "name_en", "description_ar", "description_en", "slug", "url")
    prepopulated_fields = {"slug": ("name_en",)}
    autocomplete_fields = ("hubs",)
    readonly_fields = ("logo_thumbnail",)
    fields = (
        "name",
        "slug",
        "hubs",
        "url",
        "description",
        "logo",
        "logo_thumbnail",
        "logo_alt",
        "order",
        "status",
        "published_at",
    )

    @admin.display(description=_("logo"))
    def logo_thumbnail(self, obj):
        return image_preview(obj.logo)

    def view_on_site(self, obj):
        return obj.url or None


@admin.register(Resource)
class ResourceAdmin(PublishableAdmin):
    hub_scope = "hubs"
    list_display = ("title", "kind", "when", "status")
    list_filter = ("kind", "hubs", "topics")
    date_hierarchy = "date"
    search_fields = ("title_ar", "title_en", "summary_ar", "summary_en", "slug")
    prepopulated_fields = {"slug": ("title_en",)}
    autocomplete_fields = ("hubs", "topics")
    radio_fields = {"date_precision": admin.HORIZONTAL}
    fields = (
        "title",
        "slug",
        "kind",
        "date",
        "date_precision",
        "hubs",
        "topics",
        "summary",
        "file",
        "url",
        "status",
        "published_at",
    )

    def view_on_site(self, obj):
        return obj.link or None

    @admin.display(description=_("date"), ordering="date")
    def when(self, obj):
        return obj.dated or "–"
