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

PAGE_SIZE = 4  # small, so that every list with more items is read over several pages


@pytest.fixture
def seed_content(db, settings, monkeypatch):
    settings.PAGE_CACHE_SECONDS = 0
    # Hundreds of reads in a few seconds: a real client would wait for Retry-After.
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "1000000/minute"})
    call_command("load_seed_content", verbosity=0)


@pytest.fixture
def generated_models(client, seed_content, tmp_path):
    """The generated models, imported as a module of their own."""
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


def test_a_generated_client_pages_through_every_list_and_reads_every_item(client, generated_models):
    document = client.get("/api/v1/schema/").json()
    api = GeneratedClient(client, generated_models, document)
    list_paths = [path for path in document["paths"] if not path.endswith("}/")]
    for query in [{}, {"lang": "ar"}, {"lang": "en"}]:
        read = {}
        for list_path in list_paths:
            (detail_path,) = [p for p in document["paths"] if p.startswith(list_path) and "{" in p]
            items = api.every_item(list_path, **query)
            assert items, list_path
            for item in items:
                assert api.detail(detail_path, item, **query) == item
            read[list_path] = items
        # Everything the seeds publish, report-less events and link-less resources among them.
        assert len(read["/api/v1/cities/"]) == City.objects.listed().count()
        assert len(read["/api/v1/events/"]) == Event.objects.published().count()
        assert any(event.report is None for event in read["/api/v1/events/"])
        assert any(resource.link is None for resource in read["/api/v1/resources/"])
