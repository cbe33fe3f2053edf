"""Staff side of e-mail updates: counts, the digest preview and the pause switch for editors;
addresses (with export and erase for one address) only for subscription managers."""

import json

from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from cities.models import City
from follow import digest, schedules, services
from follow.models import SendingSwitch, Subscriber
from hubs.models import Hub
from library.models import Topic

# The preview is an e-mail: its own styles, no script, no remote content.
PREVIEW_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'"


class ConfirmedFilter(admin.SimpleListFilter):
    title = _("confirmed")
    parameter_name = "confirmed"

    def lookups(self, request, model_admin):
        return [("yes", _("Confirmed")), ("no", _("Not confirmed yet"))]

    def queryset(self, request, queryset):
        if self.value() in ("yes", "no"):
            return queryset.filter(confirmed_at__isnull=self.value() == "no")
        return queryset


@admin.register(Subscriber)
class SubscriberAdmin(admin.ModelAdmin):
    list_display = ("email", "language", "frequency", "whole_network", "confirmed_at", "created_at")
    list_filter = (ConfirmedFilter, "language", "frequency", "whole_network")
    search_fields = ("email",)
    fields = (
        "email",
        "language",
        "frequency",
        "whole_network",
        "hubs",
        "cities",
        "topics",
        "created_at",
        "confirmed_at",
        "last_round_at",
        "items_sent",
    )
    readonly_fields = ("email", "created_at", "confirmed_at", "last_round_at", "items_sent")
    filter_horizontal = ("hubs", "topics")
    autocomplete_fields = ("cities",)
    actions = ["export_addresses", "erase_addresses"]

    def has_add_permission(self, request):
        return False  # only people themselves subscribe, with their confirmation

    @admin.display(description=_("items sent"))
    def items_sent(self, obj):
        return obj.sent.count()

    @admin.action(description=_("Export everything kept about the selected addresses (JSON)"))
    def export_addresses(self, request, queryset):
        data = [services.export(subscriber) for subscriber in queryset]
        response = HttpResponse(
            json.dumps(data, ensure_ascii=False, indent=2),
            content_type="application/json; charset=utf-8",
        )
        response["Content-Disposition"] = 'attachment; filename="subscribers.json"'
        return response

    @admin.action(
        description=_("Erase the selected addresses and everything kept about them"),
        permissions=["delete"],
    )
    def erase_addresses(self, request, queryset):
        erased = 0
        for subscriber in queryset:
            services.leave(subscriber)
            erased += 1
        message = ngettext("%(count)d address erased.", "%(count)d addresses erased.", erased)
        self.message_user(request, message % {"count": erased}, messages.SUCCESS)


@admin.register(SendingSwitch)
class SendingSwitchAdmin(admin.ModelAdmin):
    list_display = ("__str__", "changed_at")
    fields = ("paused", "rounds", "followers", "previews")
    readonly_fields = ("rounds", "followers", "previews")

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        SendingSwitch.current()  # its one row exists before anyone looks for it
        return super().changelist_view(request, extra_context)

    def get_urls(self):
        preview = self.admin_site.admin_view(self.preview_view)
        return [
            path("preview/<str:language>/", preview, name="follow_digest_preview"),
            *super().get_urls(),
        ]

    @admin.display(description=_("rounds"))
    def rounds(self, obj):
        if schedules.missing():
            return _("Not scheduled: nothing is sent until `manage.py schedule_updates` is run.")
        return _("Every %(minutes)d minutes, by the queue worker.") % {
            "minutes": settings.FOLLOW_ROUND_MINUTES
        }

    @admin.display(description=_("followers"))
    def followers(self, obj):
        counts = Subscriber.objects.following_counts()
        rows = [(_("The whole network"), counts["network"])]
        for model, relation in ((Hub, "hubs"), (City, "cities"), (Topic, "topics")):
            names = dict(model.objects.filter(pk__in=counts[relation]).values_list("pk", "name"))
            followed = sorted(
                counts[relation].items(), key=lambda row: (-row[1], names.get(row[0], ""))
            )
            rows += [(names.get(pk, pk), followers) for pk, followers in followed]
        return format_html(
            "<table><thead><tr><th>{}</th><th>{}</th></tr></thead><tbody>{}</tbody></table>",
            _("follows"),
            _("confirmed subscribers"),
            format_html_join("", "<tr><td>{}</td><td>{}</td></tr>", rows),
        )

    @admin.display(description=_("next update, as a whole-network subscriber gets it"))
    def previews(self, obj):
        links = [
            (reverse("admin:follow_digest_preview", args=[code]), name)
            for code, name in settings.LANGUAGES
        ]
        return format_html_join(" · ", '<a href="{}">{}</a>', links)

    def preview_view(self, request, language):
        if not self.has_view_permission(request):
            raise PermissionDenied
        if language not in dict(settings.LANGUAGES):
            raise Http404
        message, count = digest.preview(language)
        if request.GET.get("format") == "text":
            response = HttpResponse(message.body, content_type="text/plain; charset=utf-8")
        else:
            response = HttpResponse(message.alternatives[0][0])
        response["Content-Security-Policy"] = PREVIEW_POLICY
        return response
