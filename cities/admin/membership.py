"""Staff review of membership applications: list, filters, workflow, e-mails and CSV export."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseBadRequest
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_countries.filters import CountryFilter

from cities.membership import services
from cities.membership.forms import MembershipApplicationForm
from cities.models import ApplicationEvent, MembershipApplication
from infra import spreadsheets

Status = MembershipApplication.Status

# What the applicant gave on the public form (topics as a list), then when and in which language.
APPLICANT_FIELDS = (
    *(
        "topics_list" if name == "topics" else name
        for name in MembershipApplicationForm.Meta.fields
    ),
    "consent_at",
    "language",
)


class NotifiedFilter(admin.SimpleListFilter):
    title = _("e-mails sent")
    parameter_name = "notified"

    def lookups(self, request, model_admin):
        return [("no", _("Not notified")), ("yes", _("All sent"))]

    def queryset(self, request, queryset):
        if self.value() == "no":
            return queryset.not_notified()
        if self.value() == "yes":
            return queryset.exclude(pk__in=queryset.not_notified().values("pk"))
        return queryset


class StalledFilter(admin.SimpleListFilter):
    title = _("review time")
    parameter_name = "stalled"

    def lookups(self, request, model_admin):
        return [("yes", _("Undecided beyond the promised review time"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.stalled()
        return queryset


class ApplicationEventInline(admin.TabularInline):
    model = ApplicationEvent
    extra = 0
    can_delete = False
    fields = ("created_at", "from_status", "to_status", "user", "note")
    readonly_fields = fields
    verbose_name_plural = _("status history")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        # The history belongs to the application: whoever may see one sees the other.
        return request.user.has_perm("cities.view_membershipapplication") or request.user.has_perm(
            "cities.change_membershipapplication"
        )


class ApplicationAdminForm(forms.ModelForm):
    status_note = forms.CharField(
        label=_("Note on the status change"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Required to move an application back to an earlier status."),
    )

    class Meta:
        model = MembershipApplication
        fields = ("status", "hub", "decline_reason", "internal_notes")

    def clean(self):
        cleaned = super().clean()
        status = cleaned.get("status")
        if status == Status.DECLINED and not cleaned.get("decline_reason", "").strip():
            self.add_error("decline_reason", _("Give a reason for declining the application."))
        elif (
            self.instance.pk
            and status
            and status != self.instance.status
            and services.PROGRESS[status] <= services.PROGRESS[self.instance.status]
            and not cleaned.get("status_note", "").strip()
        ):
            self.add_error(
                "status_note",
                _("Moving an application back to an earlier status needs a note saying why."),
            )
        return cleaned


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for declining"), widget=forms.Textarea(attrs={"rows": 4})
    )


@admin.register(MembershipApplication)
class MembershipApplicationAdmin(admin.ModelAdmin):
    form = ApplicationAdminForm
    list_display = (
        "reference",
        "authority_name",
        "status",
        "country",
        "hub",
        "kind",
        "submitted_at",
        "applicant_notified",
        "staff_notified",
    )
    list_filter = (
        "status",
        "hub",
        ("country", CountryFilter),
        "kind",
        StalledFilter,
        NotifiedFilter,
        "submitted_at",
    )
    list_select_related = ("hub",)
    search_fields = ("reference", "authority_name", "email", "contact_name")
    date_hierarchy = "submitted_at"
    readonly_fields = (
        "reference",
        "submitted_at",
        *APPLICANT_FIELDS,
        "city_link",
        "decided_at",
        "applicant_notified_at",
        "staff_notified_at",
        "decision_notified_at",
        "personal_data_erased_at",
    )
    fieldsets = (
        (
            None,
            {"fields": ("reference", "submitted_at", "status", "status_note", "hub", "city_link")},
        ),
        (_("Applicant"), {"fields": APPLICANT_FIELDS}),
        (_("Review"), {"fields": ("decline_reason", "internal_notes", "decided_at")}),
        (
            _("E-mails and retention"),
            {
                "fields": (
                    "applicant_notified_at",
                    "staff_notified_at",
                    "decision_notified_at",
                    "personal_data_erased_at",
                )
            },
        ),
    )
    inlines = [ApplicationEventInline]
    # The public confirmation page is the applicant's, not a view of this record.
    view_on_site = False
    actions = (
        "mark_under_review",
        "approve",
        "decline",
        "resend_notifications",
        "export_selected_csv",
    )

    def has_add_permission(self, request):
        # Applications come from the public form only.
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).for_admin().prefetch_related("topics")

    # Columns ---------------------------------------------------------------------------------

    @admin.display(description=_("applicant e-mailed"), boolean=True)
    def applicant_notified(self, obj):
        return obj.applicant_notified_at is not None

    @admin.display(description=_("staff e-mailed"), boolean=True)
    def staff_notified(self, obj):
        return obj.staff_notified_at is not None

    @admin.display(description=_("topics of interest"))
    def topics_list(self, obj):
        return ", ".join(str(topic) for topic in obj.topics.all()) or "—"

    @admin.display(description=_("directory entry"))
    def city_link(self, obj):
        if not obj.city_id:
            return "—"
        url = reverse("admin:cities_city_change", args=[obj.city_id])
        return format_html('<a href="{}">{}</a>', url, obj.city)

    # Workflow --------------------------------------------------------------------------------

    def save_model(self, request, obj, form, change):
        """Status changes go through the services so they are recorded (and approvals create
        the city); the other editable fields are saved as usual."""
        new_status = obj.status
        if change and "status" in form.changed_data:
            obj.status = form.initial["status"]
            super().save_model(request, obj, form, change)
            note = form.cleaned_data.get("status_note", "")
            if new_status == Status.DECLINED:
                note = obj.decline_reason
            services.change_status(obj, new_status, request.user, note)
        else:
            super().save_model(request, obj, form, change)

    def _change_each(self, request, queryset, to_status, note=""):
        changed = 0
        for application in queryset:
            try:
                services.change_status(application, to_status, request.user, note)
            except ValidationError as error:
                self.message_user(
                    request, f"{application.reference}: {error.messages[0]}", messages.ERROR
                )
            else:
                changed += 1
        return changed

    @admin.action(description=_("Mark as under review"), permissions=["change"])
    def mark_under_review(self, request, queryset):
        changed = self._change_each(request, queryset, Status.UNDER_REVIEW)
        self.message_user(
            request,
            ngettext(
                "%d application marked as under review.",
                "%d applications marked as under review.",
                changed,
            )
            % changed,
        )

    @admin.action(description=_("Approve and create draft cities"), permissions=["change"])
    def approve(self, request, queryset):
        changed = self._change_each(request, queryset, Status.APPROVED)
        self.message_user(
            request,
            ngettext(
                "%d application approved; its draft city awaits an editor.",
                "%d applications approved; their draft cities await an editor.",
                changed,
            )
            % changed,
        )

    @admin.action(description=_("Decline (asks for a reason)"), permissions=["change"])
    def decline(self, request, queryset):
        form = DeclineForm(request.POST if "reason" in request.POST else None)
        if form.is_bound and form.is_valid():
            changed = self._change_each(
                request, queryset, Status.DECLINED, form.cleaned_data["reason"]
            )
            self.message_user(
                request,
                ngettext("%d application declined.", "%d applications declined.", changed)
                % changed,
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": _("Decline applications"),
            "opts": self.model._meta,
            "form": form,
            "queryset": queryset,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/cities/membershipapplication/decline.html", context)

    @admin.action(description=_("Send the missing e-mails again"), permissions=["change"])
    def resend_notifications(self, request, queryset):
        queued = services.queue_pending(queryset)
        self.message_user(
            request,
            ngettext(
                "The missing e-mails of %(count)d application are queued for sending.",
                "The missing e-mails of %(count)d applications are queued for sending.",
                queued,
            )
            % {"count": queued},
            messages.SUCCESS,
        )

    @admin.action(description=_("Export selected as CSV"), permissions=["view"])
    def export_selected_csv(self, request, queryset):
        return csv_response(queryset.prefetch_related("topics"))

    # CSV export of the filtered list ---------------------------------------------------------

    def get_urls(self):
        export = path(
            "export.csv",
            self.admin_site.admin_view(self.export_view),
            name="cities_membershipapplication_export",
        )
        return [export, *super().get_urls()]

    def export_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        try:
            queryset = self.get_changelist_instance(request).get_queryset(request)
        except IncorrectLookupParameters:
            return HttpResponseBadRequest(_("These filters are not valid."))
        return csv_response(queryset)


CSV_COLUMNS = (
    ("reference", _("reference")),
    ("status", _("status")),
    ("submitted_at", _("submitted")),
    ("authority_name", _("name of the authority")),
    ("kind", _("kind of authority")),
    ("country", _("country")),
    ("population", _("population")),
    ("website", _("website")),
    ("contact_name", _("contact person")),
    ("contact_position", _("position")),
    ("email", _("e-mail")),
    ("phone", _("phone")),
    ("preferred_language", _("preferred language for replies")),
    ("prevention_structure", _("existing prevention structures")),
    ("prevention_other", _("other structure")),
    ("topics", _("topics of interest")),
    ("motivation", _("motivation")),
    ("hub", _("hub")),
    ("decided_at", _("decided")),
    ("decline_reason", _("reason for declining")),
)


def csv_cell(application, field):
    if field == "topics":
        return ", ".join(str(topic) for topic in application.topics.all())
    if field == "country":
        return f"{application.country.name} ({application.country.code})"
    if field in ("status", "kind", "preferred_language", "prevention_structure"):
        return getattr(application, f"get_{field}_display")()
    value = getattr(application, field)
    if hasattr(value, "isoformat"):
        return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")
    return "" if value is None else str(value)


def csv_response(queryset):
    rows = (
        [csv_cell(application, field) for field, _label in CSV_COLUMNS]
        for application in queryset.prefetch_related("topics")
    )
    return spreadsheets.csv_response(
        "applications", [str(label) for _field, label in CSV_COLUMNS], rows
    )
