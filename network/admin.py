"""Admin for the site-wide content: topics, partners and resources."""

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.http import Http404
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.i18n import JavaScriptCatalog

from network.models import ContactMessage, Page, Partner, Resource, Topic, TranslationReport
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


@admin.register(TranslationReport)
class TranslationReportAdmin(admin.ModelAdmin):
    """Visitors' reports of translation errors; staff fix the content, then resolve them."""

    list_display = ("created_at", "page_link", "language", "content_object_link", "status")
    list_filter = ("status", "language", "created_at")
    search_fields = ("page_url", "description", "suggestion", "email")
    list_select_related = ("content_type", "resolved_by")
    date_hierarchy = "created_at"
    readonly_fields = (
        "page_link",
        "language",
        "content_object_link",
        "description",
        "suggestion",
        "email",
        "created_at",
        "resolved_at",
        "resolved_by",
        "staff_notified_at",
    )
    # The status is the one thing staff set here, from the change page as from the list.
    fields = (*readonly_fields[:6], "status", *readonly_fields[6:])
    actions = ("mark_resolved",)

    def save_model(self, request, obj, form, change):
        if "status" in form.changed_data:
            resolved = obj.status == TranslationReport.Status.RESOLVED
            obj.resolved_at = timezone.now() if resolved else None
            obj.resolved_by = request.user if resolved else None
        super().save_model(request, obj, form, change)

    def has_add_permission(self, request):
        # Reports come from the public form only.
        return False

    @admin.display(description=_("page"), ordering="page_url")
    def page_link(self, obj):
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a>', obj.page_url, obj.page_url
        )

    @admin.display(description=_("content"))
    def content_object_link(self, obj):
        target = obj.content_object if obj.content_type_id else None
        if target is None:
            return "—"
        opts = target._meta
        try:
            url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[target.pk])
        except NoReverseMatch:
            return str(target)
        return format_html('<a href="{}">{}</a>', url, target)

    @admin.action(description=_("Mark as resolved"), permissions=["change"])
    def mark_resolved(self, request, queryset):
        count = queryset.filter(status=TranslationReport.Status.NEW).update(
            status=TranslationReport.Status.RESOLVED,
            resolved_at=timezone.now(),
            resolved_by=request.user,
        )
        self.message_user(
            request,
            ngettext("%d report marked as resolved.", "%d reports marked as resolved.", count)
            % count,
            messages.SUCCESS,
        )


def view_on_site(request, content_type_id, object_id):
    """Admin's "view on site", limited to objects the user may change.

    Django's own shortcut redirects any staff account to any object's public page, which for
    a draft is its preview: counting ids up would list every draft.
    """
    try:
        content_type = ContentType.objects.get_for_id(int(content_type_id))
    except (ValueError, ContentType.DoesNotExist) as error:
        raise Http404 from error
    model = content_type.model_class()
    model_admin = admin.site._registry.get(model)
    obj = model_admin.get_object(request, unquote(object_id)) if model_admin else None
    if obj is None or not model_admin.has_change_permission(request, obj):
        raise Http404
    return shortcut(request, content_type_id, object_id)


@admin.register(Page)
class PageAdmin(PublishableAdmin):
    list_display = ("title", "slug", "status")
    search_fields = ("title_ar", "title_en", "body_ar", "body_en")
    fields = ("title", "slug", "summary", "body", "status", "published_at")


@admin.register(ContactMessage)
class ContactMessageAdmin(admin.ModelAdmin):
    """Messages from the public contact form: staff read them and reply by e-mail."""

    list_display = ("created_at", "name", "email", "organisation", "language")
    list_filter = ("language", "created_at")
    search_fields = ("name", "email", "organisation", "message")
    date_hierarchy = "created_at"
    readonly_fields = (
        "name",
        "email",
        "organisation",
        "message",
        "language",
        "created_at",
        "staff_notified_at",
    )
    fields = readonly_fields

    def has_add_permission(self, request):
        # Messages come from the public form only.
        return False


def admin_javascript_catalog(request, extra_context=None):
    """The admin's JavaScript catalogue, with every app's and the project's strings.

    Django's admin serves only its own; the rich-text editor (django-prose-editor) and the
    project's admin scripts need theirs too (``locale/ar/LC_MESSAGES/djangojs.po``).
    """
    return JavaScriptCatalog.as_view()(request)


admin.site.i18n_javascript = admin_javascript_catalog
