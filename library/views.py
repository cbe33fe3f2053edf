"""The resources library: reports, case studies and guides, filtered in the query string, and
their uploaded files served with the content type of their allowed kind."""

from django.shortcuts import get_object_or_404

from kernel.listing import FilteredListView
from kernel.preview import previewer
from kernel.uploads import document_response
from library.filters import ResourceFilter
from library.models import Resource


class ResourcePageFilter(ResourceFilter):
    """The page's filters offer only the languages some published resource is in (none: no
    language filter), so that no choice leads to an empty list. The API keeps the full list."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # One small query; the page itself is kept under the content version.
        present = set(
            Resource.objects.published().exclude(language="").values_list("language", flat=True)
        )
        if present:
            field = self.filters["language"]
            field.extra["choices"] = [
                (value, label) for value, label in Resource.Language.choices if value in present
            ]
            # A form field built before the copy (the API's schema reads the shared declaration)
            # would keep every choice: build it again from these.
            field.__dict__.pop("_field", None)
        else:
            del self.filters["language"]


class ResourceListView(FilteredListView):
    template_name = "network/resource_list.html"
    filterset_class = ResourcePageFilter
    paginate_by = 20

    def get_base_queryset(self):
        return Resource.objects.published().for_listing()


def resource_file(request, slug):
    """The uploaded file, as its allowed kind (see ``document_response``)."""
    resource = get_object_or_404(Resource.objects.visible_to(previewer(request)), slug=slug)
    return document_response(resource.file)
