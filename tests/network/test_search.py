"""Site search across cities, spotlights, events and hubs, in Arabic and Balkan spellings.

Run on SQLite and on PostgreSQL (DATABASE_URL=postgres://…): the same cases must pass on both.
"""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cities.filters import search_cities
from cities.models import City
from hubs.models import Event
from kernel.models import text_search
from tests.factories import CityFactory, EventFactory, HubFactory, SpotlightFactory, TopicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def content():
    hub = HubFactory(slug="western-balkans", name_en="Western Balkans", name_ar="غرب البلقان")
    elbasan = CityFactory(slug="elbasan", name_en="Elbasan", name_ar="إلباسان", hub=hub)
    brcko = CityFactory(slug="brcko", name_en="Brčko", name_ar="برتشكو", hub=hub)
    pristina = CityFactory(
        slug="pristina", name_en="Prishtina", name_ar="بريشتينا", other_names="Priština", hub=hub
    )
    youth = TopicFactory(slug="youth", name_en="Youth engagement", name_ar="إشراك الشباب")
    spotlight = SpotlightFactory(title_en="City Spotlight: Elbasan", city=elbasan)
    spotlight.topics.add(youth)
    EventFactory(
        title_en="Regional workshop in Elbasan", title_ar="ورشة إقليمية في إلباسان", hub=hub
    )
    CityFactory(slug="hidden", name_en="Elbasan draft", status="draft")
    return {"elbasan": elbasan, "brcko": brcko, "pristina": pristina}


def group(response, key):
    return next(g for g in response.context["groups"] if g["key"] == key)


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("الباسان", "elbasan"),
        ("إلباسان", "elbasan"),
        ("الْبَاسَان", "elbasan"),
        ("Brcko", "brcko"),
        ("brčko", "brcko"),
        ("pristina", "pristina"),
        ("Priština", "pristina"),
        ("بريشتينا", "pristina"),
    ],
)
def test_city_names_in_any_spelling(content, query, slug):
    found = text_search(City.objects.members(), query)
    assert [city.slug for city in found] == [slug]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_site_search_groups_results_with_counts(client, content, lang):
    response = client.get(f"/{lang}/search/", {"q": "الباسان"})
    assert response.status_code == 200
    assert [city.slug for city in group(response, "cities")["items"]] == ["elbasan"]
    assert group(response, "spotlights")["count"] == 1
    assert group(response, "events")["count"] == 1
    assert group(response, "hubs")["count"] == 0
    assert response.context["total"] == 3
    html = response.content.decode()
    assert "Elbasan draft" not in html
    assert len(re.findall(r"<h1[\s>]", html)) == 1
    assert not response.cookies


@pytest.mark.parametrize(("query", "lang"), [("youth", "en"), ("الشباب", "ar"), ("اشراك", "ar")])
def test_topic_search_in_both_languages(client, content, query, lang):
    response = client.get(f"/{lang}/search/", {"q": query})
    assert [s.title_en for s in group(response, "spotlights")["items"]] == [
        "City Spotlight: Elbasan"
    ]


def test_hub_search(client, content):
    response = client.get("/en/search/", {"q": "balkans"})
    assert [hub.slug for hub in group(response, "hubs")["items"]] == ["western-balkans"]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_empty_query_is_a_helpful_page(client, lang):
    response = client.get(f"/{lang}/search/")
    assert response.status_code == 200
    assert "groups" not in response.context
    assert f'href="/{lang}/cities/"' in response.content.decode()
    assert client.get(f"/{lang}/search/", {"q": "   "}).status_code == 200


def test_no_results_page(client, content):
    response = client.get("/en/search/", {"q": "qqqqqq"})
    assert response.status_code == 200
    assert response.context["total"] == 0
    assert "Nothing matches your search." in response.content.decode()


@pytest.mark.parametrize(("lang", "message"), [("en", "too long"), ("ar", "طويل")])
def test_too_long_query_is_400(client, lang, message):
    response = client.get(f"/{lang}/search/", {"q": "x" * 201})
    assert response.status_code == 400
    assert message in response.content.decode()


def test_query_is_escaped(client, content):
    html = client.get("/en/search/", {"q": '<script>alert("x")</script>'}).content.decode()
    assert '<script>alert("x")' not in html


def test_typos_in_city_names_match_on_postgresql_only(content):
    """pg_trgm forgives a typo in a name on PostgreSQL; SQLite only has the exact (normalised)
    match. Long texts (events) match by their words only: similarity over them is costly."""
    on_postgresql = connection.vendor == "postgresql"
    found = search_cities(City.objects.members(), "Elbasn")
    assert [city.slug for city in found] == (["elbasan"] if on_postgresql else [])
    assert not text_search(Event.objects.published(), "workshp elbasan").exists()


def test_query_count_does_not_grow(client):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/en/search/", {"q": "city"}).status_code == 200
        return len(captured.captured_queries)

    def add(count):
        for _index in range(count):
            spotlight = SpotlightFactory()
            spotlight.topics.add(TopicFactory())
            EventFactory(title_en="City event")

    add(1)
    small = queries()
    add(20)
    assert queries() == small
    # Ten kinds of content, each two queries (the keys, then the rows shown), plus topic,
    # country and hub names.
    assert small <= 23


def test_a_repeated_search_is_read_back_until_content_changes(client, content):
    def search():
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/en/search/", {"q": "elbasan"}, HTTP_COOKIE="sessionid=x")
        assert response.status_code == 200
        return response, len(queries)

    first, searched = search()
    again, read_back = search()  # a cookie: the page cache is bypassed, the results are kept
    assert read_back < searched and read_back <= 2
    assert [c.slug for c in group(again, "cities")["items"]] == ["elbasan"]
    CityFactory(slug="elbasan-new", name_en="Elbasan New", hub=content["elbasan"].hub)
    fresh, _count = search()
    assert {c.slug for c in group(fresh, "cities")["items"]} == {"elbasan", "elbasan-new"}


@pytest.mark.parametrize(
    ("lang", "notice"),
    [
        ("en", "No result has every word of your search. These results have some of them."),
        ("ar", "لا توجد نتيجة تحتوي على كل كلمات بحثك. هذه النتائج تحتوي على بعضها."),
    ],
)
def test_results_with_some_of_the_words_when_none_has_them_all(client, lang, notice):
    EventFactory(title_en="Roundtable on hate crime", title_ar="طاولة مستديرة حول جرائم الكراهية")
    response = client.get(f"/{lang}/search/", {"q": "hate speech"})
    assert response.context["some_words"] is True
    assert response.context["total"] == 1
    assert notice in response.content.decode()
    # Every word found: no notice.
    response = client.get(f"/{lang}/search/", {"q": "hate crime"})
    assert response.context["some_words"] is False and response.context["total"] == 1
    assert notice not in response.content.decode()


def test_a_group_stops_counting_past_the_limit(client, monkeypatch):
    from search import views as search

    monkeypatch.setattr(search, "COUNT_LIMIT", 2)
    for index in range(4):
        CityFactory(name_en=f"Lakeside {index}", slug=f"lakeside-{index}")
    response = client.get("/en/search/", {"q": "lakeside"})
    cities = next(group for group in response.context["groups"] if group["key"] == "cities")
    assert cities["count_label"] == "more than 2"
    assert len(cities["items"]) == 3  # the first of the 3 counted
    assert "More than 2 results for “lakeside”" in response.content.decode()
