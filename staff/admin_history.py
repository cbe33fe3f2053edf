"""Safe editing in the admin: stale-form detection and side-by-side comparison of versions.

* ``edit_token(obj)``: what the change form was opened on (the object's latest recorded
  version and its ``updated_at``). A form sent back with another object's token than the
  current one was opened before someone else saved: the save is refused rather than
  silently overwriting their work.
* ``comparison(model, version_a, version_b)``: the rows of a two-column comparison of two
  versions, every translated field in both languages, inline objects (sections, seats…)
  included.
"""

import re
from difflib import SequenceMatcher

import reversion
from django.conf import settings
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.http import Http404, HttpResponseBadRequest
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.dateparse import parse_datetime
from django.utils.formats import date_format
from django.utils.html import escape, format_html, strip_tags
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from modeltranslation.translator import NotRegistered, translator
from reversion.models import Version

EDIT_TOKEN = "_edit_token"
LANGUAGE_DIRECTIONS = {"ar": "rtl", "en": "ltr"}
# Bookkeeping columns nobody edits: they would make every pair of versions look different.
SKIPPED = {"search_text", "created_at", "updated_at"}


def latest_version(obj):
    return Version.objects.get_for_object(obj).only("pk").first()


def edit_token(obj):
    version = latest_version(obj)
    stamp = getattr(obj, "updated_at", None)
    return f"{version.pk if version else 0}:{stamp.isoformat() if stamp else ''}"


RESTORED_PREFIX = "restored:"  # + the restored version's ISO date (ContentAdmin.revision_view)


def revision_comment(revision):
    """A revision's comment in the reader's language: change messages stored as data are
    worded on reading, and a comment stored as its source text ("Initial version") is
    translated."""
    comment = revision.get_comment()
    if comment.startswith(RESTORED_PREFIX):
        when = parse_datetime(comment.removeprefix(RESTORED_PREFIX))
        if when is not None:
            return _("Restored the version saved on %(datetime)s.") % {
                "datetime": date_format(timezone.localtime(when), "DATETIME_FORMAT")
            }
    return _(comment) if comment else ""


def token_version_id(token):
    """The version a form was opened on, from its token (None if it had none)."""
    head = (token or "").split(":", 1)[0]
    return int(head) if head.isdigit() and int(head) > 0 else None


def _translated(model):
    try:
        return set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return set()


def compared_fields(model):
    """``[(label, attname, field, language or None)]`` in form order, both languages of each
    translated field (its untranslated column, a copy of one of them, is left out)."""
    translated = _translated(model)
    languages = dict(settings.LANGUAGES)
    rows = []
    for field in model._meta.concrete_fields:
        if field.primary_key or field.name in SKIPPED or getattr(field, "language", None):
            continue
        if field.name in translated:
            for code, name in languages.items():
                label = f"{field.verbose_name} ({name})"
                rows.append((label, f"{field.name}_{code}", field, code))
        else:
            rows.append((str(field.verbose_name), field.attname, field, None))
    for field in model._meta.many_to_many:
        rows.append((str(field.verbose_name), field.attname, field, None))
    return rows


def _names(field, pks):
    """``{pk: str(object)}`` for the objects a relation points to, in one query."""
    pks = {pk for pk in pks if pk is not None}
    if not pks:
        return {}
    related = field.related_model._default_manager.filter(pk__in=pks)
    return {obj.pk: str(obj) for obj in related}


def _display(field, value, names):
    if value is None or value == "" or value == []:
        return ""
    if field.many_to_many:
        return ", ".join(sorted(names.get(_pk(pk), str(pk)) for pk in value))
    if field.many_to_one:
        return names.get(value, str(value))
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(field, models.DateTimeField):
        return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")
    if isinstance(field, models.DateField):
        return formats.date_format(value, "DATE_FORMAT")
    if isinstance(field, models.FileField):
        return str(value)
    return strip_tags(str(value)).strip()


def _pk(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return value


TOKENS = re.compile(r"(\s+)")


def marked_difference(old, new):
    """``(old, new)`` as HTML with the words that differ in ``<del>`` and ``<ins>``, so one
    changed word in a long text can be seen."""
    a, b = TOKENS.split(old), TOKENS.split(new)
    old_parts, new_parts = [], []
    for op, a1, a2, b1, b2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        removed, added = "".join(a[a1:a2]), "".join(b[b1:b2])
        if op == "equal":
            old_parts.append(escape(removed))
            new_parts.append(escape(added))
            continue
        if removed:
            old_parts.append(format_html("<del>{}</del>", removed))
        if added:
            new_parts.append(format_html("<ins>{}</ins>", added))
    return mark_safe("".join(old_parts)), mark_safe("".join(new_parts))  # parts escaped above


def field_rows(model, before, after):
    """Rows comparing two field dicts of ``model`` (either may be None: added or removed)."""
    before, after = before or {}, after or {}
    fields = compared_fields(model)
    names = {}
    for _label, attname, field, _language in fields:
        if field.many_to_one or field.many_to_many:
            values = [before.get(attname), after.get(attname)]
            if field.many_to_many:
                values = [_pk(pk) for value in values for pk in (value or [])]
            names[attname] = _names(field, values)
    rows = []
    for label, attname, field, language in fields:
        old = _display(field, before.get(attname), names.get(attname, {}))
        new = _display(field, after.get(attname), names.get(attname, {}))
        if old and new and old != new:
            old, new = marked_difference(old, new)
        rows.append(
            {
                "label": label,
                "before": old,
                "after": new,
                "changed": old != new,
                "lang": language or "",
                "dir": LANGUAGE_DIRECTIONS.get(language, ""),
            }
        )
    return rows


def _children(version):
    """``{(model, object_id): version}`` of the other objects saved in the same revision."""
    if version is None:
        return {}
    others = Version.objects.filter(revision_id=version.revision_id).exclude(pk=version.pk)
    found = {}
    for other in others.select_related("content_type"):
        model = other.content_type.model_class()
        if model is not None:
            found[(model, other.object_id)] = other
    return found


def comparison(model, version_a, version_b):
    """``{"fields": rows, "children": [{"title", "rows", "state"}…]}`` comparing two versions."""
    result = {"fields": field_rows(model, version_a.field_dict, version_b.field_dict)}
    before, after = _children(version_a), _children(version_b)
    children = []
    for key in sorted({*before, *after}, key=lambda k: (k[0]._meta.verbose_name, _pk(k[1]))):
        old, new = before.get(key), after.get(key)
        rows = field_rows(key[0], old.field_dict if old else None, new.field_dict if new else None)
        if not any(row["changed"] for row in rows) and old and new:
            state = "unchanged"
        elif old is None:
            state = "added"
        elif new is None:
            state = "removed"
        else:
            state = "changed"
        title = f"{key[0]._meta.verbose_name}: {(new or old).object_repr}"
        children.append({"title": title, "rows": rows, "state": state})
    result["children"] = children
    return result


class SafeEditingMixin:
    """Admin views of safe editing: the stale-save refusal and the version comparison."""

    object_history_template = "admin/network/object_history.html"

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        extra_context = dict(extra_context or {})
        restoring = bool(extra_context.get("revert"))
        if object_id is not None and not extra_context.get("recover"):
            # The form carries what it was opened on; a form sent back after its errors
            # keeps the token it came with, so it stays refused until reloaded.
            request._guard_edits = True
            if request.method == "POST":
                extra_context["edit_token"] = request.POST.get(EDIT_TOKEN, "")
            elif restoring:
                extra_context["edit_token"] = getattr(request, "_current_edit_token", "")
            else:
                obj = self.get_object(request, unquote(object_id))
                extra_context["edit_token"] = edit_token(obj) if obj is not None else ""
        return super().changeform_view(request, object_id, form_url, extra_context)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        # The restore form is the change form filled in after django-reversion has put the
        # old version back (inside a transaction it then undoes or commits). What the form was
        # opened on, and what a stale restore is checked against, is the object as it stands
        # before that: someone else's save in between is refused, not overwritten unseen.
        obj = self.get_object(request, unquote(object_id))
        if obj is not None:
            request._current_edit_token = edit_token(obj)
            # django-reversion titles the page with the name stored with the version, in the
            # language of whoever saved it; name the item in the reader's language instead.
            extra_context = {"title": _("Restore “%s”") % obj, **(extra_context or {})}
        return super().revision_view(request, object_id, version_id, extra_context)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if obj is None:
            return form
        model_admin = self

        class GuardedForm(form):
            def clean(self):
                cleaned = super().clean()
                sent = self.data.get(EDIT_TOKEN, "")
                if getattr(request, "_guard_edits", False) and sent:
                    restoring = hasattr(request, "_current_edit_token")
                    if restoring:  # self.instance holds the old version being restored
                        current = request._current_edit_token
                    else:
                        current = edit_token(self.instance)
                    if sent != current:
                        reload = request.path if restoring else None
                        raise ValidationError(
                            model_admin.stale_message(self.instance, sent, reload), code="stale"
                        )
                return cleaned

        GuardedForm.__name__ = form.__name__
        return GuardedForm

    def stale_message(self, obj, sent_token, reload_url=None):
        """The refusal of a stale save: who saved in between, and links to compare or reload
        (the change form, or the restore form a stale restore came from)."""
        opts = self.model._meta
        latest = latest_version(obj)
        change_url = reload_url or reverse(
            f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]
        )
        compare_url = reverse(f"admin:{opts.app_label}_{opts.model_name}_compare", args=[obj.pk])
        opened = token_version_id(sent_token)
        if latest is not None:
            query = {"b": latest.pk}
            if opened:
                query["a"] = opened
            compare_url += "?" + urlencode(query)
        who = ""
        if latest is not None and latest.revision.user is not None:
            user = latest.revision.user
            who = user.get_full_name() or user.get_username()
        when = (
            date_format(timezone.localtime(latest.revision.date_created), "SHORT_DATETIME_FORMAT")
            if latest is not None
            else ""
        )
        return format_html(
            _(
                "Someone else ({who}, {when}) saved this {name} after you opened it. Your "
                "changes have not been saved, so that theirs are not lost. "
                '<a href="{compare}">Compare the versions</a>, then '
                '<a href="{reload}">reload the form</a> and make your changes again.'
            ),
            who=who or _("another user"),
            when=when,
            name=opts.verbose_name,
            compare=compare_url,
            reload=change_url,
        )

    def history_view(self, request, object_id, extra_context=None):
        response = super().history_view(request, object_id, extra_context)
        for action in (getattr(response, "context_data", None) or {}).get("action_list", ()):
            # django-reversion gives each line its revision page's URL, which ends with the
            # version's id: the history's compare choices need that id.
            action["version_id"] = int(action["url"].rstrip("/").rsplit("/", 1)[1])
            action["comment"] = revision_comment(action["revision"])
        return response

    # A revision's comment is read by staff in either language, so it is stored as the admin's
    # change message data (what Django's own history stores), not as a sentence in the
    # language of whoever saved.
    def log_addition(self, request, obj, message):
        entry = super().log_addition(request, obj, message)
        if reversion.is_active() and entry is not None:
            reversion.set_comment(entry.change_message)
        return entry

    def log_change(self, request, obj, message):
        entry = super().log_change(request, obj, message)
        if reversion.is_active() and entry is not None:
            reversion.set_comment(entry.change_message)
        return entry

    def get_urls(self):
        opts = self.model._meta
        compare = path(
            "<path:object_id>/history/compare/",
            self.admin_site.admin_view(self.compare_view),
            name=f"{opts.app_label}_{opts.model_name}_compare",
        )
        return [compare, *super().get_urls()]

    def compare_view(self, request, object_id):
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        versions = list(Version.objects.get_for_object(obj).select_related("revision__user"))
        by_id = {version.pk: version for version in versions}
        try:
            chosen = [int(request.GET[key]) for key in ("a", "b") if request.GET.get(key)]
        except (ValueError, OverflowError):
            return HttpResponseBadRequest(_("Choose two versions from the history to compare."))
        if any(pk not in by_id for pk in chosen):
            return HttpResponseBadRequest(_("Choose two versions from the history to compare."))
        if not versions:
            return HttpResponseBadRequest(_("This item has no recorded versions to compare yet."))
        version_b = by_id[int(request.GET["b"])] if request.GET.get("b") else versions[0]
        if request.GET.get("a"):
            version_a = by_id[int(request.GET["a"])]
        else:  # the version before b (versions are newest first)
            version_a = next((v for v in versions if v.pk < version_b.pk), version_b)
        if version_a.pk > version_b.pk:
            version_a, version_b = version_b, version_a
        opts = self.model._meta
        show_all = request.GET.get("all") == "1"
        compared = comparison(self.model, version_a, version_b)
        if not show_all:  # long texts that did not change would hide what did
            compared["fields"] = [row for row in compared["fields"] if row["changed"]]
            for child in compared["children"]:
                child["rows"] = [row for row in child["rows"] if row["changed"]]
        query = {"a": version_a.pk, "b": version_b.pk}
        context = {
            **self.admin_site.each_context(request),
            "show_all": show_all,
            "toggle_url": "?" + urlencode({**query, **({} if show_all else {"all": "1"})}),
            "title": _("Compare versions of “%s”") % obj,
            "subtitle": None,
            "opts": opts,
            "object": obj,
            "original": obj,
            "app_label": opts.app_label,
            "version_a": version_a,
            "version_b": version_b,
            "comparison": compared,
            "history_url": reverse(
                f"admin:{opts.app_label}_{opts.model_name}_history", args=[obj.pk]
            ),
            "revision_a_url": reverse(
                f"admin:{opts.app_label}_{opts.model_name}_revision",
                args=[obj.pk, version_a.pk],
            ),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/network/compare_versions.html", context)
