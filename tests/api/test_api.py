"""The open-data API: published content only, both languages, filters, errors, headers, queries."""

import datetime
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from rest_framework.throttling import AnonRateThrottle

from cities.models import City, CouncilSeat
from infra.pagecache import bump_content_version
from tests.factories import (
    CityFactory,
    CouncilFactory,
    CouncilSeatFactory,
    CountryFactory,
    EventFactory,
    HubFactory,
    ResourceFactory,
    SpotlightAuthorFactory,
    SpotlightFactory,
    TestimonialFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db
LISTS = ["hubs", "countries", "cities", "events", "spotlights", "testimonials", "resources"]


def api(name, **kwargs):
    return reverse(f"api:{name}", kwargs=kwargs or None)


def slugs(response):
    body = response.json()
    return [item["slug"] for item in body.get("results", body)]


@pytest.fixture
def network():
    balkans = HubFactory(slug="western-balkans", name_en="Western Balkans", name_ar="غرب البلقان")
    HubFactory(slug="hidden-hub", status="draft")
    albania = CountryFactory(iso_code="AL", name_en="Albania", name_ar="ألبانيا", hub=balkans)
    elbasan = CityFactory(
        slug="elbasan", name_en="Elbasan", name_ar="إلباسان", country=albania, joined_year=2017
    )
    council = CouncilFactory(city=elbasan, founded_year=2016)
    CouncilSeatFactory(council=council, sector=CouncilSeat.Sector.POLICE, count=2)
    CouncilSeatFactory(council=council, sector=CouncilSeat.Sector.RELIGIOUS, count=None)
    CityFactory(
        slug="brcko",
        name_en="Brcko",
        name_ar="برتشكو",
        country=albania,
        joined_year=None,
        membership_status=City.MembershipStatus.ENGAGED,
    )
    CityFactory(slug="former", country=albania, membership_status=City.MembershipStatus.FORMER)
    draft_city = CityFactory(slug="draft-city", country=albania, status="draft")
    event = EventFactory(slug="workshop", hub=balkans, host_city=draft_city)
    event.participating_cities.add(elbasan, draft_city)
    EventFactory(slug="draft-event", hub=balkans, status="draft")
    EventFactory(
        slug="scheduled",
        hub=balkans,
        published_at=timezone.now() + datetime.timedelta(days=3),
    )
    topic = TopicFactory(slug="youth")
    spotlight = SpotlightFactory(slug="elbasan-spotlight", city=elbasan)
    spotlight.topics.add(topic)
    SpotlightAuthorFactory(spotlight=spotlight)
    SpotlightFactory(slug="draft-spotlight", city=elbasan, status="draft")
    TestimonialFactory(city=elbasan, person_en="Gledian Llatja")
    TestimonialFactory(city=draft_city, person_en="About a draft city")
    TestimonialFactory(city=elbasan, person_en="Not yet", status="draft")
    resource = ResourceFactory(slug="assessment")
    resource.hubs.add(balkans)
    ResourceFactory(slug="draft-resource", status="draft")
    return {"elbasan": elbasan, "balkans": balkans}


def test_lists_hold_published_content_only(client, network):
    assert slugs(client.get(api("hubs-list"))) == ["western-balkans"]
    # The directory's cities: members and engaged, never former members or drafts; by name
    # in the default language (Arabic) unless ?lang= says otherwise.
    assert slugs(client.get(api("cities-list"))) == ["elbasan", "brcko"]
    assert slugs(client.get(api("cities-list"), {"lang": "en"})) == ["brcko", "elbasan"]
    assert slugs(client.get(api("events-list"))) == ["workshop"]
    assert slugs(client.get(api("spotlights-list"))) == ["elbasan-spotlight"]
    assert slugs(client.get(api("resources-list"))) == ["assessment"]
    people = [t["person"]["en"] for t in client.get(api("testimonials-list")).json()["results"]]
    assert sorted(people) == ["About a draft city", "Gledian Llatja"]
    for slug in ("draft-city", "no-such-city"):
        assert client.get(api("cities-detail", slug=slug)).status_code == 404
    assert client.get(api("events-detail", slug="draft-event")).status_code == 404
    assert client.get(api("events-detail", slug="scheduled")).status_code == 404
    assert client.get(api("hubs-detail", slug="hidden-hub")).status_code == 404
    # A former member's own page still exists, so its record does too.
    assert client.get(api("cities-detail", slug="former")).json()["status"] == "former"


def test_references_to_unpublished_items_are_null_or_left_out(client, network):
    event = client.get(api("events-detail", slug="workshop"), {"lang": "en"}).json()
    assert event["host_city"] is None
    assert event["participating_cities"] == [{"slug": "elbasan", "name": "Elbasan"}]
    testimonials = client.get(api("testimonials-list"), {"lang": "en"}).json()["results"]
    about_draft = next(t for t in testimonials if t["person"] == "About a draft city")
    assert about_draft["city"] is None
    body = str(client.get(api("cities-list")).json()) + str(client.get(api("hubs-list")).json())
    assert "draft-city" not in body and "hidden-hub" not in body


def test_translated_fields_in_both_languages_or_one(client, network):
    both = client.get(api("cities-detail", slug="elbasan")).json()
    assert both["name"] == {"ar": "إلباسان", "en": "Elbasan"}
    assert both["country"] == {"code": "AL", "name": {"ar": "ألبانيا", "en": "Albania"}}
    assert both["url"]["ar"].endswith("/ar/cities/elbasan/")
    assert both["url"]["en"].endswith("/en/cities/elbasan/")
    english = client.get(api("cities-detail", slug="elbasan"), {"lang": "en"})
    assert english.json()["name"] == "Elbasan"
    assert english.json()["url"].endswith("/en/cities/elbasan/")
    assert english["Content-Language"] == "en"
    arabic = client.get(api("cities-detail", slug="elbasan"), {"lang": "ar"}).json()
    assert arabic["name"] == "إلباسان" and arabic["hub"]["name"] == "غرب البلقان"
    # What is not written in a language is null there, and falls back with ?lang=.
    City.objects.filter(slug="elbasan").update(mayor_en="Gledian Llatja", mayor_ar="")
    again = client.get(api("cities-detail", slug="elbasan")).json()
    assert again["mayor"] == {"ar": None, "en": "Gledian Llatja"}
    assert client.get(api("cities-detail", slug="elbasan"), {"lang": "ar"}).json()["mayor"] == (
        "Gledian Llatja"
    )


def test_the_answer_depends_on_the_url_only(client, network):
    plain = client.get(api("cities-list"), HTTP_ACCEPT_LANGUAGE="ar").content
    assert client.get(api("cities-list"), HTTP_ACCEPT_LANGUAGE="en").content == plain
    sorted_ar = client.get(api("cities-list"), {"sort": "name"}, HTTP_ACCEPT_LANGUAGE="ar")
    sorted_en = client.get(api("cities-list"), {"sort": "name"}, HTTP_ACCEPT_LANGUAGE="en")
    assert sorted_ar.content == sorted_en.content


def test_councils_and_seats_with_unknown_counts_as_null(client, network):
    city = client.get(api("cities-detail", slug="elbasan"), {"lang": "en"}).json()
    (council,) = city["councils"]
    assert council["founded_year"] == 2016 and council["kind"] == "safety_council"
    assert [(s["sector"], s["count"]) for s in council["seats"]] == [
        ("police", 2),
        ("religious", None),
    ]
    assert council["seats"][0]["role"] == "Police director"


@pytest.mark.parametrize(
    "query",
    [
        "hub=western-balkans",
        "status=member",
        "status=engaged",
        "council=yes",
        "year=2017",
        "q=elbas",
        "country=AL&sort=-joined",
    ],
)
def test_city_filters_are_the_directorys(client, network, query):
    directory = client.get(reverse("cities:list") + "?" + query)
    assert directory.status_code == 200
    listed = sorted(city.slug for city in directory.context["object_list"])
    assert sorted(slugs(client.get(api("cities-list") + "?" + query))) == listed


def test_other_filters(client, network):
    assert slugs(client.get(api("events-list"), {"hub": "western-balkans", "year": "2023"})) == [
        "workshop"
    ]
    assert slugs(client.get(api("spotlights-list"), {"topic": "youth"})) == ["elbasan-spotlight"]
    assert slugs(client.get(api("resources-list"), {"hub": "western-balkans"})) == ["assessment"]
    countries = client.get(api("countries-list"), {"hub": "western-balkans"}).json()["results"]
    assert [country["code"] for country in countries] == ["AL"]
    assert client.get(api("countries-detail", code="al")).json()["code"] == "AL"


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("year=abc", "year"),
        ("hub=not a slug", "hub"),
        ("hub=", "hub"),
        ("kind=", "kind"),
        ("lang=", "lang"),
        ("page=", "page"),
        ("status=former", "status"),
        ("sort=bogus", "sort"),
        ("hubb=western-balkans", "hubb"),
        ("lang=fr", "lang"),
        ("page=abc", "page"),
        ("page=0", "page"),
        ("page_size=1000", "page_size"),
        ("format=api", "format"),
    ],
)
def test_bad_query_parameters_get_a_400_naming_them(client, network, query, parameter):
    response = client.get(api("cities-list") + "?" + query, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    body = response.json()
    assert body["detail"] == "Some query parameters are not valid; see “errors”."
    assert list(body["errors"]) == [parameter]
    assert body["errors"][parameter][0]


@pytest.mark.parametrize(
    ("name", "query", "parameter"),
    [
        ("cities-list", "hub=nowhere", "hub"),
        ("cities-list", "country=ZZ", "country"),
        ("spotlights-list", "topic=nothing-of-the-kind", "topic"),
        ("events-list", "year=1999", "year"),
    ],
)
def test_filters_naming_nothing_published_get_a_404_naming_them(
    client, network, name, query, parameter
):
    response = client.get(api(name) + "?" + query, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 404
    body = response.json()
    assert body["detail"] == "A filter names nothing published; see “errors”."
    assert list(body["errors"]) == [parameter]


def test_empty_values_are_refused_rather_than_read_as_any(client, network):
    response = client.get(api("events-list"), {"kind": "", "when": ""}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert response.json()["errors"] == dict.fromkeys(
        ["kind", "when"], ["Empty value. Leave the parameter out to mean “any”."]
    )


def test_error_messages_speak_the_clients_language(client, network):
    arabic = client.get(api("cities-list"), {"page": "abc", "lang": "ar"}).json()
    assert arabic["detail"] == "بعض معاملات الاستعلام غير صالحة؛ انظر “errors”."
    by_header = client.get(api("cities-list"), {"page": "abc"}, HTTP_ACCEPT_LANGUAGE="ar")
    assert by_header.json()["detail"] == arabic["detail"]
    english = client.get(api("cities-list"), {"page": "abc"}, HTTP_ACCEPT_LANGUAGE="en").json()
    assert english["errors"]["page"] == ["Give a whole number from 1 up."]


def test_not_found_and_read_only_answers_are_json(client, network):
    past_the_end = client.get(api("cities-list"), {"page": "9"}, HTTP_ACCEPT_LANGUAGE="en")
    assert past_the_end.status_code == 404
    assert past_the_end.json()["detail"] == "There is no page 9: the last page is 1."
    missing = client.get(api("cities-detail", slug="nowhere"), HTTP_ACCEPT_LANGUAGE="en")
    assert missing.json() == {"detail": "Nothing published has this identifier."}
    nowhere = client.get("/api/v1/nothing-here/", HTTP_ACCEPT_LANGUAGE="en")
    assert nowhere.status_code == 404 and nowhere["Content-Type"] == "application/json"
    assert "/api/v1/" in nowhere.json()["detail"]
    posted = client.post(api("cities-list"), {"name": "x"}, HTTP_ACCEPT_LANGUAGE="en")
    assert posted.status_code == 405
    assert "read-only" in posted.json()["detail"]
    # A method it does not serve is a 405 whatever the query string holds.
    traced = client.generic("TRACE", api("hubs-list") + "?page=1&page_size=5")
    assert traced.status_code == 405 and traced["Allow"] == "GET, HEAD, OPTIONS"
    # Any other address, a line break in it or an identifier of the wrong shape, is the API's
    # JSON 404 with its usual headers (the site's HTML page used to answer).
    for path in ["/api/v1/testimonials/a%0Ab/", "/api/v1/countries/%C2%84/"]:
        odd = client.get(path)
        assert odd.status_code == 404 and odd["Content-Type"] == "application/json", path
        assert odd["Link"].endswith('rel="license"')


def test_pages(client, network):
    first = client.get(api("cities-list"), {"page_size": "1"}).json()
    assert (first["count"], first["page"], first["pages"], first["previous"]) == (2, 1, 2, None)
    assert first["next"].endswith("/api/v1/cities/?page=2&page_size=1")
    second = client.get(first["next"]).json()
    assert [city["slug"] for city in second["results"]] == ["brcko"]


def test_no_cookies_and_cacheable_headers(client, network):
    response = client.get(api("cities-list"))
    assert response.status_code == 200
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")
    assert response["Cache-Control"] == "public, max-age=300"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert 'rel="license"' in response["Link"]
    assert response["Last-Modified"] and response["ETag"]
    again = client.get(api("cities-list"), HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304
    unchanged = client.get(api("cities-list"), HTTP_IF_MODIFIED_SINCE=response["Last-Modified"])
    assert unchanged.status_code == 304


def test_served_from_the_page_cache_until_content_changes(client, network):
    assert client.get(api("cities-list"))["X-Page-Cache"] == "miss"
    assert client.get(api("cities-list"))["X-Page-Cache"] == "hit"
    City.objects.filter(slug="brcko").update(status="draft")
    fresh = client.get(api("cities-list"))
    assert fresh["X-Page-Cache"] == "miss"
    assert slugs(fresh) == ["elbasan"]


def test_an_item_is_kept_for_clients_with_cookies_until_content_changes(client, network):
    """Past the page cache (a cookie), an item's answer is still kept under the content
    version; a 404 is not."""
    client.cookies["sessionid"] = "x"
    url = "/api/v1/cities/elbasan/"
    first = client.get(url).json()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).json() == first
    assert len(queries) == 1  # the content version
    City.objects.filter(slug="elbasan").update(name_en="Elbasan renamed")
    assert client.get(url).json()["name"]["en"] == "Elbasan renamed"
    assert client.get("/api/v1/cities/no-such-city/").status_code == 404


def test_anonymous_clients_are_rate_limited(client, network, monkeypatch, settings):
    settings.PAGE_CACHE_SECONDS = 0
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "2/minute"})
    for _ in range(2):
        assert client.get(api("hubs-list")).status_code == 200
    limited = client.get(api("hubs-list"), HTTP_ACCEPT_LANGUAGE="en")
    assert limited.status_code == 429
    assert int(limited["Retry-After"]) > 0
    assert limited.json()["detail"].startswith("Too many requests from your address")


@pytest.mark.parametrize("proxies", [[], ["127.0.0.1"]])
def test_requests_through_a_proxy_are_answered(client, network, settings, proxies):
    # Every reverse proxy adds X-Forwarded-For; DRF's throttle used to read the list of
    # trusted proxies as a count of them and answer 500.
    settings.PAGE_CACHE_SECONDS = 0
    settings.RATE_LIMIT_TRUSTED_PROXIES = proxies
    for url in [api("root"), api("schema"), *(api(f"{name}-list") for name in LISTS)]:
        response = client.get(url, HTTP_X_FORWARDED_FOR="203.0.113.5")
        assert response.status_code == 200, url


def test_the_rate_limit_counts_the_address_past_the_trusted_proxies(
    client, network, monkeypatch, settings
):
    settings.PAGE_CACHE_SECONDS = 0
    settings.RATE_LIMIT_TRUSTED_PROXIES = ["127.0.0.1"]  # the test client's REMOTE_ADDR
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "2/minute"})
    url = api("hubs-list")
    for _ in range(2):
        assert client.get(url, HTTP_X_FORWARDED_FOR="203.0.113.5").status_code == 200
    assert client.get(url, HTTP_X_FORWARDED_FOR="203.0.113.5").status_code == 429
    # Another visitor behind the same proxy has a count of their own; one who writes a
    # forged address in front of the proxy's is still counted under the real one.
    assert client.get(url, HTTP_X_FORWARDED_FOR="198.51.100.7").status_code == 200
    forged = "198.51.100.99, 203.0.113.5"
    assert client.get(url, HTTP_X_FORWARDED_FOR=forged).status_code == 429


@pytest.mark.parametrize("name", LISTS)
@pytest.mark.parametrize("lookup", ["%00", "elbasan%00", "x%00y", "%C0%80"])
def test_control_bytes_in_a_detail_address_are_not_found(client, network, name, lookup):
    # PostgreSQL refuses a NUL byte in a compared value: this used to answer 500 there.
    response = client.get(f"/api/v1/{name}/{lookup}/")
    assert response.status_code == 404
    assert response.json()["detail"]


def test_root_and_schema_describe_every_endpoint_and_the_licence(client, network, settings):
    root = client.get(api("root")).json()
    assert set(root["endpoints"]) == set(LISTS)
    assert root["licence"]["name"] == settings.API_DATA_LICENCE_NAME
    schema = client.get(root["schema"])
    assert schema.status_code == 200
    document = schema.json()
    assert document["openapi"].startswith("3.")
    assert document["info"]["license"]["url"] == settings.API_DATA_LICENCE_URL
    for name in LISTS:
        assert f"/api/v1/{name}/" in document["paths"]
    city_filters = {p["name"] for p in document["paths"]["/api/v1/cities/"]["get"]["parameters"]}
    assert {"hub", "country", "status", "kind", "year", "council", "q", "sort", "lang"} <= (
        city_filters
    )
    # In English unless asked otherwise, whatever the Accept-Language.
    assert client.get(root["schema"], HTTP_ACCEPT_LANGUAGE="ar").content == schema.content


def test_the_description_states_bounds_absent_values_and_every_answer(client, network):
    document = client.get(api("schema")).json()
    components = document["components"]["schemas"]
    assert components["Event"]["properties"]["report"]["nullable"] is True
    assert components["Resource"]["properties"]["link"]["nullable"] is True
    assert components["Error"]["required"] == ["detail"]
    for path, operations in document["paths"].items():
        operation = operations["get"]
        assert set(operation["responses"]) == {"200", "400", "404", "429"}, path
        assert "Retry-After" in operation["responses"]["429"]["headers"]
        parameters = {p["name"]: p["schema"] for p in operation["parameters"] if p["in"] == "query"}
        assert parameters["lang"]["enum"] == ["ar", "en"]
        for name, schema in parameters.items():
            if schema["type"] == "string" and "enum" not in schema and name != "lang":
                assert schema["minLength"] == 1, (path, name)
        if "page" in parameters:
            assert parameters["page"]["minimum"] == 1
            assert (parameters["page_size"]["minimum"], parameters["page_size"]["maximum"]) == (
                1,
                100,
            )
    cities = {
        p["name"]: p["schema"] for p in document["paths"]["/api/v1/cities/"]["get"]["parameters"]
    }
    assert (cities["year"]["minimum"], cities["year"]["maximum"]) == (2000, 2100)
    assert cities["q"]["maxLength"] == 200
    assert cities["hub"]["pattern"] and cities["country"]["pattern"] == "^[A-Z]{2}$"


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_docs_page_lists_the_endpoints_in_the_visitors_language(client, network, lang):
    response = client.get(f"/{lang}/api/")
    assert response.status_code == 200
    html = response.content.decode()
    for name in LISTS:
        assert f'href="/api/v1/{name}/"' in html
    assert 'rel="license"' in html and "<script" not in html.split("</main>")[0]
    assert not response.cookies
    heading = {"ar": "واجهة البيانات المفتوحة", "en": "Open data API"}[lang]
    assert f"<h1>{heading}</h1>" in html


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_docs_page_says_what_an_api_user_needs(client, network, lang):
    html = client.get(f"/{lang}/api/").content.decode()
    # The error shape shown is the API's own answer to a bad page number, in that language.
    refused = client.get(api("cities-list"), {"page": "0", "lang": lang}).json()
    shown = json.dumps(refused, ensure_ascii=False, indent=2)
    assert escape(shown) in html
    for code in ["400", "404", "405", "429", "Retry-After", "2019-09", "page_size", "next"]:
        assert code in html, code
    assert f'href="/{lang}/contact/"' in html  # how to ask for more requests
    words = {
        "ar": ["حدّ الطلبات", "التواريخ ودقّتها", "الصفحات", "اللغات", "الأخطاء"],
        "en": ["Rate limit", "Dates and their precision", "Pages", "Languages", "Errors"],
    }[lang]
    for heading in words:
        assert f">{heading}</h3>" in html, heading


def test_docs_page_is_linked_from_the_footer(client, network):
    for lang in ("ar", "en"):
        assert f'href="/{lang}/api/"' in client.get(f"/{lang}/").content.decode()


def _queries(client, path):
    with CaptureQueriesContext(connection) as context:
        assert client.get(path).status_code == 200
    return len(context)


def _more_content(hub, index):
    country = CountryFactory(hub=hub)
    city = CityFactory(slug=f"more-{index}", country=country, hub=hub)
    council = CouncilFactory(city=city)
    CouncilSeatFactory(council=council)
    CouncilSeatFactory(council=CouncilFactory(city=city, parent=council))
    event = EventFactory(hub=hub, host_city=city)
    event.participating_cities.add(city)
    spotlight = SpotlightFactory(city=city)
    spotlight.topics.add(TopicFactory())
    SpotlightAuthorFactory(spotlight=spotlight)
    TestimonialFactory(city=city)
    ResourceFactory().hubs.add(hub)


@pytest.mark.parametrize("name", LISTS)
def test_query_count_does_not_grow_with_data(client, network, settings, name):
    settings.PAGE_CACHE_SECONDS = 0
    path = api(f"{name}-list")
    before = _queries(client, path)
    for index in range(5):
        _more_content(HubFactory(), index)
    assert _queries(client, path) == before
    assert _queries(client, path + "?lang=en") == before


def test_dates_are_given_at_the_precision_the_source_gives(client, network):
    """A month-only event is "2019-09", a year-only joining "2017": never an invented day."""
    from kernel.dates import DatePrecision

    EventFactory(
        slug="launch",
        start_date=datetime.date(2019, 9, 1),
        date_precision=DatePrecision.MONTH,
    )
    EventFactory(
        slug="summit",
        start_date=datetime.date(2017, 9, 12),
        end_date=datetime.date(2017, 9, 13),
        date_precision=DatePrecision.DAY,
    )
    launch = client.get(api("events-detail", slug="launch")).json()
    assert (launch["start_date"], launch["end_date"]) == ("2019-09", None)
    summit = client.get(api("events-detail", slug="summit")).json()
    assert (summit["start_date"], summit["end_date"]) == ("2017-09-12", "2017-09-13")
    elbasan = client.get(api("cities-detail", slug="elbasan")).json()
    assert elbasan["joined"] == "2017" and elbasan["councils"][0]["founded"] == "2016"
    assert elbasan["joined_by"] is False
    brcko = client.get(api("cities-detail", slug="brcko")).json()
    assert brcko["joined"] is None
    # "A member by January 2016" (seed 001): the date is a bound, not the day it joined.
    City.objects.filter(slug="elbasan").update(joined_by=True)
    bump_content_version()
    assert client.get(api("cities-detail", slug="elbasan")).json()["joined_by"] is True
