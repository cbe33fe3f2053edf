"""The member-city directory: filters, search, sort, pagination, bad input and query counts."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from cities.models import City
from tests.factories import CityFactory, CouncilFactory, CountryFactory, HubFactory

pytestmark = pytest.mark.django_db


def url(lang="en", **params):
    with translation.override(lang):
        base = reverse("cities:list")
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return f"{base}?{query}" if query else base


def names(response):
    return [city.name_en for city in response.context["object_list"]]


@pytest.fixture
def directory():
    balkans = HubFactory(slug="western-balkans", name_en="Western Balkans", name_ar="غرب البلقان")
    mena = HubFactory(slug="mena", name_en="Middle East and North Africa")
    albania = CountryFactory(iso_code="AL", name_en="Albania", name_ar="ألبانيا", hub=balkans)
    bosnia = CountryFactory(iso_code="BA", name_en="Bosnia and Herzegovina", hub=balkans)
    jordan = CountryFactory(iso_code="JO", name_en="Jordan", name_ar="الأردن", hub=mena)
    elbasan = CityFactory(
        slug="elbasan", name_en="Elbasan", name_ar="إلباسان", country=albania, joined_year=2016
    )
    CouncilFactory(city=elbasan)
    CityFactory(slug="brcko", name_en="Brčko", name_ar="برتشكو", country=bosnia, joined_year=2019)
    CityFactory(
        slug="irbid",
        name_en="Irbid",
        name_ar="إربد",
        country=jordan,
        kind=City.Kind.GOVERNORATE,
        joined_year=2022,
    )
    CityFactory(slug="draft-city", name_en="Hidden", country=albania, status="draft")
    CityFactory(
        slug="former",
        name_en="Former",
        country=albania,
        membership_status=City.MembershipStatus.FORMER,
    )
    return {"balkans": balkans, "mena": mena}


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_directory_lists_published_members_in_both_languages(client, directory, lang):
    response = client.get(url(lang))
    assert response.status_code == 200
    assert sorted(names(response)) == ["Brčko", "Elbasan", "Irbid"]
    html = response.content.decode()
    assert len(re.findall(r"<h1[\s>]", html)) == 1
    assert "Hidden" not in html and "Former" not in html
    assert not response.cookies
    assert "csrfmiddlewaretoken" not in html


def test_arabic_page_shows_arabic_names_and_labels(client, directory):
    html = client.get(url("ar")).content.decode()
    assert "إلباسان" in html and "ألبانيا" in html
    assert "المدن الأعضاء" in html  # the page title, translated


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"hub": "mena"}, ["Irbid"]),
        ({"hub": "western-balkans"}, ["Brčko", "Elbasan"]),
        ({"country": "AL"}, ["Elbasan"]),
        ({"kind": "governorate"}, ["Irbid"]),
        ({"year": "2019"}, ["Brčko"]),
        ({"council": "yes"}, ["Elbasan"]),
        ({"council": "no"}, ["Brčko", "Irbid"]),
        ({"hub": "western-balkans", "council": "no"}, ["Brčko"]),
    ],
)
def test_each_filter(client, directory, params, expected):
    response = client.get(url(**params))
    assert response.status_code == 200
    assert sorted(names(response)) == expected
    assert "Clear filters" in response.content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("الباسان", "Elbasan"),
        ("إلباسان", "Elbasan"),
        ("elbasan", "Elbasan"),
        ("Brcko", "Brčko"),
        ("BRČKO", "Brčko"),
        ("اربد", "Irbid"),
    ],
)
def test_name_search_matches_either_language_and_spelling(client, directory, query, expected):
    response = client.get(url(q=query))
    assert names(response) == [expected]


def test_search_finds_other_spellings(client, directory):
    CityFactory(slug="pristina", name_en="Prishtina", name_ar="بريشتينا", other_names="Priština")
    assert names(client.get(url(q="pristina"))) == ["Prishtina"]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("name", ["Brčko", "Elbasan", "Irbid"]),
        ("-joined", ["Irbid", "Brčko", "Elbasan"]),
        ("joined", ["Elbasan", "Brčko", "Irbid"]),
        ("country", ["Elbasan", "Brčko", "Irbid"]),
    ],
)
def test_sort(client, directory, sort, expected):
    assert names(client.get(url(sort=sort))) == expected


def test_sort_labels_are_translated(client, directory):
    html = client.get(url("ar")).content.decode()
    assert "الأحدث انضمامًا أولًا" in html


def test_empty_state_and_result_count(client, directory):
    response = client.get(url(q="nowhere"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "No city matches these filters." in html
    assert "0 cities" in html
    assert "3 cities" in client.get(url()).content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"year": "abc"},
        {"year": "1999"},
        {"hub": "nope"},
        {"kind": "zzz"},
        {"sort": "evil"},
        {"country": "ZZ"},
        {"council": "maybe"},
        {"q": "x" * 201},
    ],
)
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_malformed_filters_answer_400_with_the_errors(client, directory, params, lang):
    response = client.get(url(lang, **params))
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="error-summary"' in html
    assert 'class="errorlist"' in html
    if lang == "ar":
        assert "تعذّر تطبيق بعض عوامل التصفية" in html


@pytest.mark.parametrize("page", ["x", "99", "0"])
def test_bad_page_is_404(client, directory, page):
    assert client.get(url(page=page)).status_code == 404


def test_pagination_keeps_filters_and_marks_the_current_page(client):
    hub = HubFactory(slug="big")
    CityFactory.create_batch(30, hub=hub, country__hub=hub)
    html = client.get(url(hub="big")).content.decode()
    nav = re.search(r'<nav class="pagination".*?</nav>', html, re.S).group(0)
    assert 'aria-label="Pagination"' in nav
    assert 'rel="next" href="?hub=big&amp;page=2"' in nav
    assert 'aria-current="page"' in nav
    page2 = client.get(url(hub="big", page=2))
    assert len(page2.context["object_list"]) == 6
    assert 'rel="prev" href="?hub=big&amp;page=1"' in page2.content.decode()


def test_directory_shows_a_map_of_the_filtered_cities(client, directory):
    html = client.get(url(hub="mena")).content.decode()
    assert 'class="map"' in html
    map_html = re.search(r'<figure class="map".*?</figure>', html, re.S).group(0)
    assert "Irbid" in map_html and "Elbasan" not in map_html


def test_filter_form_is_get_without_csrf(client, directory):
    html = client.get(url()).content.decode()
    form = re.search(r'<form class="filters"[^>]*>', html).group(0)
    assert 'method="get"' in form
    for name in ("q", "hub", "country", "kind", "year", "council", "sort"):
        assert f'name="{name}"' in html


def make_cities(count):
    hub = HubFactory()
    country = CountryFactory(hub=hub)
    for index in range(count):
        city = CityFactory(country=country, hub=hub)
        if index % 2:
            CouncilFactory(city=city)


def queries_for(client, address):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(address)
    assert response.status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize("params", [{}, {"q": "city", "sort": "-joined"}, {"council": "yes"}])
def test_query_count_does_not_grow_with_data(client, params):
    make_cities(2)
    small = queries_for(client, url(**params))
    make_cities(40)
    large = queries_for(client, url(**params))
    assert small == large
    assert small <= 12


def test_engaged_cities_are_listed_filterable_and_counted_apart(client, directory):
    CityFactory(
        slug="durres",
        name_en="Durrës",
        name_ar="دوريس",
        country=CountryFactory(iso_code="ME"),
        membership_status=City.MembershipStatus.ENGAGED,
    )
    response = client.get(url())
    assert names(response) == ["Brčko", "Durrës", "Elbasan", "Irbid"]
    html = response.content.decode()
    assert "4 cities" in html and "3 members · 1 engaged city" in html
    card = html[html.index("Durrës</a>") :].split("</article>")[0]
    assert "Engaged city" in card and "Member since" not in card

    assert names(client.get(url(status="engaged"))) == ["Durrës"]
    assert names(client.get(url(status="member"))) == ["Brčko", "Elbasan", "Irbid"]
    assert "1 engaged city" in client.get(url(status="engaged")).content.decode()
    arabic = client.get(url("ar", status="engaged")).content.decode()
    assert "مدينة متعاونة" in arabic
    # A former member is not a status a visitor can list; bad input is a 400, not a 500.
    assert client.get(url(status="former")).status_code == 400
    assert client.get(url(status="nonsense")).status_code == 400


def test_city_page_says_what_its_status_is(client, directory):
    CityFactory(slug="pristina", name_en="Pristina", membership_status="engaged")
    html = client.get("/en/cities/pristina/").content.decode()
    assert "is not counted among its member cities" in html
    assert "do not say" not in html  # what it does, not what the sources lack
    member_page = client.get("/en/cities/elbasan/").content.decode()
    assert "Member of the Strong Cities Network" in member_page
