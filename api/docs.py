"""The API's documentation page, in the visitor's language, drawn from the OpenAPI schema.

Server-rendered (no Swagger UI: nothing from other hosts, nothing inline), so it works under
the strict CSP and without JavaScript. The schema is generated once per language and kept.
"""

import json
import re

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django.views.generic import TemplateView
from drf_spectacular.generators import SchemaGenerator

from api.pagination import PagePagination
from api.views import ENDPOINTS

DESCRIPTIONS = {
    "hubs": _("The published regional hubs, with their number of member cities and countries."),
    "countries": _("The countries of the network, by ISO code, with their usual hub."),
    "cities": _(
        "The cities of the directory, members and engaged cities, with their local safety "
        "councils and the seats on them by sector. The directory's filters and sort orders."
    ),
    "events": _("Published events, newest first, filtered by hub, kind and year."),
    "spotlights": _(
        "City spotlights and stories: title, summary, city, topics, authors and links. "
        "Search by city name or topic, filter by hub, country, topic and kind."
    ),
    "testimonials": _("What the cities say about the network, filtered by hub."),
    "resources": _("Reports, case studies and guides, filtered by hub, kind and topic."),
}
GENERAL_PARAMETERS = {
    "lang": _(
        "“ar” or “en”: translated fields as one text in that language. Left out, each "
        "translated field gives both languages."
    ),
    "page": _("Page number, from 1."),
    "page_size": _("Items per page, from 1 to 100 (50 when left out)."),
}
RATE_PERIODS = {
    "s": pgettext_lazy("rate limit period", "second"),
    "m": pgettext_lazy("rate limit period", "minute"),
    "h": pgettext_lazy("rate limit period", "hour"),
    "d": pgettext_lazy("rate limit period", "day"),
}
_schemas = {}


def schema_for(language):
    """The OpenAPI schema with its texts in ``language``, generated once per process."""
    if language not in _schemas:
        with translation.override(language):
            schema = SchemaGenerator().get_schema(request=None, public=True)
            _schemas[language] = json.loads(json.dumps(schema, cls=DjangoJSONEncoder))
    return _schemas[language]


VALUE_HINTS = {
    "hub": _("a hub's slug, as listed by /api/v1/hubs/"),
    "country": _("an ISO country code, as listed by /api/v1/countries/"),
    "topic": _("a topic's slug, as given in spotlights and resources"),
    "year": _("a year, e.g. 2019"),
    "q": _("words to search for, in Arabic or English"),
    "page": _("1, 2, 3…"),
    "page_size": _("1 to 100"),
}
# drf-spectacular appends "* `code` - label" lines for choices to a filter's description.
CHOICE_LINE = re.compile(r"^\* `(?P<code>[^`]*)` - (?P<label>.*)$", re.MULTILINE)


def _values(parameter):
    """The values a parameter takes: ``(code, label)`` for choices, else ``(None, hint)``."""
    description = parameter.get("description", "")
    choices = [(m["code"], m["label"]) for m in CHOICE_LINE.finditer(description)]
    if choices:
        return choices
    enum = parameter.get("schema", {}).get("enum")
    if enum:
        return [(str(value), "") for value in enum if value not in ("", None)]
    hint = VALUE_HINTS.get(parameter["name"])
    return [(None, str(hint))] if hint else []


def _resolve(schema, node):
    while "$ref" in node:
        node = schema["components"]["schemas"][node["$ref"].rsplit("/", 1)[-1]]
    return node


def _fields(schema, operation):
    """Top-level field names of one item of a list operation's answer."""
    content = _resolve(
        schema, operation["responses"]["200"]["content"]["application/json"]["schema"]
    )
    items = content.get("properties", {}).get("results", {}).get("items") or content.get(
        "items", {}
    )
    return list(_resolve(schema, items).get("properties", {}))


def endpoints(language):
    """Each endpoint: its path, description, query parameters and answer's fields."""
    schema = schema_for(language)
    listed = []
    for name in ENDPOINTS:
        list_path = reverse(f"api:{name}-list")
        operation = schema["paths"][list_path]["get"]
        detail_path = next(
            (path for path in schema["paths"] if path.startswith(list_path) and path != list_path),
            None,
        )
        parameters = [
            {
                "name": parameter["name"],
                "values": _values(parameter),
                "description": GENERAL_PARAMETERS.get(parameter["name"])
                or parameter.get("description", "").split("\n\n")[0],
            }
            for parameter in operation.get("parameters", [])
        ]
        listed.append(
            {
                "name": name,
                "path": list_path,
                "detail_path": detail_path,
                "description": DESCRIPTIONS[name],
                "parameters": parameters,
                "fields": _fields(schema, operation),
            }
        )
    return listed


def error_example():
    """What the API answers to ``?page=0``, in the active language."""
    return {
        "detail": str(_("Some query parameters are not valid; see “errors”.")),
        "errors": {"page": [str(_("Give a whole number from 1 up."))]},
    }


class ApiDocsView(TemplateView):
    template_name = "api/docs.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        language = translation.get_language()
        context.update(
            endpoints=endpoints(language),
            root_url=self.request.build_absolute_uri(reverse("api:root")),
            schema_url=reverse("api:schema"),
            example_url=reverse("api:cities-list") + f"?lang={language}&page_size=5",
            licence_name=settings.API_DATA_LICENCE_NAME,
            licence_url=settings.API_DATA_LICENCE_URL,
            page_size=PagePagination.page_size,
            max_page_size=PagePagination.max_page_size,
            error_example=json.dumps(error_example(), ensure_ascii=False, indent=2),
            rate_count=int(settings.API_RATE_LIMIT.split("/")[0]),
            rate_period=RATE_PERIODS[settings.API_RATE_LIMIT.split("/")[1][0]],
        )
        return context
