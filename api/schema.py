"""The API's OpenAPI description, made to say exactly what the code accepts and answers.

drf-spectacular derives a first draft from the serializers and the django-filter filtersets;
this schema class tightens it where the draft promises more than the code keeps:

- every query parameter carries the bounds the API enforces (``page`` from 1, ``page_size``
  from 1 to 100, years, search length) and no empty value (an empty value is refused with a
  400: leave a parameter out to mean "any");
- a parameter that names published data (a hub or topic slug, a country code, a year with
  events) has the shape of such a name; a well-formed name that matches nothing published is
  a 404, like an unknown item in a path (``api.filters.FilterBackend``);
- every operation documents its 400, 404 and 429 answers with one error body (``Error``),
  the 429's ``Retry-After`` header and the headers every answer carries.

``tests/api/test_api_contract.py`` runs schemathesis against the live API to keep it so.
"""

import django_filters
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse
from rest_framework import serializers

from api.filters import reference_pattern

YEAR_SCHEMA = {"type": "integer", "minimum": 1, "maximum": 9999}


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="What went wrong, in the language of “lang”.")
    errors = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        required=False,
        help_text="For a 400 (and a 404 caused by a filter): the messages of each query "
        "parameter that was refused, by its name.",
    )

    class Meta:
        ref_name = "Error"


def filter_schema(filter_, drafted):
    """``drafted`` (drf-spectacular's schema of one filter) with the bounds the filter keeps."""
    schema = {key: value for key, value in drafted.items() if key not in ("format", "title")}
    if isinstance(filter_, django_filters.ModelChoiceFilter):
        schema = {"type": "string", "pattern": reference_pattern(filter_)}
    elif isinstance(filter_, django_filters.ChoiceFilter) and callable(filter_.extra["choices"]):
        schema = dict(YEAR_SCHEMA)
    elif isinstance(filter_, django_filters.NumberFilter):
        schema = {"type": "integer"}
        for key, bound in (("minimum", "min_value"), ("maximum", "max_value")):
            if filter_.extra.get(bound) is not None:
                schema[key] = filter_.extra[bound]
    if schema.get("type") == "string" and "enum" not in schema:
        schema["minLength"] = 1
        if filter_.extra.get("max_length"):
            schema["maxLength"] = filter_.extra["max_length"]
    return schema


REFERENCE_NOTE = "A value that names nothing published is answered 404."
LANG_PARAMETER = OpenApiParameter(
    "lang",
    OpenApiTypes.STR,
    enum=["ar", "en"],
    description="Translated fields as one string in this language (falling back to the other "
    "where a translation is missing). Left out: each translated field gives both languages.",
)
RESPONSE_HEADERS = [
    OpenApiParameter(
        "Retry-After",
        {"type": "integer", "minimum": 1},
        OpenApiParameter.HEADER,
        required=True,
        response=[429],
        description="Seconds to wait before the next request.",
    ),
    OpenApiParameter(
        "Link",
        OpenApiTypes.STR,
        OpenApiParameter.HEADER,
        required=True,
        response=True,
        description='The data licence, as <URL>; rel="license".',
    ),
    OpenApiParameter(
        "Content-Language",
        OpenApiTypes.STR,
        OpenApiParameter.HEADER,
        required=True,
        response=True,
        description="“ar” or “en” with ?lang=, else “ar, en”.",
    ),
]
ERROR_RESPONSES = {
    400: OpenApiResponse(
        ErrorSerializer,
        description="A query parameter is unknown, empty or not valid; “errors” says which "
        "and why.",
    ),
    404: OpenApiResponse(
        ErrorSerializer,
        description="Nothing published has this identifier, a filter names nothing published, "
        "or the page is past the last one.",
    ),
    429: OpenApiResponse(
        ErrorSerializer,
        description="Too many requests from this address: wait for Retry-After seconds.",
    ),
}


class ApiSchema(AutoSchema):
    """drf-spectacular's description of a read-only viewset, made exact (see the module)."""

    def get_override_parameters(self):
        return [*super().get_override_parameters(), LANG_PARAMETER, *RESPONSE_HEADERS]

    def get_response_serializers(self):
        return {
            200: OpenApiResponse(super().get_response_serializers(), description="OK"),
            **ERROR_RESPONSES,
        }

    def _get_filter_parameters(self):
        filterset_class = getattr(self.view, "filterset_class", None)
        parameters = super()._get_filter_parameters()
        for parameter in parameters:
            filter_ = filterset_class.base_filters[parameter["name"]]
            parameter["schema"] = filter_schema(filter_, parameter["schema"])
            parameter.pop("allowEmptyValue", None)
            if reference_pattern(filter_):
                parameter["description"] = (
                    f"{parameter.get('description', '')}\n\n{REFERENCE_NOTE}".lstrip()
                )
        return parameters

    def _get_pagination_parameters(self):
        paginator = self._get_paginator() if self._is_list_view() else None
        if not paginator:
            return []
        return [
            {
                "name": "page",
                "in": "query",
                "required": False,
                "description": "Page number, from 1; past the last page the answer is a 404.",
                "schema": {"type": "integer", "minimum": 1, "default": 1},
            },
            {
                "name": "page_size",
                "in": "query",
                "required": False,
                "description": "Items per page.",
                "schema": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": paginator.max_page_size,
                    "default": paginator.page_size,
                },
            },
        ]
