"""A client generated from the OpenAPI description reads the whole seed content.

The models are generated from the description the API serves, as an API user would generate
them (datamodel-code-generator, Pydantic with strict types, no field the description does
not name). Generated at test time, so they can never drift from the code: a field that comes
back null where the description says it cannot, an undocumented field or a wrong type fails
the parse.
"""

import importlib.util
import re
import sys

import pytest
from datamodel_code_generator import DataModelType, InputFileType, generate
from datamodel_code_generator.types import StrictTypes
from django.core.management import call_command
from rest_framework.throttling import AnonRateThrottle

from cities.models import City
from hubs.models import Event
from tests import factories

PAGE_SIZE = 4  # small, so that every list with more items is read over several pages


@pytest.fixture
def generated_models(client, db, settings, monkeypatch, tmp_path):
    """The models generated from the description, imported as a module of their own."""
    settings.PAGE_CACHE_SECONDS = 0
    # Hundreds of reads in a few seconds: a real client would wait for Retry-After.
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "1000000/minute"})
    code = generate(
        client.get("/api/v1/schema/").json(),
        input_file_type=InputFileType.OpenAPI,
        output_model_type=DataModelType.PydanticV2BaseModel,
        strict_nullable=True,
        strict_types=list(StrictTypes),
        extra_fields="forbid",
        use_annotated=True,
        field_constraints=True,
        use_title_as_name=True,
        disable_timestamp=True,
        formatters=[],
    )
    path = tmp_path / "portal_api_models.py"
    path.write_text(code)
    spec = importlib.util.spec_from_file_location("portal_api_models", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    yield module
    del sys.modules[spec.name]


def model_of(models, response):
    """The generated model of an operation's 200 answer."""
    reference = response["200"]["content"]["application/json"]["schema"]["$ref"]
    return getattr(models, reference.rsplit("/", 1)[-1])


class GeneratedClient:
    """The few lines a user writes around the generated models: get, parse, follow ``next``."""

    def __init__(self, http, models, document):
        self.http = http
        self.models = models
        self.paths = document["paths"]

    def get(self, path, model, **query):
        response = self.http.get(path, query)
        assert response.status_code == 200, (path, query, response.content[:300])
        return model.model_validate_json(response.content)

    def every_item(self, list_path, **query):
        model = model_of(self.models, self.paths[list_path]["get"]["responses"])
        page = self.get(list_path, model, page_size=PAGE_SIZE, **query)
        items = list(page.results)
        while page.next is not None:
            page = self.get(str(page.next), model)
            items += page.results
        assert len(items) == page.count
        return items

    def detail(self, detail_path, item, **query):
        (identifier,) = re.findall(r"{(\w+)}", detail_path)
        path = detail_path.replace(f"{{{identifier}}}", str(getattr(item, identifier)))
        model = model_of(self.models, self.paths[detail_path]["get"]["responses"])
        return self.get(path, model, **query)


def read_everything(api, **query):
    """Every item of every list, each also read on its own: ``{list path: items}``."""
    read = {}
    for list_path in [path for path in api.paths if not path.endswith("}/")]:
        (detail_path,) = [p for p in api.paths if p.startswith(list_path) and "{" in p]
        read[list_path] = api.every_item(list_path, **query)
        for item in read[list_path]:
            assert api.detail(detail_path, item, **query) == item
    return read


def test_a_generated_client_pages_through_every_list_and_reads_every_item(client, generated_models):
    call_command("load_seed_content", verbosity=0)
    api = GeneratedClient(client, generated_models, client.get("/api/v1/schema/").json())
    for query in [{}, {"lang": "ar"}, {"lang": "en"}]:
        read = read_everything(api, **query)
        assert all(read.values()), query
        # Everything the seeds publish, report-less events and link-less resources among them.
        assert len(read["/api/v1/cities/"]) == City.objects.listed().count()
        assert len(read["/api/v1/events/"]) == Event.objects.published().count()
        assert any(event.report is None for event in read["/api/v1/events/"])
        assert any(resource.link is None for resource in read["/api/v1/resources/"])


def test_the_generated_client_reads_items_with_everything_optional_left_out(
    client, generated_models
):
    """Every field that may be absent, absent: the description says null wherever it can be."""
    country = factories.CountryFactory(hub=None)
    draft = factories.CityFactory(country=country, status="draft")
    bare = factories.CityFactory(
        country=country, hub=None, joined_year=None, latitude=None, longitude=None, name_en=""
    )
    seat = factories.CouncilSeatFactory(
        council=factories.CouncilFactory(city=bare, founded_year=None), count=None
    )
    assert seat.count is None
    event = factories.EventFactory(hub=None, host_city=draft, summary_en="", summary_ar="")
    event.participating_cities.add(draft)
    factories.SpotlightFactory(city=draft)
    factories.TestimonialFactory(city=draft)
    factories.ResourceFactory(url="")
    api = GeneratedClient(client, generated_models, client.get("/api/v1/schema/").json())
    for query in [{}, {"lang": "ar"}, {"lang": "en"}]:
        read = read_everything(api, **query)
    (city,) = read["/api/v1/cities/"]
    assert (city.hub, city.joined, city.latitude, city.councils[0].seats[0].count) == (
        None,
        None,
        None,
        None,
    )
    (event,) = read["/api/v1/events/"]
    assert (event.hub, event.host_city, event.report, event.end_date) == (None, None, None, None)
    assert read["/api/v1/resources/"][0].link is None
    assert read["/api/v1/testimonials/"][0].city is None
