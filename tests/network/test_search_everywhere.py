"""Site search finds every kind of public content: cities by country and hub, people,
testimonials, spotlight bodies, councils, events and resources; drafts never.

Run on SQLite and on PostgreSQL (DATABASE_URL=postgres://…): the same cases must pass on both.
"""

import io
import re

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cities.models import City
from kernel.search_indexes import fill_search_text
from spotlights.models import Spotlight
from tests.factories import (
    CityFactory,
    CouncilFactory,
    CountryFactory,
    EventFactory,
    HubContactFactory,
    HubFactory,
    ResourceFactory,
    SpotlightAuthorFactory,
    SpotlightFactory,
    SpotlightSectionFactory,
    TestimonialFactory,
)

pytestmark = pytest.mark.django_db

QUOTE = "Young people are at the heart of this work, and we are working hard."


@pytest.fixture
def world():
    hub = HubFactory(slug="western-balkans", name_en="Western Balkans", name_ar="غرب البلقان")
    bosnia = CountryFactory(
        iso_code="BA", name_en="Bosnia and Herzegovina", name_ar="البوسنة والهرسك", hub=hub
    )
    albania = CountryFactory(iso_code="AL", name_en="Albania", name_ar="ألبانيا", hub=hub)
    brcko = CityFactory(slug="brcko", name_en="Brčko", name_ar="برتشكو", country=bosnia, hub=hub)
    elbasan = CityFactory(
        slug="elbasan",
        name_en="Elbasan",
        name_ar="إلباسان",
        country=albania,
        hub=hub,
        mayor_en="Gledian Llatja",
        mayor_ar="جليديان لاتجا",
    )
    TestimonialFactory(
        city=elbasan,
        quote_en=QUOTE,
        quote_ar="والشباب عنصر أساسي فيها، ونعمل بجد لإيصال أصواتهم.",
        person_en="Gledian Llatja",
        person_ar="جليديان لاتجا",
        role_en="Mayor of Elbasan, Albania",
        role_ar="رئيس بلدية إلباسان، ألبانيا",
    )
    spotlight = SpotlightFactory(
        slug="kumanovo-story", title_en="Building resilience together", city=brcko
    )
    SpotlightSectionFactory(
        spotlight=spotlight,
        heading_en="What's next?",
        body_en="<p>Mapping <strong>threats</strong> in schools.</p>",
        body_ar="<p>رسم خرائط للتهديدات في المدارس.</p>",
    )
    SpotlightAuthorFactory(spotlight=spotlight, name_en="Besim Dogani", name_ar="بسيم دوجاني")
    HubContactFactory(hub=hub, name_en="Ivana Žarković", role_en="Hub coordinator")
    CouncilFactory(
        city=elbasan,
        name_en="Local Safety Council of Elbasan",
        mandate_en="<p>A broad mandate to promote public safety.</p>",
    )
    EventFactory(
        slug="durres-workshop",
        title_en="Regional practitioners' workshop",
        body_en="<p>Held together with ICMA in Durrës.</p>",
        hub=hub,
    )
    ResourceFactory(slug="guide", title_en="Guide for mayors", summary_en="City-led prevention.")
    return {"hub": hub, "elbasan": elbasan, "brcko": brcko, "spotlight": spotlight}


@pytest.fixture
def drafts(world):
    """Unpublished content of every kind, all carrying the word "zephyr"."""
    bosnia = world["brcko"].country
    draft_city = CityFactory(
        slug="draft-city", name_en="Zephyr town", country=bosnia, mayor_en="Zephyr", status="draft"
    )
    CouncilFactory(city=draft_city, name_en="Zephyr council")
    TestimonialFactory(quote_en="Zephyr quote", status="draft")
    draft_spotlight = SpotlightFactory(title_en="Zephyr story", status="draft")
    SpotlightAuthorFactory(spotlight=draft_spotlight, name_en="Zephyr author")
    HubContactFactory(hub=HubFactory(status="draft", name_en="Zephyr hub"), name_en="Zephyr")
    EventFactory(title_en="Zephyr event", status="draft")
    ResourceFactory(title_en="Zephyr report", status="draft")
    return draft_city


def search(client, query, lang="en"):
    response = client.get(f"/{lang}/search/", {"q": query})
    assert response.status_code == 200
    return response


def group(response, key):
    return next(g for g in response.context["groups"] if g["key"] == key)


def counts(response):
    return {g["key"]: g["count"] for g in response.context["groups"] if g["count"]}


@pytest.mark.parametrize(
    ("query", "lang"), [("Bosnia", "en"), ("البوسنة", "ar"), ("herzegovina", "en")]
)
def test_cities_by_country_name_in_either_language(client, world, drafts, query, lang):
    cities = group(search(client, query, lang), "cities")
    assert [city.slug for city in cities["items"]] == ["brcko"]  # never the draft city
    assert cities["count"] == 1


@pytest.mark.parametrize("query", ["Western Balkans", "غرب البلقان", "balkans albania"])
def test_cities_by_hub_name_and_country_together(client, world, query):
    slugs = {city.slug for city in group(search(client, query), "cities")["items"]}
    assert slugs == ({"elbasan"} if "albania" in query else {"elbasan", "brcko"})


@pytest.mark.parametrize("query", ["Gledian Llatja", "llatja", "جليديان لاتجا"])
def test_a_mayors_name_finds_the_city_the_person_and_the_quote(client, world, query):
    response = search(client, query)
    assert [city.slug for city in group(response, "cities")["items"]] == ["elbasan"]
    people = group(response, "people")["items"]
    assert [(p.name, p.url) for p in people] == [("Gledian Llatja", "/en/cities/elbasan/")]
    assert [t.person for t in group(response, "testimonials")["items"]] == ["Gledian Llatja"]
    html = response.content.decode()
    assert QUOTE in html and 'href="/en/cities/elbasan/"' in html


@pytest.mark.parametrize(
    ("query", "lang"),
    [("at the heart of this work", "en"), ("ونعمل بجد", "ar"), ("Mayor of Elbasan", "en")],
)
def test_a_phrase_from_a_quote_or_role_finds_the_testimonial(client, world, query, lang):
    found = group(search(client, query, lang), "testimonials")
    assert found["count"] == 1
    assert found["items"][0].quote_en == QUOTE


@pytest.mark.parametrize(
    "query", ["threats in schools", "التهديدات في المدارس", "what's next", "Besim Dogani"]
)
def test_spotlight_sections_and_authors(client, world, query):
    found = group(search(client, query), "spotlights")
    assert [s.slug for s in found["items"]] == ["kumanovo-story"]


def test_markup_of_rich_text_is_not_searchable(client, world):
    assert group(search(client, "strong"), "spotlights")["count"] == 0


def test_spotlight_index_follows_its_sections_and_authors(world):
    spotlight = world["spotlight"]
    section = spotlight.sections.get()
    section.body_en = "<p>Sport for young people.</p>"
    section.save()
    spotlight.refresh_from_db()
    assert "sport for young people" in spotlight.search_text
    assert "threats" not in spotlight.search_text
    spotlight.authors.get().delete()
    spotlight.refresh_from_db()
    assert "dogani" not in spotlight.search_text
    assert "sport" in spotlight.search_text  # the rest is kept


@pytest.mark.parametrize(("query", "where"), [("zarkovic", "Western Balkans"), ("dogani", None)])
def test_hub_contacts_and_authors_are_people(client, world, query, where):
    (person,) = group(search(client, query), "people")["items"]
    if where:
        assert (person.role, person.place, person.url) == (
            "Hub coordinator",
            where,
            "/en/hubs/western-balkans/",
        )
    else:
        assert person.url == "/en/spotlights/kumanovo-story/"


def test_councils_by_name_mandate_and_city(client, world):
    for query in ("safety council", "public safety", "Elbasan"):
        found = group(search(client, query), "councils")
        assert [c.name for c in found["items"]] == ["Local Safety Council of Elbasan"], query
    html = search(client, "public safety").content.decode()
    assert re.search(r'href="/en/cities/elbasan/#council-\d+"', html)


def test_events_by_body_and_resources_by_summary(client, world):
    assert [e.slug for e in group(search(client, "ICMA durres"), "events")["items"]] == [
        "durres-workshop"
    ]
    response = search(client, "city-led prevention")
    assert [r.slug for r in group(response, "resources")["items"]] == ["guide"]
    assert 'href="https://example.org/report.pdf"' in response.content.decode()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_drafts_never_appear_not_even_in_counts(client, drafts, lang):
    response = search(client, "zephyr", lang)
    assert response.context["total"] == 0
    assert "Zephyr" not in response.content.decode()


def test_results_are_grouped_with_counts_and_jump_links(client, world):
    response = search(client, "Elbasan")
    assert counts(response) == {"cities": 1, "testimonials": 1, "councils": 1}
    assert response.context["total"] == 3
    html = response.content.decode()
    for key in ("cities", "testimonials", "councils"):
        assert f'href="#results-{key}"' in html and f'id="results-{key}"' in html
    assert 'href="#results-events"' not in html  # empty groups are not shown
    assert len(re.findall(r"<h1[\s>]", html)) == 1
    assert not response.cookies


@pytest.mark.parametrize(("lang", "message"), [("en", "Nothing matches"), ("ar", "لا شيء")])
def test_no_results_message_in_the_visitors_language(client, world, lang, message):
    response = search(client, "qqqqqq", lang)
    assert response.context["total"] == 0
    assert message in response.content.decode()


@pytest.mark.parametrize(
    "query", ["\x00", "%", "_", "(.*[", "' OR 1=1 --", "\\", "a" * 200, "ـــ", "\u200f", "🙂"]
)
def test_odd_queries_are_a_friendly_page_never_an_error(client, world, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200


def test_wildcards_are_literal(client, world):
    assert search(client, "%").context.get("total", 0) == 0
    assert search(client, "l_atja").context["total"] == 0


def test_query_count_does_not_grow_with_data(client, world):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            response = search(client, "city")
        return len(captured.captured_queries), response

    def add(count):
        for index in range(count):
            city = CityFactory(name_en=f"City {index}", mayor_en=f"City mayor {index}")
            TestimonialFactory(city=city, quote_en="Our city changed.")
            spotlight = SpotlightFactory(city=city)
            SpotlightAuthorFactory(spotlight=spotlight, name_en="City author")
            HubContactFactory(role_en="City liaison")
            CouncilFactory(city=city)
            EventFactory(title_en="City event")
            ResourceFactory(title_en="City report")

    add(1)
    small, _response = queries()
    add(12)
    large, response = queries()
    assert all(g["count"] >= 12 for g in response.context["groups"] if g["key"] != "hubs")
    assert large == small
    assert small <= 24  # the content version; two queries per kind of content (keys, rows); names


def test_migration_fill_indexes_like_the_models(world):
    """The data migrations fill search_text with the same function the models use."""
    spotlight = world["spotlight"]
    spotlight.refresh_from_db()
    expected = spotlight.search_text
    Spotlight.objects.filter(pk=spotlight.pk).update(search_text="")
    City.objects.update(search_text="")

    class Editor:
        connection = connection

    fill_search_text(
        apps,
        Editor,
        model="spotlights.Spotlight",
        fields=Spotlight.search_source_fields,
        related=Spotlight.search_related_fields,
    )
    fill_search_text(apps, Editor, model="cities.City", fields=City.search_source_fields)
    spotlight.refresh_from_db()
    assert spotlight.search_text == expected
    assert "llatja" in City.objects.get(slug="elbasan").search_text


SEED_QUERIES = [
    ("Bosnia", "en", "cities"),
    ("البوسنة", "ar", "cities"),
    ("Kosovo", "en", "cities"),
    ("Albania", "en", "cities"),
    ("Gledian Llatja", "en", "cities"),
    ("Gledian Llatja", "en", "testimonials"),
    ("جليديان لاتجا", "ar", "people"),
    ("whole-of-society approach", "en", "testimonials"),
    # The examples the empty search page gives.
    ("Elbasan", "en", "cities"),
    ("الباسان", "ar", "cities"),
    ("youth", "en", "spotlights"),
    ("social cohesion", "en", "spotlights"),
    ("الشباب", "ar", "spotlights"),
    ("التماسك الاجتماعي", "ar", "spotlights"),
]


def test_seed_content_answers_what_visitors_type(client):
    call_command("load_seed_content", stdout=io.StringIO())  # once: loading is the slow part
    found = {}  # one request per query: a repeat would come from the page cache
    for query, lang, _kind in SEED_QUERIES:
        if (query, lang) not in found:
            found[query, lang] = counts(search(client, query, lang))
    missed = [(query, kind) for query, lang, kind in SEED_QUERIES if kind not in found[query, lang]]
    assert missed == []


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_search_pages_own_examples_are_ones_that_find_something(client, lang):
    html = client.get(f"/{lang}/search/").content.decode()
    assert "hate speech" not in html and "خطاب الكراهية" not in html
