"""The admin's site-wide views: "view on site" for the objects one may change, the JavaScript
catalogue."""

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.http import Http404
from django.views.i18n import JavaScriptCatalog


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
