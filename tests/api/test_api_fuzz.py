"""Property-based fuzzing of the API's query strings: never a 500, and every answer is JSON."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from api.urls import router
from tests import factories
from tests.network.test_fuzz import FUZZ, behind_proxy, proxy_headers, values  # noqa: F401

pytestmark = pytest.mark.django_db


def parameter_names(viewset):
    """The endpoint's own filters (from its FilterSet), the general ones and a few strays."""
    filters = viewset.filterset_class.base_filters if viewset.filterset_class else {}
    return sorted({"lang", "page", "page_size", "format", "cursor", *filters})


ENDPOINTS = {
    f"/api/v1/{prefix}/": parameter_names(viewset) for prefix, viewset, _ in router.registry
}


@pytest.fixture
def content():
    city = factories.CityFactory()
    factories.CouncilSeatFactory(council=factories.CouncilFactory(city=city))
    factories.EventFactory(hub=city.hub, host_city=city)
    factories.SpotlightFactory(city=city)
    factories.TestimonialFactory(city=city)


@FUZZ
@given(data=st.data())
@pytest.mark.usefixtures("behind_proxy")
def test_api_never_answers_500_to_query_parameters(client, content, data):
    path = data.draw(st.sampled_from(sorted(ENDPOINTS)))
    query = data.draw(
        st.dictionaries(st.sampled_from(ENDPOINTS[path]), st.lists(values, min_size=1, max_size=3))
    )
    headers = data.draw(proxy_headers)
    response = client.get(path, query, **headers)
    assert response.status_code in (200, 400, 404), (path, query, headers, response.status_code)
    assert response["Content-Type"] == "application/json"
    if response.status_code != 200:
        assert response.json()["detail"]
