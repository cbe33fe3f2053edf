"""The resources library: reports, case studies and guides, filtered in the query string, and
their uploaded files served with the content type of their allowed kind."""

import django_filters
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _

from network.filters import hub_filter, topic_filter
from network.listing import FilteredListView
from network.models import Resource
from network.preview import previewer
from network.uploads import document_kind


class ResourceFilter(django_filters.FilterSet):
    """Resources by kind, topic, hub and language."""

    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=Resource.Kind.choices, empty_label=_("All kinds")
    )
    topic = topic_filter()
    hub = hub_filter(field_name="hubs")
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=Resource.Language.choices, empty_label=_("All languages")
    )

    class Meta:
        model = Resource
        fields = ["kind", "topic", "hub", "language"]


class ResourceListView(FilteredListView):
    template_name = "network/resource_list.html"
    filterset_class = ResourceFilter
    paginate_by = 20

    def get_base_queryset(self):
        return Resource.objects.published().for_listing()


def resource_file(request, slug):
    """The uploaded file, as its allowed kind: PDFs and images shown, the rest downloaded.

    The content type comes from the allow-list, never from the file, and the browser is told
    not to guess (``nosniff``) nor run anything in it (a sandboxing CSP).
    """
    resource = get_object_or_404(Resource.objects.visible_to(previewer(request)), slug=slug)
    kind = document_kind(resource.file.name) if resource.file else None
    if kind is None:
        raise Http404
    try:
        handle = resource.file.open("rb")
    except (FileNotFoundError, OSError):
        raise Http404 from None
    name = resource.file.name.rsplit("/", 1)[-1]
    response = FileResponse(
        handle, as_attachment=not kind.inline, filename=name, content_type=kind.content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    if kind.content_type != "application/pdf":
        # Chromium's PDF viewer does not open in a sandboxed document; images and downloads
        # lose nothing by it.
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
