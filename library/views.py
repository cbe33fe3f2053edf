"""The resources library: reports, case studies and guides, filtered in the query string, and
their uploaded files served with the content type of their allowed kind."""

from django.shortcuts import get_object_or_404

from kernel.listing import FilteredListView
from kernel.preview import previewer
from kernel.uploads import document_response
from library.filters import ResourceFilter
from library.models import Resource


class ResourceListView(FilteredListView):
    template_name = "network/resource_list.html"
    filterset_class = ResourceFilter
    paginate_by = 20

    def get_base_queryset(self):
        return Resource.objects.published().for_listing()


def resource_file(request, slug):
    """The uploaded file, as its allowed kind (see ``document_response``)."""
    resource = get_object_or_404(Resource.objects.visible_to(previewer(request)), slug=slug)
    return document_response(resource.file)
