"""The read-only open-data API: one viewset per kind of content, published items only."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.http import http_date
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema, extend_schema_view
from drf_spectacular.views import SpectacularJSONAPIView
from rest_framework import viewsets
from rest_framework.decorators import api_view, schema
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from api import serializers
from api.filters import CountryFilter
from api.languages import requested_language
from api.schema import ApiSchema
from cities.filters import CityFilter
from cities.models import City, Country
from hubs.filters import EventFilter
from hubs.models import Event, Hub
from infra.pagecache import cached_fragment, content_changed_at
from library.filters import ResourceFilter
from library.models import Resource
from spotlights.filters import SpotlightFilter
from spotlights.models import Spotlight
from testimonials.filters import TestimonialFilter
from testimonials.models import Testimonial

GENERAL_PARAMETERS = {"lang", "page", "page_size"}


def licence_link():
    return f'<{settings.API_DATA_LICENCE_URL}>; rel="license"'


def finish(response, lang):
    """Headers every API answer carries: language, licence, CORS for GET, Last-Modified."""
    response["Content-Language"] = lang or ", ".join(code for code, _name in settings.LANGUAGES)
    response["Link"] = licence_link()
    response["Access-Control-Allow-Origin"] = "*"
    if response.status_code == 200:
        response["Last-Modified"] = http_date(content_changed_at().timestamp())
    return response


class ReadOnlyViewSet(viewsets.ReadOnlyModelViewSet):
    """Published items by slug; ``lang`` and unknown query parameters checked up front."""

    lookup_field = "slug"
    # What a slug can hold: anything else (a NUL byte, which PostgreSQL refuses to compare)
    # is no address of ours and meets the JSON 404 of the catch-all route.
    lookup_value_regex = "[-a-zA-Z0-9_]+"
    lang = None
    schema = ApiSchema()

    def initial(self, request, *args, **kwargs):
        # Before anything else, so that every later message speaks the requested language.
        self.lang = requested_language(request)
        if self.lang:
            translation.activate(self.lang)
        if self.action is None:  # a method it does not serve: 405, whatever the query says
            self.http_method_not_allowed(request)
        self.check_parameters(request)
        super().initial(request, *args, **kwargs)

    def known_parameters(self):
        if self.action != "list":
            return {"lang"}
        filters = self.filterset_class.base_filters if self.filterset_class else {}
        return GENERAL_PARAMETERS | set(filters)

    def check_parameters(self, request):
        known = self.known_parameters()
        unknown = sorted(set(request.query_params) - known)
        if unknown:
            message = _("Unknown parameter. This address accepts: %(known)s.") % {
                "known": ", ".join(sorted(known))
            }
            raise ValidationError(dict.fromkeys(unknown, [message]))
        # One way to say "any": leaving the parameter out (typed clients cannot send "").
        empty = sorted(name for name, values in request.query_params.lists() if "" in values)
        if empty:
            message = _("Empty value. Leave the parameter out to mean “any”.")
            raise ValidationError(dict.fromkeys(empty, [message]))

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "lang": self.lang}

    def list(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        # A page of items follows content, their ids, the language and the site's address
        # (links are absolute): reading and serialising 50 cities with their councils cost
        # most of the answer, so it is kept under the content version.
        data = cached_fragment(
            "api-page",
            lambda: list(self.get_serializer(page, many=True).data),
            type(self).__name__,
            page.keys,
            self.lang,
            request.build_absolute_uri("/"),
        )
        return self.get_paginated_response(data)

    def retrieve(self, request, *args, **kwargs):
        # One item with everything it carries, kept like a page of them (a 404 is not kept).
        data = cached_fragment(
            "api-item",
            lambda: dict(self.get_serializer(self.get_object()).data),
            type(self).__name__,
            sorted(kwargs.items()),
            self.lang,
            request.build_absolute_uri("/"),
        )
        return Response(data)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        return finish(response, self.lang)


def documented(tag, list_description, detail_description=None):
    """The OpenAPI description of a viewset's list (and detail) operation."""
    operations = {
        "list": extend_schema(tags=[tag], description=list_description),
        "retrieve": extend_schema(tags=[tag], description=detail_description or ""),
    }
    return extend_schema_view(**operations)


@documented(
    "hubs",
    "Published regional hubs, in display order, with their number of member cities.",
    "One regional hub by slug.",
)
class HubViewSet(ReadOnlyViewSet):
    serializer_class = serializers.HubSerializer
    filterset_class = None

    def get_queryset(self):
        return Hub.objects.published().for_api()


@documented("countries", "Every country of the network, by ISO 3166-1 code.", "One country.")
class CountryViewSet(ReadOnlyViewSet):
    serializer_class = serializers.CountrySerializer
    filterset_class = CountryFilter
    lookup_field = "iso_code__iexact"
    lookup_url_kwarg = "code"
    lookup_value_regex = "[A-Za-z]{2}"

    def get_queryset(self):
        return Country.objects.select_related("hub")


@documented(
    "cities",
    "The cities of the directory: members and engaged cities (never former members), with "
    "their local safety councils and seats by sector; the directory's filters and sorts.",
    "One published city (former members too) by slug.",
)
class CityViewSet(ReadOnlyViewSet):
    serializer_class = serializers.CitySerializer
    filterset_class = CityFilter

    def get_queryset(self):
        cities = City.objects.listed() if self.action == "list" else City.objects.published()
        return cities.for_api().order_by(f"name_{self.lang or settings.LANGUAGE_CODE}", "slug")


@documented(
    "events",
    "Published events, newest first; filters by hub, kind and year as on the events page.",
    "One published event by slug.",
)
class EventViewSet(ReadOnlyViewSet):
    serializer_class = serializers.EventSerializer
    filterset_class = EventFilter

    def get_queryset(self):
        return Event.objects.published().for_api().order_by("-start_date", "slug")


@documented(
    "spotlights",
    "Published city spotlights and stories (metadata and links), newest first; the "
    "spotlight page's search and filters.",
    "One published spotlight by slug.",
)
class SpotlightViewSet(ReadOnlyViewSet):
    serializer_class = serializers.SpotlightSerializer
    filterset_class = SpotlightFilter

    def get_queryset(self):
        return Spotlight.objects.published().for_api()


@documented(
    "testimonials",
    "Published testimonials in the order of the testimonials page; filter by hub.",
    "One published testimonial by id.",
)
class TestimonialViewSet(ReadOnlyViewSet):
    serializer_class = serializers.TestimonialSerializer
    filterset_class = TestimonialFilter
    lookup_field = "pk"
    lookup_url_kwarg = "id"
    lookup_value_regex = "[0-9]+"

    def get_queryset(self):
        return Testimonial.objects.published().for_listing()


@documented(
    "resources",
    "Published reports, case studies and guides, newest first; filters by kind, topic, hub and "
    "language as on the resources page.",
    "One published resource by slug.",
)
class ResourceViewSet(ReadOnlyViewSet):
    serializer_class = serializers.ResourceSerializer
    filterset_class = ResourceFilter

    def get_queryset(self):
        return Resource.objects.published().for_api()


ENDPOINTS = ["hubs", "countries", "cities", "events", "spotlights", "testimonials", "resources"]


@extend_schema(exclude=True)
@api_view(["GET"])
@schema(None)
def root(request):
    """Where everything is: the endpoints, the schema, the docs and the licence."""
    lang = requested_language(request)
    if lang:
        translation.activate(lang)
    body = {
        "version": "1",
        "endpoints": {
            name: request.build_absolute_uri(reverse(f"api:{name}-list")) for name in ENDPOINTS
        },
        "schema": request.build_absolute_uri(reverse("api:schema")),
        "documentation": {
            code: request.build_absolute_uri(_docs_url(code)) for code, _name in settings.LANGUAGES
        },
        "licence": {"name": settings.API_DATA_LICENCE_NAME, "url": settings.API_DATA_LICENCE_URL},
    }
    return finish(Response(body), lang)


def _docs_url(code):
    with translation.override(code):
        return reverse("api_docs:index")


class NotFoundView(APIView):
    """Any other address under /api/ (an item identifier of the wrong shape among them): a
    JSON 404 with the API's usual headers, not the site's HTML page."""

    schema = None

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        raise NotFound(
            _("There is nothing at this address; the endpoints are listed at %(root)s.")
            % {"root": request.build_absolute_uri(reverse("api:root"))}
        )

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        return finish(response, None)


@extend_schema(exclude=True)
class SchemaView(SpectacularJSONAPIView):
    """The OpenAPI 3 description, as JSON, with the API's usual headers.

    Its texts are in English, or in the language of ``?lang=``: never in the language of
    Accept-Language, so that what the URL answers does not depend on who asks.
    """

    def get(self, request, *args, **kwargs):
        self.lang = requested_language(request)
        unknown = sorted(set(request.query_params) - {"lang"})
        if unknown:
            raise ValidationError(dict.fromkeys(unknown, [_("Unknown parameter.")]))
        with translation.override(self.lang or "en"):
            return super().get(request, *args, **kwargs)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        return finish(response, getattr(self, "lang", None) or "en")
