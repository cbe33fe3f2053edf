"""Admin for the site-wide content: topics, partners and resources."""

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from django.views.i18n import JavaScriptCatalog

from network.models import Partner, Resource, Topic
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


def admin_javascript_catalog(request, extra_context=None):
    """The admin's JavaScript catalogue, with every app's and the project's strings.

    Django's admin serves only its own; the rich-text editor (django-prose-editor) and the
    project's admin scripts need theirs too (``locale/ar/LC_MESSAGES/djangojs.po``).
    """
    return JavaScriptCatalog.as_view()(request)


admin.site.i18n_javascript = admin_javascript_catalog
