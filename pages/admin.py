"""Admin for the standing pages and the contact form's messages."""

from django.contrib import admin

from pages.models import ContactMessage, Page
from staff.admin_base import PublishableAdmin


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
