"""The admin home's "needs attention" list: what the signed-in staff member should act on.

Each line is a count and a link to the changelist filtered to exactly those items. What a
user is shown follows their role: a line appears only for what they may change (hub editors:
their hubs' content; membership reviewers: applications and the cities their approvals
created). All the counts are taken in one query, whatever the amount of content, plus one
query per image field for images that could not be processed.
"""

from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.db.models import CharField, Count, Value
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from kernel.images import failed_image_pks, image_fields
from kernel.models import Publishable
from staff import roles
from staff.admin_base import (
    missing_alt_text_q,
    missing_translation_condition,
    scheduled_q,
    translated_field_names,
)


@dataclass(frozen=True)
class Line:
    key: str
    label: str
    count: int
    url: str


def _changelist(model, query=""):
    opts = model._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    return f"{url}?{query}" if query else url


def _count_all(candidates):
    """``{key: count}`` for ``[(key, queryset)…]`` in a single UNION ALL query."""
    parts = [
        queryset.order_by()
        .annotate(line=Value(key, output_field=CharField()))
        .values("line")
        .annotate(n=Count("pk"))
        for key, queryset in candidates
        if not queryset.query.is_empty()
    ]
    if not parts:
        return {}
    union = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    return {row["line"]: row["n"] for row in union}


def _membership_lines(user):
    Application = apps.get_model("cities", "MembershipApplication")
    if Application not in admin.site._registry:
        return []
    if not user.has_perm("cities.view_membershipapplication"):
        return []
    weeks = settings.APPLICATION_REVIEW_WEEKS
    applications = Application._default_manager
    return [
        (
            "applications-new",
            _("New membership applications"),
            _changelist(Application, "status__exact=new"),
            applications.filter(status="new"),
        ),
        (
            "applications-stalled",
            ngettext(
                "Applications still undecided after %(weeks)d week",
                "Applications still undecided after %(weeks)d weeks",
                weeks,
            )
            % {"weeks": weeks},
            _changelist(Application, "stalled=yes"),
            applications.stalled(),
        ),
    ]


def _report_lines(user):
    Report = apps.get_model("reports", "TranslationReport")
    if not user.has_perm("reports.change_translationreport"):
        return []
    return [
        (
            "reports-open",
            _("Open translation error reports"),
            _changelist(Report, "status__exact=new"),
            Report._default_manager.filter(status="new"),
        )
    ]


def _draft_city_lines(user):
    City = apps.get_model("cities", "City")
    drafts = City._default_manager.filter(
        status=Publishable.Status.DRAFT, application__isnull=False
    )
    return [
        (
            "cities-from-applications",
            _("Draft cities created by approved applications"),
            _changelist(City, "status__exact=draft&origin=application"),
            roles.editable_by(drafts, user),
        )
    ]


def _content_lines(user):
    """Missing translations, scheduled items and images without a text alternative, per model."""
    lines, image_models = [], []
    registry = sorted(
        admin.site._registry.items(),
        key=lambda item: (item[0]._meta.app_label, item[0]._meta.model_name),
    )
    for model, model_admin in registry:
        editable = roles.editable_by(model._default_manager.all(), user)
        if editable.query.is_empty():
            continue
        plural = model._meta.verbose_name_plural
        key = model._meta.label_lower
        if translated_field_names(model) and hasattr(model_admin, "translation_status"):
            lines.append(
                (
                    f"translation:{key}",
                    _("Missing a translation: %(items)s") % {"items": plural},
                    _changelist(model, "translation=missing"),
                    editable.filter(missing_translation_condition(model_admin)),
                )
            )
        if issubclass(model, Publishable):
            lines.append(
                (
                    f"scheduled:{key}",
                    _("Scheduled for later publication: %(items)s") % {"items": plural},
                    _changelist(model, "publication=scheduled"),
                    editable.filter(scheduled_q()),
                )
            )
        if image_fields(model):
            lines.append(
                (
                    f"no-alt:{key}",
                    _("Images without a text alternative: %(items)s") % {"items": plural},
                    _changelist(model, "image=no_alt"),
                    editable.filter(missing_alt_text_q(model)),
                )
            )
            image_models.append((model, editable))
    return lines, image_models


def needs_attention(user):
    """The lines (with a count above zero) for ``user``'s admin home, in a fixed order."""
    candidates = [
        *_membership_lines(user),
        *_report_lines(user),
        *_draft_city_lines(user),
    ]
    content, image_models = _content_lines(user)
    candidates += content
    counts = _count_all([(key, queryset) for key, _label, _url, queryset in candidates])
    lines = [
        Line(key, label, counts[key], url)
        for key, label, url, _queryset in candidates
        if counts.get(key)
    ]
    for model, editable in image_models:
        failed = len(failed_image_pks(editable))
        if failed:
            lines.append(
                Line(
                    f"failed-image:{model._meta.label_lower}",
                    _("Images that could not be processed: %(items)s")
                    % {"items": model._meta.verbose_name_plural},
                    failed,
                    _changelist(model, "image=failed"),
                )
            )
    return lines
