"""The council comparison page and its CSV: rows, cells, filters, sorts, summary, query counts."""

import csv
import io
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from cities.models import City, Council, CouncilSeat
from infra.spreadsheets import defuse
from tests.factories import (
    CityFactory,
    CouncilFactory,
    CouncilSeatFactory,
    CountryFactory,
    HubFactory,
)

pytestmark = pytest.mark.django_db
Sector = CouncilSeat.Sector


def url(name="cities:councils", lang="en", query=""):
    with translation.override(lang):
        return reverse(name) + (f"?{query}" if query else "")


def seats(council, *sectors, count=1):
    for sector in sectors:
        CouncilSeatFactory(council=council, sector=sector, count=count)


@pytest.fixture
def councils():
    balkans = HubFactory(slug="western-balkans", name_en="Western Balkans")
    mena = HubFactory(slug="mena", name_en="Middle East and North Africa")
    albania = CountryFactory(iso_code="AL", name_en="Albania", name_ar="ألبانيا", hub=balkans)
    jordan = CountryFactory(iso_code="JO", name_en="Jordan", name_ar="الأردن", hub=mena)
    elbasan = CityFactory(slug="elbasan", name_en="Elbasan", name_ar="إلباسان", country=albania)
    elbasan.hub = balkans
    elbasan.save()
    first = CouncilFactory(city=elbasan, founded_year=2016)
    seats(first, Sector.POLICE, Sector.POLICE, Sector.HEALTH)
    # A second council's seats add up with the first under the same city.
    seats(CouncilFactory(city=elbasan, founded_year=2019), Sector.POLICE, Sector.YOUTH)
    # The sources name a role without its number of seats: "represented", never a number.
    seats(first, Sector.RELIGIOUS, count=None)
    irbid = CityFactory(slug="irbid", name_en="Irbid", name_ar="إربد", country=jordan, hub=mena)
    seats(CouncilFactory(city=irbid, founded_year=2021), Sector.POLICE)
    CityFactory(slug="no-council", name_en="Nocouncil", country=albania)
    hidden = CityFactory(slug="draft", name_en="Drafty", country=albania, status="draft")
    seats(CouncilFactory(city=hidden), Sector.MEDIA)
    former = CityFactory(
        slug="former",
        name_en="Formerly",
        country=albania,
        membership_status=City.MembershipStatus.FORMER,
    )
    seats(CouncilFactory(city=former), Sector.MEDIA)
    # An engaged city's prevention network whose make-up the sources do not give.
    brcko = CityFactory(
        slug="brcko",
        name_en="Brcko",
        country=albania,
        membership_status=City.MembershipStatus.ENGAGED,
    )
    CouncilFactory(
        city=brcko, name_en="Brcko network", kind=Council.Kind.PREVENTION_NETWORK, founded_year=None
    )


SEATED = ["police", "health", "youth", "religious"]  # the sectors of the listed cities' seats


def cells(row):
    return dict(zip(SEATED, row.cells, strict=True))


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_rows_are_member_and_engaged_cities_with_their_bodies_and_seats(client, councils, lang):
    response = client.get(url(lang=lang))
    assert response.status_code == 200
    rows = {city.slug: city for city in response.context["rows"]}
    # Issue 20: every council and prevention body with its city's status, not members only.
    assert sorted(rows) == ["brcko", "elbasan", "irbid"]
    assert [body.kind for body in rows["brcko"].bodies] == [Council.Kind.PREVENTION_NETWORK]
    # Only sectors some body seats get a column (media sits only on unlisted cities' councils).
    assert response.context["summary"]["sectors"] == SEATED
    elbasan = cells(rows["elbasan"])
    assert [elbasan[key] for key in ("police", "health", "youth")] == [3, 1, 1]
    assert cells(rows["irbid"])["health"] == 0
    assert elbasan["religious"] is None
    assert rows["elbasan"].first_founded == 2016
    assert rows["elbasan"].sector_count == 4
    html = response.content.decode()
    assert "Drafty" not in html and "Formerly" not in html and "Nocouncil" not in html
    headers = re.findall(r'<th scope="col">([^<]*)</th>', html)
    assert len(headers) == 4 + len(SEATED)  # city, bodies, first founded, sectors, SEATED
    assert ("Media" in headers) is False and ("وسائل الإعلام" in headers) is False
    assert '<th scope="col">' in html
    assert '<caption id="table-caption" class="visually-hidden">' in html
    assert 'aria-describedby="table-notes"' in html and 'id="table-notes"' in html


def test_summary_counts_councils_and_names_the_common_sectors(client, councils):
    summary = client.get(url()).context["summary"]
    assert summary["councils"] == 4
    assert [str(label) for label in summary["most_common"]] == ["Police"]
    assert summary["most_common_cities"] == 2
    assert {str(label) for label in summary["least_common"]} == {
        "Health",
        "Youth",
        "Religious communities",
    }
    assert "Media" in [str(label) for label in summary["unrepresented"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("hub=mena", ["irbid"]),
        ("country=AL", ["brcko", "elbasan"]),
        ("status=member", ["elbasan", "irbid"]),
        ("status=engaged", ["brcko"]),
        ("kind=prevention_network", ["brcko"]),
        ("kind=safety_council&status=member", ["elbasan", "irbid"]),
        ("sort=-founded", ["irbid", "elbasan", "brcko"]),
        ("sort=founded", ["elbasan", "irbid", "brcko"]),
        ("sort=sectors", ["brcko", "irbid", "elbasan"]),
        ("sort=-sectors", ["elbasan", "irbid", "brcko"]),
    ],
)
def test_filters_and_sorts_live_in_the_url(client, councils, query, expected):
    response = client.get(url(query=query))
    assert [city.slug for city in response.context["rows"]] == expected


@pytest.mark.parametrize(
    "query", ["hub=nope", "country=ZZ", "sort=drop", "status=former", "kind=nope"]
)
def test_bad_filters_get_a_400_in_the_visitors_language(client, councils, query):
    response = client.get(url(lang="ar", query=query))
    assert response.status_code == 400
    assert response.context["invalid_filters"]
    assert client.get(url("cities:councils_csv", query=query)).status_code == 400


def body(response):
    """A streamed download's text."""
    return b"".join(response.streaming_content).decode("utf-8")


def test_csv_is_the_filtered_table_with_a_bom_and_defused_cells(client, councils):
    response = client.get(url("cities:councils_csv", query="sort=-founded"))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="council-comparison-')
    text = body(response)
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:])))
    assert rows[0][:7] == [
        "City",
        "Country",
        "Regional hub",
        "Status in the network",
        "Councils and prevention bodies",
        "First body founded",
        "Sectors",
    ]
    assert rows[0][7:] == ["Police", "Health", "Youth", "Religious communities"]
    assert [row[0] for row in rows[1:]] == ["Irbid", "Elbasan", "Brcko"]
    elbasan = dict(zip(rows[0], rows[2], strict=True))
    assert (elbasan["Police"], elbasan["Health"], elbasan["Status in the network"]) == (
        "3",
        "1",
        "Member",
    )
    brcko = dict(zip(rows[0], rows[3], strict=True))
    assert brcko["Status in the network"] == "Engaged city"
    assert brcko["Councils and prevention bodies"] == "Brcko network (Local prevention network)"
    filtered = client.get(url("cities:councils_csv", query="hub=mena"))
    assert "Irbid" in body(filtered) and "Elbasan" not in body(filtered)
    # The file name says which filters made it.
    assert 'filename="council-comparison-hub-mena-' in filtered["Content-Disposition"]


def test_csv_in_arabic_has_arabic_names(client, councils):
    text = body(client.get(url("cities:councils_csv", lang="ar")))
    assert "إلباسان" in text and "الأردن" in text


def test_formula_characters_are_defused_in_one_place(client, councils):
    City.objects.filter(slug="irbid").update(name_en="=HYPERLINK(1)")
    text = body(client.get(url("cities:councils_csv")))
    assert "'=HYPERLINK(1)" in text
    assert defuse("+44 20 7946 0000") == "+44 20 7946 0000"
    assert defuse("@SUM(A1)") == "'@SUM(A1)"


def test_reachable_from_the_home_page_directory_and_city_page(client, councils):
    target = url()
    with translation.override("en"):
        pages = (reverse("home"), reverse("cities:list"), "/en/cities/elbasan/")
    for page in pages:
        assert target in client.get(page).content.decode(), page


def _queries(client, path):
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
        assert response.status_code == 200
        if response.streaming:
            body(response)  # a download's rows are read as it streams
    return len(context)


@pytest.mark.parametrize("name", ["cities:councils", "cities:councils_csv"])
def test_query_count_does_not_grow_with_cities(client, councils, name):
    before = _queries(client, url(name))
    albania = CountryFactory(iso_code="MK", name_en="North Macedonia")
    for index in range(6):
        city = CityFactory(slug=f"extra-{index}", country=albania, hub=HubFactory())
        seats(CouncilFactory(city=city), Sector.POLICE, Sector.EDUCATION)
    assert _queries(client, url(name)) == before


def test_directory_csv_is_the_filtered_list_with_a_bom(client, councils):
    response = client.get(url("cities:list_csv", query="country=AL&status=member&page=3"))
    assert response.status_code == 200
    assert response.streaming
    assert 'filename="member-cities-country-al-' in response["Content-Disposition"]
    text = body(response)
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:])))
    assert rows[0][:2] == ["City", "Country"]
    assert [row[0] for row in rows[1:]] == ["Elbasan", "Nocouncil"]
    # Issue 20: a status column, and a council column that does not call every body a
    # local safety council.
    assert rows[0][4:7] == [
        "Status in the network",
        "Year joined",
        "Has a council or prevention body",
    ]
    assert [row[4] for row in rows[1:]] == ["Member", "Member"]
    assert rows[1][6] == "Yes" and rows[2][6] == "No"
    assert rows[1][7].endswith("/en/cities/elbasan/")
    text = body(client.get(url("cities:list_csv", query="country=AL&status=engaged")))
    assert [[row[0], row[4]] for row in csv.reader(io.StringIO(text[1:]))][1:] == [
        ["Brcko", "Engaged city"]
    ]
    assert client.get(url("cities:list_csv", query="year=abc")).status_code == 400
    assert "Download this list as CSV" in client.get(url("cities:list")).content.decode()
