"""Numbered pages of at most 100 items; a bad page number is a 400, a page past the end a 404."""

from django.core.paginator import InvalidPage
from django.utils.translation import gettext as _
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response

from kernel.listing import KeysFirstPaginator


def _positive_int(request, name, default, maximum=None):
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1 or (maximum is not None and value > maximum):
        if maximum is None:
            message = _("Give a whole number from 1 up.")
        else:
            message = _("Give a whole number from 1 to %(maximum)d.") % {"maximum": maximum}
        raise ValidationError({name: [message]})
    return value


class PagePagination(PageNumberPagination):
    django_paginator_class = KeysFirstPaginator
    page_size_query_param = "page_size"
    max_page_size = 100

    def get_page_size(self, request):
        return _positive_int(request, "page_size", self.page_size, self.max_page_size)

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        size = self.get_page_size(request)
        number = _positive_int(request, "page", 1)
        # What the list holds follows its path and filters: its count is kept per content version.
        filters = sorted((k, v) for k, v in request.query_params.lists() if k != "page")
        paginator = self.django_paginator_class(queryset, size, count_key=(request.path, filters))
        try:
            self.page = paginator.page(number)
        except InvalidPage as error:
            raise NotFound(
                _("There is no page %(page)d: the last page is %(last)d.")
                % {"page": number, "last": paginator.num_pages}
            ) from error
        return self.page.object_list  # its keys now, its rows when serialised

    def get_paginated_response(self, data):
        return Response(
            {
                "count": self.page.paginator.count,
                "page": self.page.number,
                "pages": self.page.paginator.num_pages,
                "next": self.get_next_link(),
                "previous": self.get_previous_link(),
                "results": data,
            }
        )

    def get_paginated_response_schema(self, schema):
        return {
            "type": "object",
            "required": ["count", "page", "pages", "next", "previous", "results"],
            "properties": {
                "count": {"type": "integer", "description": "Items matching the filters."},
                "page": {"type": "integer"},
                "pages": {"type": "integer"},
                "next": {"type": "string", "format": "uri", "nullable": True},
                "previous": {"type": "string", "format": "uri", "nullable": True},
                "results": schema,
            },
        }
