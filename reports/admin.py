"""Admin for visitors' translation reports: staff fix the content, then resolve the report."""

from django.contrib import admin, messages
from django.db import transaction
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from infra import mailqueue
from reports.models import TranslationReport


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
    # Staff set the status, record what was done and may reply to a reporter who left an
    # address; the rest is the visitor's report.
    fields = (
        *readonly_fields[:6],
        "status",
        "resolution",
        "reply",
        "reply_sent_at",
        *readonly_fields[6:],
    )
    actions = ("mark_resolved",)

    def get_readonly_fields(self, request, obj=None):
        fields = [*self.readonly_fields, "reply_sent_at"]
        if obj is not None and (obj.reply_sent_at or not obj.email):
            fields.append("reply")  # sent already, or nobody to send it to
        return fields

    def save_model(self, request, obj, form, change):
        if "status" in form.changed_data:
            resolved = obj.status == TranslationReport.Status.RESOLVED
            obj.resolved_at = timezone.now() if resolved else None
            obj.resolved_by = request.user if resolved else None
        with transaction.atomic():
            super().save_model(request, obj, form, change)
            if "reply" in form.changed_data and obj.reply.strip() and obj.email:
                mailqueue.queue("reports.views.deliver_reply", obj.pk)
                self.message_user(
                    request,
                    _("Your reply will be e-mailed to %(email)s.") % {"email": obj.email},
                    messages.SUCCESS,
                )

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
