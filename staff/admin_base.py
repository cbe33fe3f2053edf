"""Building blocks shared by every content admin.

* ``ContentAdmin``: tabbed Arabic/English fields, edit history (django-reversion), text
  direction on translated widgets, accent- and hamza-insensitive search, a "missing
  translation" column and filter, and the hub restriction for hub editors.
* ``PublishableAdmin``: the above plus publish/unpublish actions.
* ``TabularInline`` / ``StackedInline``: translated inlines with the same direction and
  hub-restriction rules.
"""

import base64
import hashlib
import re

import reversion
from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.forms.models import _get_foreign_key
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop, ngettext
from modeltranslation.admin import (
    TabbedTranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)
from modeltranslation.translator import NotRegistered, translator
from reversion.admin import VersionAdmin
from reversion.models import Revision, Version

from infra.middleware import ADMIN_POLICY, with_media_origin
from kernel.images import failed_image_pks, image_fields, thumbnail_url
from kernel.models import Publishable, search_q
from kernel.slugs import (
    NO_SLUG_MESSAGE,
    SLUG_HELP_TEXT,
    slug_base,
    source_fields,
    unique_slug,
    validate_slug,
)
from kernel.text import folding_regex
from staff import roles
from staff.admin_history import RESTORED_PREFIX, SafeEditingMixin

LANGUAGE_DIRECTIONS = {"ar": "rtl", "en": "ltr"}
ARABIC = re.compile(r"[\u0600-\u06ff]")

# Django's own Arabic catalogue says "added" for a plain Save; the project's catalogue, read
# first, corrects it. Marked here so that makemessages keeps the entry.
ADMIN_MESSAGE_OVERRIDES = (gettext_noop("The {name} “{obj}” was changed successfully."),)


# --- Translations -------------------------------------------------------------------------


def translated_field_names(model):
    """The names of a model's translated fields (``name``, ``summary``…) in form order."""
    try:
        names = set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return ()
    return tuple(field.name for field in model._meta.fields if field.name in names)


def _filled(field):
    return Q(**{f"{field}__isnull": False}) & ~Q(**{field: ""})


def _empty(field):
    return Q(**{f"{field}__isnull": True}) | Q(**{field: ""})


def missing_translation_q(model):
    """Objects where some translated field has text in one language and none in the other."""
    condition = Q(pk__in=[])
    for name in translated_field_names(model):
        ar, en = f"{name}_ar", f"{name}_en"
        condition |= (_filled(ar) & _empty(en)) | (_filled(en) & _empty(ar))
    return condition


def missing_translations(obj):
    """``{"en": [verbose names…], "ar": […]}``: what is written in one language only."""
    missing = {"ar": [], "en": []}
    for name in translated_field_names(type(obj)):
        ar, en = getattr(obj, f"{name}_ar", None), getattr(obj, f"{name}_en", None)
        label = str(obj._meta.get_field(name).verbose_name)
        if ar and not en:
            missing["en"].append(label)
        elif en and not ar:
            missing["ar"].append(label)
    return missing


def translated_inlines(model_admin):
    """``[(inline model, name of its link to the parent)]`` for inlines with translated fields."""
    found = []
    for inline in getattr(model_admin, "inlines", ()):
        if translated_field_names(inline.model):
            fk = _get_foreign_key(model_admin.model, inline.model, fk_name=inline.fk_name)
            found.append((inline.model, fk.name))
    return found


def missing_translation_condition(model_admin):
    """Objects with text in one language only, in their own fields or in an inline's
    (a spotlight whose section has no English is as untranslated as its title)."""
    condition = missing_translation_q(model_admin.model)
    for child, link in translated_inlines(model_admin):
        untranslated = child._default_manager.filter(missing_translation_q(child))
        condition |= Q(pk__in=untranslated.values(link))
    return condition


def missing_alt_text_q(model):
    """Objects with an image but no text alternative in any language."""
    condition = Q(pk__in=[])
    translated = set(translated_field_names(model))
    for image, alt in image_fields(model):
        if alt is None:
            continue
        both = _empty(f"{alt}_ar") & _empty(f"{alt}_en")
        no_alt = both if alt in translated else _empty(alt)
        condition |= _filled(image) & no_alt
    return condition


def scheduled_q():
    """Published items whose publication date is still to come."""
    return Q(status=Publishable.Status.PUBLISHED, published_at__gt=timezone.now())


class MissingTranslationFilter(admin.SimpleListFilter):
    title = _("translation")
    parameter_name = "translation"

    def __init__(self, request, params, model, model_admin):
        self.model_admin = model_admin
        super().__init__(request, params, model, model_admin)

    def lookups(self, request, model_admin):
        return [("missing", _("Missing in one language")), ("complete", _("Complete"))]

    def queryset(self, request, queryset):
        condition = missing_translation_condition(self.model_admin)
        if self.value() == "missing":
            return queryset.filter(condition)
        if self.value() == "complete":
            return queryset.exclude(condition)
        return queryset


class ImageProblemFilter(admin.SimpleListFilter):
    title = _("images")
    parameter_name = "image"

    def lookups(self, request, model_admin):
        return [
            ("no_alt", _("Without a text alternative")),
            ("failed", _("Could not be processed")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "no_alt":
            return queryset.filter(missing_alt_text_q(queryset.model))
        if self.value() == "failed":
            return queryset.filter(pk__in=failed_image_pks(queryset))
        return queryset


class ScheduledFilter(admin.SimpleListFilter):
    title = _("publication")
    parameter_name = "publication"

    def lookups(self, request, model_admin):
        return [
            ("scheduled", _("Scheduled (not yet visible)")),
            ("live", _("Visible to visitors")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "scheduled":
            return queryset.filter(scheduled_q())
        if self.value() == "live":
            return queryset.published()
        return queryset


class DirectionMixin:
    """Arabic boxes right-to-left and English boxes left-to-right, whatever the admin's language."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, models.URLField):
            kwargs.setdefault("assume_scheme", "https")  # what Django 6 will do anyway
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        language = getattr(db_field, "language", None)  # set on modeltranslation's fields
        if field is not None and language in LANGUAGE_DIRECTIONS:
            field.widget.attrs["dir"] = LANGUAGE_DIRECTIONS[language]
            field.widget.attrs["lang"] = language
        return field


# --- Content Security Policy ---------------------------------------------------------------

IMPORTMAP = re.compile(r"<script[^>]*type=\"importmap\"[^>]*>(.*?)</script>", re.DOTALL)


def allow_importmap(response):
    """Let the rich-text editor's inline import map run under the admin's strict policy.

    The editor's modules find each other through a ``<script type="importmap">``, which a
    ``script-src 'self'`` policy blocks. Its exact text is known here (static URLs included,
    hashed names in production), so the policy allows that one text by its SHA-256 hash.
    """
    media = (getattr(response, "context_data", None) or {}).get("media")
    if media is None or getattr(media, "_importmap", None) is None:
        return response
    match = IMPORTMAP.search(str(media["importmap"]))
    if match:
        digest = base64.b64encode(hashlib.sha256(match.group(1).encode()).digest()).decode()
        response["Content-Security-Policy"] = with_media_origin(ADMIN_POLICY).replace(
            "script-src 'self'", f"script-src 'self' 'sha256-{digest}'"
        )
    return response


# --- Hub restriction ----------------------------------------------------------------------


class HubScopeMixin:
    """Hub editors see and change only what belongs to the hubs they edit.

    ``hub_scope`` is the lookup path from the model to its hub ("hub", "city__hub", "hubs";
    "pk" for Hub itself). The rule holds for the changelist, the change, delete and history
    pages (another hub's object answers 404), autocomplete results and foreign-key choices.
    """

    hub_scope = None

    def is_restricted(self, request):
        return self.hub_scope is not None and not roles.is_network_editor(request.user)

    def sees_everything(self, request):
        """Whether a restricted user may still look at (never change) every object."""
        return False

    def _scoped_for_viewing(self, request):
        return self.is_restricted(request) and not self.sees_everything(request)

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if self._scoped_for_viewing(request):
            queryset = roles.scope_to_user(queryset, self.hub_scope, request.user)
        return queryset

    def get_object(self, request, object_id, from_field=None):
        obj = super().get_object(request, object_id, from_field)
        if obj is None and self.is_restricted(request):
            # Another hub's object (or none at all): answer 404 rather than a redirect.
            raise Http404
        return obj

    def get_search_results(self, request, queryset, search_term):
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if self._scoped_for_viewing(request):
            queryset = roles.scope_to_user(queryset, self.hub_scope, request.user)
        return queryset, may_have_duplicates

    def _in_scope(self, request, obj):
        if obj is None or not self.is_restricted(request):
            return True
        return roles.scope_to_user(
            self.model._default_manager.filter(pk=obj.pk), self.hub_scope, request.user
        ).exists()

    def shared_with_other_hubs(self, request, queryset):
        """The objects of ``queryset`` that also belong to a hub the user does not edit (a
        partner or resource of two hubs): a hub editor may not delete those for the other
        hub. Empty for network editors."""
        if not self.is_restricted(request):
            return queryset.none()
        from hubs.models import Hub

        others = Hub.objects.exclude(editors=request.user).values("pk")
        shared = self.model._default_manager.filter(**{f"{self.hub_scope}__in": others})
        return queryset.filter(pk__in=shared.values("pk"))

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._in_scope(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._in_scope(request, obj)

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and (
            self.sees_everything(request) or self._in_scope(request, obj)
        )

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if obj is not None and not roles.is_network_editor(request.user):
            # A link to another hub's object (an event's host city…) stays a valid choice, so
            # saving the form neither refuses it nor clears it.
            for name, field in form.base_fields.items():
                model_field = _concrete_field(self.model, name)
                if model_field is None or not model_field.many_to_one:
                    continue
                current = getattr(obj, model_field.attname, None)
                if current is not None and not field.queryset.filter(pk=current).exists():
                    related = model_field.related_model._default_manager
                    field.queryset = field.queryset | related.filter(pk=current)
        return form

    def save_related(self, request, form, formsets, change):
        # A hub editor sees only their own hubs' objects in a many-to-many field (hubs, other
        # cities, participating cities…); keep the links to objects the form could not show.
        hidden = {}
        if change and not roles.is_network_editor(request.user):
            for name in form.fields:
                model_field = _concrete_field(self.model, name)
                if model_field is None or not model_field.many_to_many:
                    continue
                path = roles.HUB_SCOPES.get(model_field.related_model._meta.label)
                if path is None:
                    continue
                linked = getattr(form.instance, name).all()
                visible = roles.scope_to_user_hubs(linked, path, request.user)
                hidden[name] = list(linked.exclude(pk__in=visible.values("pk")))
        super().save_related(request, form, formsets, change)
        for name, objects in hidden.items():
            if objects:
                getattr(form.instance, name).add(*objects)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        return self._limit_choices(db_field, request, field)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        return self._limit_choices(db_field, request, field)

    def _limit_choices(self, db_field, request, field):
        if field is None or roles.is_network_editor(request.user):
            return field
        path = roles.HUB_SCOPES.get(db_field.related_model._meta.label)
        if path is not None and hasattr(field, "queryset"):
            field.queryset = roles.scope_to_user_hubs(field.queryset, path, request.user)
            if self.hub_scope and db_field.name == self.hub_scope.split("__")[0]:
                # Without a hub the object would vanish from its own editor's lists.
                field.required = True
        return field


def _concrete_field(model, name):
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


class SlugFormMixin:
    """A model form whose slug may be left empty: it is then made from ``slug_sources``
    (the English title or name, else the Arabic one in Latin letters; ``kernel.slugs``).
    A saved slug is kept when the field is emptied, so an edit never changes an address."""

    slug_sources = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("slug")
        if field is not None:
            field.required = False
            field.validators = [validate_slug]  # says what is allowed, in the editor's words
            field.help_text = SLUG_HELP_TEXT

    def clean(self):
        cleaned = super().clean()
        if "slug" in self.fields and "slug" not in self.errors:
            english = self._slug_from_english_for_draft(cleaned)
            if english:
                cleaned["slug"] = english
                return cleaned
        if "slug" not in self.fields or cleaned.get("slug") or "slug" in self.errors:
            return cleaned
        if self.instance.pk and self.instance.slug:
            cleaned["slug"] = self.instance.slug  # the saved one: URLs stay stable
            return cleaned
        texts = [cleaned.get(name) for name in self.slug_sources]
        slug = unique_slug(self._meta.model, *texts, exclude_pk=self.instance.pk)
        if slug:
            cleaned["slug"] = slug
        else:  # no title, or one in a script the table does not know
            self.add_error("slug", NO_SLUG_MESSAGE)
        return cleaned

    def _slug_from_english_for_draft(self, cleaned):
        """The English slug replacing one made from the Arabic name, or None.

        A city approved from an Arabic application gets its slug from the Arabic name in
        Latin letters (``bldia-irbd-alkbra``); once the English name is written, and as long
        as the item has never been public (a draft, as saved) and the editor kept the slug
        they were given, the address follows the English name. A published item's slug
        never changes.
        """
        instance = self.instance
        if not (instance.pk and instance.slug) or cleaned.get("slug") not in ("", instance.slug):
            return None
        if getattr(instance, "status", None) != Publishable.Status.DRAFT:
            return None
        english = [name for name in self.slug_sources if name.endswith("_en")]
        others = [name for name in self.slug_sources if not name.endswith("_en")]
        if not english or not cleaned.get(english[0]):
            return None
        max_length = self._meta.model._meta.get_field("slug").max_length - 4  # as unique_slug
        arabic_base = slug_base(
            *(getattr(instance, name, "") for name in others), max_length=max_length
        )
        made_from_arabic = arabic_base and re.fullmatch(
            rf"{re.escape(arabic_base)}(-[0-9]+)?", instance.slug
        )
        if (
            not made_from_arabic
            or slug_base(cleaned[english[0]], max_length=max_length) == arabic_base
        ):
            return None
        return unique_slug(self._meta.model, cleaned[english[0]], exclude_pk=instance.pk)


class UploadFormMixin:
    """A model form that asks for a chosen file again when the form comes back with errors.

    A browser never re-sends a file, and the form keeps none: without a word beside the
    field, the editor would fix the other error, save, and lose the image without noticing.
    """

    def _post_clean(self):
        super()._post_clean()
        if not self.errors:
            return
        for name, field in self.fields.items():
            upload = self.files.get(self.add_prefix(name))
            if upload and isinstance(field, forms.FileField) and name not in self.errors:
                self.add_error(name, UPLOAD_AGAIN_MESSAGE)


class ScopedChoicesFormMixin:
    """For a hub editor, a many-to-many field's initial value holds only the choices it
    offers: the links to other hubs' objects are neither shown nor sent back (the admin
    re-adds them after the save), so they must not count as a change either; otherwise
    every save was recorded as "Changed Other cities"."""

    limit_initial_to_choices = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.limit_initial_to_choices:
            return
        for name, field in self.fields.items():
            initial = self.initial.get(name)
            if isinstance(field, forms.ModelMultipleChoiceField) and initial:
                pks = [getattr(item, "pk", item) for item in initial]
                offered = set(field.queryset.filter(pk__in=pks).values_list("pk", flat=True))
                self.initial[name] = [pk for pk in pks if pk in offered]


UPLOAD_AGAIN_MESSAGE = _(
    "The file you chose was not saved because of the other errors on this form. "
    "Please choose it again."
)


class EditorFormMixin:
    """The change form's own rules: a file chosen on a form with errors is asked for again
    (``UploadFormMixin``), hidden links are no change (``ScopedChoicesFormMixin``) and, where
    the slug is prepopulated, an empty slug is made (``SlugFormMixin``)."""

    def get_form(self, request, obj=None, change=False, **kwargs):
        base = kwargs.get("form", self.form)
        mixins = (ScopedChoicesFormMixin, UploadFormMixin)
        attrs = {"limit_initial_to_choices": not roles.is_network_editor(request.user)}
        sources = source_fields(self.get_prepopulated_fields(request, obj).get("slug", ()))
        if sources:
            mixins, attrs["slug_sources"] = (SlugFormMixin, *mixins), sources
        kwargs["form"] = type(base.__name__, (*mixins, base), attrs)
        return super().get_form(request, obj, change=change, **kwargs)


class NormalisedSearchMixin:
    """Searchable models keep a normalised copy of both languages in ``search_text``, so a
    search without hamza, harakat or accents ("الباسان", "Elbasan") still finds the object."""

    def get_search_results(self, request, queryset, search_term):
        found, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if search_term and hasattr(self.model, "search_text") and search_q(search_term):
            found = found | queryset.filter(search_q(search_term))
        elif ARABIC.search(search_term or ""):
            # No normalised copy: match the search fields whatever their hamza and harakat.
            pattern = folding_regex(search_term)
            condition = Q()
            for field in self.get_search_fields(request):
                if not field.startswith(("=", "^", "@")):
                    condition |= Q(**{f"{field}__iregex": pattern})
            if condition:
                found = found | queryset.filter(condition)
                may_have_duplicates = may_have_duplicates or "__" in "".join(
                    self.get_search_fields(request)
                )
        return found, may_have_duplicates


# --- Admin classes ------------------------------------------------------------------------


# Inlines leave ``hub_scope`` unset: their parent's admin guards access; only their
# foreign-key choices are limited.
class TabularInline(HubScopeMixin, DirectionMixin, TranslationTabularInline):
    extra = 0


class StackedInline(HubScopeMixin, DirectionMixin, TranslationStackedInline):
    extra = 0


class ContentAdmin(
    HubScopeMixin,
    SafeEditingMixin,
    EditorFormMixin,
    NormalisedSearchMixin,
    DirectionMixin,
    VersionAdmin,
    TabbedTranslationAdmin,
):
    """The base of every content admin. Subclasses set ``hub_scope`` when content belongs
    to a hub."""

    list_per_page = 50
    save_on_top = True
    # Fields that decide who may edit (a hub's editors): access control, not content. They
    # are kept out of the versions, so restoring an older version never changes them.
    history_exclude = ()

    class Media:
        # A warning before leaving a form with unsaved edits; the editor's toolbar translated.
        js = ("network/js/admin-unsaved.js", "network/js/admin-editor-i18n.js")

    def get_list_display(self, request):
        columns = list(super().get_list_display(request))
        if translated_field_names(self.model) and "translation_status" not in columns:
            columns.append("translation_status")
        return columns

    def get_list_filter(self, request):
        filters = list(super().get_list_filter(request))
        if translated_field_names(self.model) and MissingTranslationFilter not in filters:
            filters.append(MissingTranslationFilter)
        if image_fields(self.model) and ImageProblemFilter not in filters:
            filters.append(ImageProblemFilter)
        return filters

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        # Whether an inline (sections, contacts…) lacks a translation, for the list column,
        # as a subquery of the list's own query rather than one query per row.
        for index, (child, link) in enumerate(translated_inlines(self)):
            untranslated = child._default_manager.filter(
                missing_translation_q(child), **{link: OuterRef("pk")}
            )
            queryset = queryset.annotate(**{f"_inline_missing_{index}": Exists(untranslated)})
        return queryset

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        self.warn_untranslated(request, form.instance)

    def warn_untranslated(self, request, obj):
        """After a save, name the fields (the inlines' too) written in one language only."""
        missing = missing_translations(obj)
        for child, link in translated_inlines(self):
            children = child._default_manager.filter(missing_translation_q(child), **{link: obj})
            for item in children:
                for language, labels in missing_translations(item).items():
                    missing[language] += [
                        f"{child._meta.verbose_name} “{item}”: {label}" for label in labels
                    ]
        parts = []
        if missing["en"]:
            parts.append(_("English is missing for: %s.") % "; ".join(missing["en"]))
        if missing["ar"]:
            parts.append(_("Arabic is missing for: %s.") % "; ".join(missing["ar"]))
        if parts:
            self.message_user(
                request,
                " ".join(
                    [
                        str(_("Saved, but some text is written in one language only.")),
                        *map(str, parts),
                        str(
                            _(
                                "Until it is translated, visitors in the other language see "
                                "this text in its original language, marked “not yet "
                                "translated”."
                            )
                        ),
                    ]
                ),
                messages.WARNING,
            )

    @admin.display(description=_("translation"))
    def translation_status(self, obj):
        missing = missing_translations(obj)
        parts = []
        if missing["en"]:
            parts.append(_("English missing: %s") % ", ".join(missing["en"]))
        if missing["ar"]:
            parts.append(_("Arabic missing: %s") % ", ".join(missing["ar"]))
        for index, (child, _link) in enumerate(translated_inlines(self)):
            if getattr(obj, f"_inline_missing_{index}", False):
                parts.append(_("%s: missing in one language") % child._meta.verbose_name_plural)
        if not parts:
            return _("Complete")
        return format_html('<span class="translation-missing">{}</span>', "; ".join(parts))

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        response = super().changeform_view(request, object_id, form_url, extra_context)
        return allow_importmap(response)

    def delete_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        if obj is not None and self._refuse_shared(request, [obj]):
            opts = self.model._meta
            return redirect(f"admin:{opts.app_label}_{opts.model_name}_change", object_id)
        return super().delete_view(request, object_id, extra_context)

    def get_actions(self, request):
        actions = super().get_actions(request)
        if self.is_restricted(request) and self.sees_everything(request):
            # The list shows more than the user may change: actions reach only the latter.
            for name, (action, action_name, description) in list(actions.items()):
                actions[name] = (self._scoped_action(action), action_name, description)
        if "delete_selected" in actions:
            action, name, description = actions["delete_selected"]

            def delete_selected(model_admin, request, queryset):
                if not model_admin._refuse_shared(request, queryset):
                    return action(model_admin, request, queryset)
                return None

            actions["delete_selected"] = (delete_selected, name, description)
        return actions

    def _scoped_action(self, action):
        hub_scope = self.hub_scope

        def scoped(model_admin, request, queryset):
            return action(
                model_admin, request, roles.scope_to_user(queryset, hub_scope, request.user)
            )

        return scoped

    def _refuse_shared(self, request, objects):
        """Tell a hub editor why shared objects are not deleted; True if there were any."""
        pks = [obj.pk for obj in objects]
        shared = list(
            self.shared_with_other_hubs(request, self.model._default_manager.filter(pk__in=pks))
        )
        if not shared:
            return False
        messages.error(
            request,
            ngettext(
                "%(objects)s also belongs to another hub, so only a network editor can delete "
                "it. To take it off your hub's pages, remove your hub from its hubs instead.",
                "%(objects)s also belong to other hubs, so only a network editor can delete "
                "them. To take them off your hub's pages, remove your hub from their hubs "
                "instead.",
                len(shared),
            )
            % {"objects": ", ".join(f"“{obj}”" for obj in shared)},
        )
        return True

    def reversion_register(self, model, **options):
        if model is self.model and self.history_exclude:
            options["exclude"] = (*options.get("exclude", ()), *self.history_exclude)
        super().reversion_register(model, **options)

    # Reversion views: another hub's history is as private as its change page.
    def history_view(self, request, object_id, extra_context=None):
        self._check_object_access(request, object_id)
        return super().history_view(request, object_id, extra_context)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        self._check_object_access(request, object_id)
        try:
            response = super().revision_view(request, object_id, version_id, extra_context)
        except Http404:
            if not self.is_restricted(request):
                raise
            # The version, put back for the form (and undone), lies outside the editor's
            # hubs: say so on the history page rather than answering a bare 404.
            messages.error(
                request,
                _(
                    "This earlier version belonged to a hub you do not edit, "
                    "so it cannot be restored."
                ),
            )
            opts = self.model._meta
            return redirect(f"admin:{opts.app_label}_{opts.model_name}_history", object_id)
        if request.method == "POST" and response.status_code == 302:
            self._reword_restore_comment(object_id, version_id)
        return response

    def _reword_restore_comment(self, object_id, version_id):
        """django-reversion words a restore in the restorer's language (its Arabic misspelt);
        store the comment as data instead, worded for each reader (revision_comment)."""
        restored = Version.objects.filter(pk=version_id).select_related("revision").first()
        latest = Version.objects.get_for_object_reference(self.model, object_id).first()
        if restored and latest and latest.revision_id != restored.revision_id:
            comment = RESTORED_PREFIX + restored.revision.date_created.isoformat()
            Revision.objects.filter(pk=latest.revision_id).update(comment=comment)

    def recoverlist_view(self, request, extra_context=None):
        if self.is_restricted(request):
            raise PermissionDenied  # deleted objects no longer say which hub they were in
        return super().recoverlist_view(request, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        if self.is_restricted(request):
            raise PermissionDenied
        return super().recover_view(request, version_id, extra_context)

    def _check_object_access(self, request, object_id):
        if self.is_restricted(request):
            obj = self.get_object(request, unquote(object_id))
            if not self.has_view_or_change_permission(request, obj):
                raise PermissionDenied


STATUS_COMMENTS = {
    Publishable.Status.PUBLISHED: gettext_noop("Published from the list."),
    Publishable.Status.DRAFT: gettext_noop("Returned to draft from the list."),
}


class PublishableAdmin(ContentAdmin):
    """Content with a draft/published state: status filter and publish/unpublish actions."""

    actions = ["publish", "unpublish"]

    def get_list_display(self, request):
        # "Published" with a date still to come is "Scheduled", as the preview says.
        return [
            "publication" if column == "status" else column
            for column in super().get_list_display(request)
        ]

    @admin.display(description=_("status"), ordering="status")
    def publication(self, obj):
        if obj.is_scheduled:
            return _("Scheduled for %s") % date_format(
                timezone.localtime(obj.published_at), "SHORT_DATETIME_FORMAT"
            )
        return obj.get_status_display()

    def save_model(self, request, obj, form, change):
        # An item going live now with the date the form was opened on (or the draft was
        # created on) would appear backdated: it is published as of this save instead.
        was_published = change and form.initial.get("status") == Publishable.Status.PUBLISHED
        initial = form.initial.get("published_at")
        if initial is not None:  # the split widget drops microseconds: compare to the second
            chosen = abs((obj.published_at - initial).total_seconds()) >= 1
        else:  # add form: the default is sent back as a hidden initial value
            chosen = "published_at" in form.changed_data
        if (
            obj.status == Publishable.Status.PUBLISHED
            and not was_published
            and not chosen
            and obj.published_at <= timezone.now()
        ):
            obj.published_at = timezone.now()
        super().save_model(request, obj, form, change)

    def get_list_filter(self, request):
        filters = list(super().get_list_filter(request))
        if "status" not in filters:
            filters.insert(0, "status")
        if ScheduledFilter not in filters:
            filters.insert(1, ScheduledFilter)
        return filters

    def _set_status(self, request, queryset, status):
        changed, now = 0, timezone.now()
        # One save per object so every change is in the history, with who did it.
        with reversion.create_revision():
            reversion.set_user(request.user)
            # Stored as source text, worded in each reader's language (revision_comment).
            reversion.set_comment(STATUS_COMMENTS[status])
            for obj in queryset:
                if obj.status != status:
                    if status == Publishable.Status.PUBLISHED and obj.published_at <= now:
                        obj.published_at = now  # not the date the draft was started
                    obj.status = status
                    obj.save()
                    changed += 1
        return changed

    @admin.action(description=_("Publish the selected items"), permissions=["change"])
    def publish(self, request, queryset):
        changed = self._set_status(request, queryset, Publishable.Status.PUBLISHED)
        self.message_user(
            request,
            ngettext("%d item published.", "%d items published.", changed) % changed,
            messages.SUCCESS,
        )

    @admin.action(description=_("Unpublish the selected items"), permissions=["change"])
    def unpublish(self, request, queryset):
        changed = self._set_status(request, queryset, Publishable.Status.DRAFT)
        self.message_user(
            request,
            ngettext("%d item returned to draft.", "%d items returned to draft.", changed)
            % changed,
            messages.SUCCESS,
        )


def image_preview(image, size=80):
    """A small thumbnail for list columns and read-only preview fields."""
    if not image:
        return "—"
    # The small rendition made at save time, never the (possibly huge) original.
    url = thumbnail_url(image)
    if not url:
        return _("Image could not be read")
    return format_html(
        '<img src="{}" alt="" width="{}" class="admin-thumbnail" loading="lazy">', url, size
    )
