"""Property-based fuzzing (issue 13): whatever a visitor sends to a public page's fields and
query parameters, the answer is never a 500. Field names are read from each page's own forms."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import factories

pytestmark = pytest.mark.django_db

GET_PAGES = ["/en/cities/", "/ar/hubs/", "/en/events/", "/en/spotlights/", "/en/search/"]
POST_PAGES = ["/en/join/", "/ar/report-translation/?page=/ar/", "/en/contact/"]
EXTRA_NAMES = ["page", "q", "sort", "ct", "id", "lang"]

values = st.one_of(
    st.text(max_size=40),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.binary(max_size=20).map(lambda b: b.decode("latin-1")),
    st.sampled_from(["", "\x00", "%00", "../", "-1", "٣", "1e9999", "[]", "{}", "\r\n"]),
)


# What reverse proxies and clients put in the address headers, sane and not: behind nginx every
# request carries X-Forwarded-For, and the client may have sent its own before the proxy's.
address = st.one_of(
    st.ip_addresses().map(str),
    st.sampled_from(["unknown", "", " ", "1.2.3.4:5678", "[::1]", "300.1.1.1", "\x00", "a" * 300]),
    st.text(max_size=30),
)
proxy_headers = st.fixed_dictionaries(
    {},
    optional={
        "HTTP_X_FORWARDED_FOR": st.lists(address, max_size=4).map(", ".join),
        "HTTP_X_FORWARDED_PROTO": st.sampled_from(["https", "http", "", "gopher", "https, http"]),
        "HTTP_X_REAL_IP": address,
        "HTTP_FORWARDED": st.text(max_size=40),
    },
)


@pytest.fixture
def behind_proxy(settings):
    """The test client's own address is the trusted proxy, as nginx is in deploy/."""
    settings.RATE_LIMIT_TRUSTED_PROXIES = ["127.0.0.1"]


def field_names(html):
    names = set(re.findall(r'<(?:input|select|textarea)[^>]*\bname="([^"]+)"', html))
    return sorted(names - {"csrfmiddlewaretoken"}) + EXTRA_NAMES


def params(names):
    # Lists of values: a parameter may be repeated.
    return st.dictionaries(st.sampled_from(names), st.lists(values, min_size=1, max_size=3))


@pytest.fixture
def site(client):
    hub = factories.HubFactory()
    factories.CityFactory(hub=hub)
    factories.SpotlightFactory()
    names = {url: field_names(client.get(url).content.decode()) for url in GET_PAGES + POST_PAGES}
    for url in ("/en/cities/", "/en/join/"):  # the forms really were found
        assert len(names[url]) > len(EXTRA_NAMES) + 2, names[url]
    return names


FUZZ = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FUZZ
@given(data=st.data())
def test_public_pages_never_answer_500_to_query_parameters(client, site, behind_proxy, data):
    url = data.draw(st.sampled_from(GET_PAGES + POST_PAGES))
    query = data.draw(params(site[url]))
    headers = data.draw(proxy_headers)
    response = client.get(url.split("?")[0], query, **headers)
    assert response.status_code < 500, (url, query, headers)


@FUZZ
@given(data=st.data())
def test_public_forms_never_answer_500_to_posted_fields(client, site, behind_proxy, data):
    url = data.draw(st.sampled_from(POST_PAGES))
    fields = data.draw(params(site[url]))
    headers = data.draw(proxy_headers)
    response = client.post(url, fields, **headers)
    assert response.status_code < 500, (url, fields, headers)
