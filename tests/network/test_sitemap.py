"""sitemap.xml is an index of per-section sitemaps, paginated and cached, which list every
public page in both languages with hreflang alternates."""

from xml.etree import ElementTree

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cities.models import City
from network.sitemaps import BilingualSitemap
from pages.models import Page
from tests.factories import CityFactory, EventFactory, HubFactory, SpotlightFactory

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
SITE = "http://127.0.0.1:8000"


def index(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    assert root.tag == f"{{{NS['s']}}}sitemapindex"
    return [entry.find("s:loc", NS).text for entry in root.findall("s:sitemap", NS)]


def sitemap(client):
    """Every section page of the index, merged into one ``<urlset>``."""
    merged = ElementTree.Element("urlset")
    for location in index(client):
        assert location.startswith(SITE + "/sitemap-")
        response = client.get(location.removeprefix(SITE))
        assert response.status_code == 200
        merged.extend(ElementTree.fromstring(response.content).findall("s:url", NS))
    return merged


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


def test_the_data_pages_and_the_published_standing_pages(client, content):
    """Issue 20: /numbers/, /councils/, /about/, /contact/, /privacy/, /accessibility/ and /api/
    were missing; a standing page is listed once staff publish it (until then it is a 404)."""
    for slug in ("about", "contact", "privacy"):
        Page.objects.create(slug=slug, title_en=slug, body_en="<p>Text</p>", status="published")
    Page.objects.create(slug="accessibility", title_en="Draft", status="draft")
    urls = locations(sitemap(client))
    for path in ("numbers/", "councils/", "api/", "about/", "contact/", "privacy/"):
        for lang in ("ar", "en"):
            assert f"{SITE}/{lang}/{path}" in urls, f"/{lang}/{path}"
            assert client.get(f"/{lang}/{path}").status_code == 200, path
    assert f"{SITE}/en/accessibility/" not in urls
    assert client.get("/en/accessibility/").status_code == 404


def test_no_drafts(client, content):
    text = ElementTree.tostring(sitemap(client), encoding="unicode")
    assert "elbasan-spotlight" in text
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


def test_sections_are_paginated(client, content, monkeypatch):
    monkeypatch.setattr(BilingualSitemap, "limit", 4)  # two cities a page, in two languages
    CityFactory.create_batch(4)
    if City.objects.published().count() % 2 == 0:
        CityFactory()  # an odd number: the last page holds one city
    published = City.objects.published().count()
    pages = [loc for loc in index(client) if "/sitemap-cities.xml" in loc]
    last = published // 2 + 1
    assert pages == [f"{SITE}/sitemap-cities.xml"] + [
        f"{SITE}/sitemap-cities.xml?p={page}" for page in range(2, last + 1)
    ]
    last_page = ElementTree.fromstring(client.get(f"/sitemap-cities.xml?p={last}").content)
    assert len(last_page.findall("s:url", NS)) == 2  # one city, in two languages
    cities = [loc for loc in locations(sitemap(client)) if "/cities/" in loc and "/ar/" in loc]
    # Every city once, plus the directory itself from the static pages.
    assert len(cities) == len(set(cities)) == published + 1
    assert client.get(f"/sitemap-cities.xml?p={last + 1}").status_code == 404
    assert client.get("/sitemap-cities.xml?p=x").status_code == 404
    assert client.get("/sitemap-nope.xml").status_code == 404


def test_query_count_does_not_grow(client, content, settings):
    settings.PAGE_CACHE_SECONDS = 0

    def queries(path):
        cache.clear()  # measure the rendering, not the cached copy
        with CaptureQueriesContext(connection) as captured:
            assert client.get(path).status_code == 200
        return len(captured.captured_queries)

    small = [queries(path) for path in ("/sitemap.xml", "/sitemap-cities.xml")]
    CityFactory.create_batch(10)
    SpotlightFactory.create_batch(5)
    assert [queries(path) for path in ("/sitemap.xml", "/sitemap-cities.xml")] == small


def test_index_and_sections_are_cached_until_content_changes(client, content):
    for path in ("/sitemap.xml", "/sitemap-cities.xml"):
        client.get(path)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(path).status_code == 200
        assert len(captured.captured_queries) == 1  # the content version
    CityFactory(slug="new-city")
    assert "new-city" in client.get("/sitemap-cities.xml").content.decode()
