"""Canonical links, Open Graph and JSON-LD on the pages; JSON-LD is escaped data."""

import json
import re

import pytest
from django.template import Context, Template

from tests.factories import CityFactory, EventFactory, SpotlightAuthorFactory, SpotlightFactory

pytestmark = pytest.mark.django_db
SITE = "https://cities.example.org"


@pytest.fixture(autouse=True)
def _site(settings):
    settings.SITE_URL = SITE


def meta(html, prop):
    match = re.search(rf'<meta property="{re.escape(prop)}" content="([^"]*)">', html)
    return match.group(1) if match else None


def jsonld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


@pytest.mark.parametrize(
    ("lang", "locale", "other"), [("ar", "ar_AR", "en_GB"), ("en", "en_GB", "ar_AR")]
)
def test_list_pages_have_canonical_and_open_graph(client, lang, locale, other):
    for path in ("cities/", "spotlights/"):
        html = client.get(f"/{lang}/{path}?hub=&page=1").content.decode()
        assert f'<link rel="canonical" href="{SITE}/{lang}/{path}">' in html
        assert meta(html, "og:url") == f"{SITE}/{lang}/{path}"
        assert meta(html, "og:locale") == locale
        assert meta(html, "og:locale:alternate") == other
        assert meta(html, "og:type") == "website"
        assert meta(html, "og:title")


def test_spotlight_page_metadata(client):
    spotlight = SpotlightFactory(
        slug="elbasan",
        title_en="City Spotlight: Elbasan",
        summary_en="How Elbasan prevents extremism.",
    )
    SpotlightAuthorFactory(spotlight=spotlight)
    html = client.get("/en/spotlights/elbasan/").content.decode()
    assert '<meta name="description" content="How Elbasan prevents extremism.">' in html
    assert meta(html, "og:type") == "article"
    assert meta(html, "og:description") == "How Elbasan prevents extremism."
    [article] = jsonld(html)
    assert article["@type"] == "Article"
    assert article["headline"] == "City Spotlight: Elbasan"
    assert article["author"] == [{"@type": "Person", "name": "Besim Dogani"}]
    assert article["url"] == f"{SITE}/en/spotlights/elbasan/"
    assert article["inLanguage"] == "en"


def test_city_page_metadata(client):
    CityFactory(slug="elbasan", name_en="Elbasan", name_ar="إلباسان", country__iso_code="AL")
    html = client.get("/ar/cities/elbasan/").content.decode()
    assert f'<link rel="canonical" href="{SITE}/ar/cities/elbasan/">' in html
    [city] = jsonld(html)
    assert city["@type"] == "GovernmentOrganization"
    assert city["name"] == "إلباسان"
    assert city["areaServed"]["address"]["addressCountry"] == "AL"
    assert city["areaServed"]["geo"]["latitude"] == 42.0


def test_jsonld_cannot_break_out_of_its_script_element():
    title = '</script><script>alert("x")</script> & more'
    spotlight = SpotlightFactory(title_en=title, title_ar=title)
    html = Template("{% load seo %}{% jsonld_article spotlight %}").render(
        Context({"spotlight": spotlight})
    )
    assert html.count("</script>") == 1
    assert "\\u003C/script\\u003E" in html and "\\u0026" in html
    assert json.loads(re.search(r">(.*)</script>", html, re.S).group(1))["headline"].startswith(
        "</script>"
    )


def test_event_and_organisation_tags():
    event = EventFactory(title_en="Inaugural workshop", location_en="Sarajevo")
    html = Template("{% load seo %}{% jsonld_event event %}{% jsonld_organization %}").render(
        Context({"event": event})
    )
    event_data, organisation = jsonld(html)
    assert event_data["@type"] == "Event"
    assert event_data["startDate"] == "2023-02-15"
    assert event_data["location"] == {"@type": "Place", "name": "Sarajevo"}
    assert organisation["@type"] == "Organization"
    assert organisation["url"] == f"{SITE}/"


@pytest.mark.django_db
def test_every_page_type_has_canonical_and_open_graph(client):
    from django.core.management import call_command

    from hubs.models import Event, Hub

    call_command("load_seed_content", verbosity=0)
    event = Event.objects.published().first()
    hub = Hub.objects.published().first()
    for language in ("ar", "en"):
        for path in (
            "/",
            "/hubs/",
            f"/hubs/{hub.slug}/",
            "/events/",
            f"/events/{event.slug}/",
            "/testimonials/",
            "/cities/",
            "/spotlights/",
            "/join/",
        ):
            html = client.get(f"/{language}{path}").content.decode()
            assert html.count('rel="canonical"') == 1, (language, path)
            assert 'property="og:title"' in html, (language, path)
    assert '"@type": "Organization"' in client.get("/en/").content.decode()
    assert '"@type": "Event"' in client.get(f"/en/events/{event.slug}/").content.decode()
