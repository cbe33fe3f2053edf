"""Admin for countries, member cities and councils."""

import reversion
from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from cities.models import City, Council, CouncilSeat, Country, Milestone
from staff import roles
from staff.admin_base import (
    ContentAdmin,
    PublishableAdmin,
    StackedInline,
    TabularInline,
    image_preview,
)

# Councils are an inline of cities and have their own page with seats; register them first so
# that a council's history includes its seats (VersionAdmin would register it without them).
reversion.register(CouncilSeat)
reversion.register(Council, follow=("seats",))


@admin.register(Country)
class CountryAdmin(ContentAdmin):
    list_display = ("name", "iso_code", "hub")
    list_filter = ("hub",)
    list_select_related = ("hub",)
    search_fields = ("name_ar", "name_en", "iso_code")
    autocomplete_fields = ("hub",)


class CouncilInline(StackedInline):
    """The city's councils in brief; seats are edited on the council's own page."""

    model = Council
    fields = ("name", "kind", ("founded_on", "founded_precision"), "chair", "order")
    radio_fields = {"founded_precision": admin.HORIZONTAL}
    show_change_link = True


class OriginFilter(admin.SimpleListFilter):
    title = _("origin")
    parameter_name = "origin"

    def lookups(self, request, model_admin):
        return [("application", _("Created by an approved application"))]

    def queryset(self, request, queryset):
        if self.value() == "application":
            return queryset.filter(application__isnull=False)
        return queryset


class MilestoneInline(StackedInline):
    """Steps of the city's journey that the data cannot know, each from a source."""

    model = Milestone
    fields = (("date", "date_precision"), "kind", "title", "description", "event", "order")
    radio_fields = {"date_precision": admin.HORIZONTAL}
    autocomplete_fields = ("event",)
    extra = 0


@admin.register(City)
class CityAdmin(PublishableAdmin):
    hub_scope = "hub"
    list_display = (
        "name",
        "country",
        "hub",
        "kind",
        "membership_status",
        "joined",
        "status",
        "thumbnail",
    )
    list_filter = ("hub", "country", "membership_status", "kind", "joined_year", OriginFilter)
    list_select_related = ("country", "hub")
    search_fields = ("name_ar", "name_en", "other_names", "slug", "mayor_ar", "mayor_en")
    prepopulated_fields = {"slug": ("name_en",)}
    autocomplete_fields = ("country", "hub")
    readonly_fields = ("thumbnail",)
    inlines = (CouncilInline, MilestoneInline)
    radio_fields = {"joined_precision": admin.HORIZONTAL}
    fieldsets = (
        (None, {"fields": ("name", "slug", "other_names", "kind", "country", "hub")}),
        (_("Publication"), {"fields": ("status", "published_at")}),
        (
            _("Membership"),
            {
                "fields": (
                    "membership_status",
                    "status_source",
                    "joined_on",
                    "joined_precision",
                    "joined_by",
                )
            },
        ),
        (_("Profile"), {"fields": ("mayor", "population", "profile")}),
        (_("Image"), {"fields": ("image", "thumbnail", "image_alt")}),
        (_("Map"), {"fields": ("latitude", "longitude")}),
    )

    def sees_everything(self, request):
        # Reviewers check the whole directory for a duplicate before approving an
        # application; they change only the draft cities their approvals created.
        return roles.is_membership_reviewer(request.user)

    @admin.display(description=_("image"))
    def thumbnail(self, obj):
        return image_preview(obj.image)

    @admin.display(description=_("date joined"), ordering="joined_on")
    def joined(self, obj):
        return obj.joined or "–"


class CouncilSeatInline(TabularInline):
    model = CouncilSeat
    fields = ("sector", "role_title", "count", "order")


@admin.register(Council)
class CouncilAdmin(ContentAdmin):
    hub_scope = "city__hub"
    list_display = ("name", "city", "kind", "founded", "seat_count")
    list_filter = ("kind", "city__hub", "city__country")
    list_select_related = ("city",)
    search_fields = ("name_ar", "name_en", "city__name_ar", "city__name_en")
    autocomplete_fields = ("city", "parent")
    inlines = (CouncilSeatInline,)
    fields = (
        "city",
        "name",
        "kind",
        "parent",
        "founded_on",
        "founded_precision",
        "chair",
        "mandate",
    )
    radio_fields = {"founded_precision": admin.HORIZONTAL}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_seat_count=Count("seats"))

    @admin.display(description=_("date founded"), ordering="founded_on")
    def founded(self, obj):
        return obj.founded or "–"

    @admin.display(description=_("seats"), ordering="_seat_count")
    def seat_count(self, obj):
        return obj._seat_count


@admin.register(CouncilSeat)
class CouncilSeatAdmin(ContentAdmin):
    hub_scope = "council__city__hub"
    list_display = ("role_title", "sector", "council")
    list_filter = ("sector", "council__city__hub")
    list_select_related = ("council",)
    search_fields = ("role_title_ar", "role_title_en", "council__name_ar", "council__name_en")
    autocomplete_fields = ("council",)
