"""sitemap.xml lists every public page in both languages with hreflang alternates."""

from xml.etree import ElementTree

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import CityFactory, EventFactory, HubFactory, SpotlightFactory

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
SITE = "http://127.0.0.1:8000"


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    return ElementTree.fromstring(response.content)


def locations(root):
    return {url.find("s:loc", NS).text: url for url in root.findall("s:url", NS)}


@pytest.fixture
def content(settings):
    settings.SITE_URL = SITE
    hub = HubFactory(slug="western-balkans")
    CityFactory(slug="elbasan", hub=hub)
    SpotlightFactory(slug="elbasan-spotlight")
    EventFactory(slug="sarajevo-workshop", hub=hub)
    CityFactory(slug="draft-city", status="draft")
    SpotlightFactory(slug="draft-spotlight", status="draft")


def test_every_public_page_in_both_languages(client, content):
    urls = locations(sitemap(client))
    for path in (
        "",
        "hubs/",
        "cities/",
        "spotlights/",
        "events/",
        "testimonials/",
        "join/",
        "hubs/western-balkans/",
        "cities/elbasan/",
        "spotlights/elbasan-spotlight/",
        "events/sarajevo-workshop/",
    ):
        for lang in ("ar", "en"):
            assert f"{SITE}/{lang}/{path}" in urls, f"/{lang}/{path}"


def test_no_drafts(client, content):
    text = client.get("/sitemap.xml").content.decode()
    assert "draft-city" not in text and "draft-spotlight" not in text


def test_hreflang_alternates_and_x_default(client, content):
    url = locations(sitemap(client))[f"{SITE}/en/cities/elbasan/"]
    alternates = {link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)}
    assert alternates == {
        "ar": f"{SITE}/ar/cities/elbasan/",
        "en": f"{SITE}/en/cities/elbasan/",
        "x-default": f"{SITE}/ar/cities/elbasan/",
    }
    home = locations(sitemap(client))[f"{SITE}/ar/"]
    home_default = [
        link for link in home.findall("x:link", NS) if link.get("hreflang") == "x-default"
    ]
    assert home_default[0].get("href") == f"{SITE}/"
    assert url.find("s:lastmod", NS) is not None


def test_query_count_does_not_grow(client, content):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            sitemap(client)
        return len(captured.captured_queries)

    small = queries()
    CityFactory.create_batch(10)
    SpotlightFactory.create_batch(5)
    assert queries() == small
