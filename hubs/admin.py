"""Admin for regional hubs and their events."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from hubs.models import Event, Hub, HubContact, HubImpact, HubPriority
from staff import roles
from staff.admin_base import PublishableAdmin, StackedInline, TabularInline, image_preview


class HubPriorityInline(StackedInline):
    model = HubPriority
    fields = ("text", "workshop", "order")
    autocomplete_fields = ("workshop",)


class HubImpactInline(StackedInline):
    model = HubImpact
    fields = ("city", "text", ("date", "date_precision"), "order")
    radio_fields = {"date_precision": admin.HORIZONTAL}
    autocomplete_fields = ("city",)


class HubContactInline(TabularInline):
    model = HubContact
    fields = ("name", "role", "email", "order")


@admin.register(Hub)
class HubAdmin(PublishableAdmin):
    hub_scope = "pk"
    list_display = ("name", "slug", "status", "published_at", "order", "hero_thumbnail")
    list_editable = ("order",)
    search_fields = ("name_ar", "name_en", "summary_ar", "summary_en", "slug")
    prepopulated_fields = {"slug": ("name_en",)}
    readonly_fields = ("hero_thumbnail",)
    filter_horizontal = ("editors",)
    history_exclude = ("editors",)
    inlines = (HubPriorityInline, HubImpactInline, HubContactInline)
    fieldsets = (
        (None, {"fields": ("name", "slug", "summary", "order")}),
        (_("Publication"), {"fields": ("status", "published_at")}),
        (
            _("Page text"),
            {
                "fields": (
                    "introduction",
                    "priorities_intro",
                    "impact_intro",
                    "about",
                    "network_intro",
                )
            },
        ),
        (
            _("Member cities stated by the hub"),
            {
                "fields": (
                    "stated_member_count_qualifier",
                    "stated_member_count",
                    "stated_member_count_source",
                ),
                "description": _(
                    "Visitors read, for example, “more than 40 member cities; 15 have a "
                    "profile here”. The second number is counted from the directory."
                ),
            },
        ),
        (_("Image"), {"fields": ("hero_image", "hero_thumbnail", "hero_image_alt")}),
        (_("Hub editors"), {"fields": ("editors",)}),
    )

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if not roles.is_network_editor(request.user):
            # Only network editors decide who edits a hub.
            fieldsets = [fs for fs in fieldsets if "editors" not in fs[1]["fields"]]
        return fieldsets

    @admin.display(description=_("image"))
    def hero_thumbnail(self, obj):
        return image_preview(obj.hero_image)


@admin.register(Event)
class EventAdmin(PublishableAdmin):
    hub_scope = "hub"
    list_display = ("title", "kind", "when", "hub", "host_city", "status")
    list_filter = ("kind", "hub", ("start_date", admin.DateFieldListFilter))
    list_select_related = ("hub", "host_city")
    date_hierarchy = "start_date"
    search_fields = (
        "title_ar",
        "title_en",
        "location_ar",
        "location_en",
        "summary_ar",
        "summary_en",
        "slug",
    )
    prepopulated_fields = {"slug": ("title_en",)}
    autocomplete_fields = ("hub", "host_city", "participating_cities")
    radio_fields = {"date_precision": admin.HORIZONTAL}
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "title",
                    "slug",
                    "kind",
                    "hub",
                    ("start_date", "end_date"),
                    "date_precision",
                )
            },
        ),
        (_("Publication"), {"fields": ("status", "published_at")}),
        (_("Place"), {"fields": ("host_city", "location", "participating_cities")}),
        (_("Text"), {"fields": ("summary", "body")}),
        (_("Report"), {"fields": ("report_file", "report_url")}),
    )

    @admin.display(description=_("date"), ordering="start_date")
    def when(self, obj):
        return obj.when
