"""The network in numbers: every figure equals what the directory, hubs, council comparison and
events pages count for the same thing; constant queries; reachable in both languages."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cities.models import City, Council, CouncilSeat
from tests.factories import (
    CityFactory,
    CouncilFactory,
    CouncilSeatFactory,
    CountryFactory,
    EventFactory,
    HubFactory,
)

pytestmark = pytest.mark.django_db
Sector = CouncilSeat.Sector


@pytest.fixture
def network():
    balkans = HubFactory(slug="western-balkans", name_en="Western Balkans")
    mena = HubFactory(slug="mena", name_en="Middle East and North Africa")
    hidden = HubFactory(slug="hidden", status="draft")
    albania = CountryFactory(iso_code="AL", hub=balkans)
    jordan = CountryFactory(iso_code="JO", hub=mena)
    elbasan = CityFactory(slug="elbasan", country=albania, joined_year=2016)
    first = CouncilFactory(city=elbasan, founded_year=2016)
    for sector in (Sector.POLICE, Sector.HEALTH, Sector.POLICE):
        CouncilSeatFactory(council=first, sector=sector)
    CouncilSeatFactory(council=first, sector=Sector.RELIGIOUS, count=None)
    team = CouncilFactory(
        city=elbasan, parent=first, kind=Council.Kind.ACTION_TEAM, founded_year=None
    )
    CouncilSeatFactory(council=team, sector=Sector.YOUTH)
    irbid = CityFactory(slug="irbid", country=jordan, joined_year=2019)
    CouncilSeatFactory(council=CouncilFactory(city=irbid, founded_year=2021))
    CityFactory(slug="no-year", country=jordan, joined_year=None)
    CityFactory(slug="hubless", country=albania, hub=None, joined_year=2019)
    CityFactory(slug="in-hidden-hub", country=albania, hub=hidden, joined_year=2020)
    engaged = CityFactory(
        slug="brcko", country=albania, membership_status=City.MembershipStatus.ENGAGED
    )
    CouncilFactory(city=engaged, founded_year=2018)
    CityFactory(slug="former", country=albania, membership_status=City.MembershipStatus.FORMER)
    drafty = CityFactory(slug="drafty", country=albania, status="draft")
    CouncilSeatFactory(council=CouncilFactory(city=drafty), sector=Sector.MEDIA)
    EventFactory(hub=balkans, start_date=datetime.date(2017, 9, 12))
    EventFactory(hub=balkans, start_date=datetime.date(2023, 2, 15))
    EventFactory(hub=mena, start_date=datetime.date(2023, 3, 1))
    EventFactory(hub=mena, start_date=datetime.date.today() + datetime.timedelta(days=60))
    EventFactory(hub=mena, start_date=datetime.date(2020, 1, 1), status="draft")


@pytest.fixture
def numbers(client, network):
    response = client.get("/en/numbers/")
    assert response.status_code == 200
    return response.context


def test_city_counts_are_the_directorys(client, numbers):
    directory = client.get("/en/cities/").context
    assert numbers["figures"]["cities"] == directory["member_count"] == 5
    assert numbers["figures"]["engaged"] == directory["engaged_count"] == 1


def test_members_by_hub_are_the_hubs_pages_counts(client, numbers):
    listed = {hub.slug: hub.member_count for hub in client.get("/en/hubs/").context["hubs"]}
    assert {hub.slug: hub.member_count for hub in numbers["hubs"]} == listed
    for hub in numbers["hubs"]:
        # The hub page maps its member cities (aggregated in the database at scale), and its
        # engaged cities marked as such.
        mapped = client.get(f"/en/hubs/{hub.slug}/").context["map_cities"]
        assert mapped.filter(membership_status="member").count() == hub.member_count
    # One member has no hub and one is in an unpublished hub: counted apart, never lost.
    assert numbers["members_outside_hubs"] == 2
    total = sum(hub.member_count for hub in numbers["hubs"]) + numbers["members_outside_hubs"]
    assert total == numbers["figures"]["cities"]


def test_members_by_year_are_the_directorys_year_filter(client, numbers):
    chart = numbers["members_chart"]
    for year, values, total in chart.rows:
        directory = client.get("/en/cities/", {"year": year, "status": "member"}).context
        assert directory["result_count"] == total == values[0], year
    assert chart.members == numbers["figures"]["cities"]
    assert chart.unknown == 1


def chart_notes(html):
    return [" ".join(note.split()) for note in re.findall(r'class="chart__note">([^<]*)<', html)]


def test_each_chart_says_what_it_counts_and_what_it_leaves_out(client, network):
    """Issue 20: "all 4 member cities" right above "3 member cities' year not known", and the
    members' sentence under the councils and events charts."""
    notes = chart_notes(client.get("/en/numbers/").content.decode())
    assert notes == [
        "Member cities whose joining year is known: 4 of 5.",
        "The founding year is known for 3 of the 4 councils; the chart shows those.",
    ]
    html = client.get("/en/numbers/").content.decode()
    assert "is not known; they are not in the chart" not in html
    arabic = chart_notes(client.get("/ar/numbers/").content.decode())
    assert len(arabic) == 2 and all(re.search(r"[\u0600-\u06ff]", note) for note in arabic)


def test_councils_agree_with_the_home_page_and_the_comparison(client, numbers):
    home = client.get("/en/").context["figures"]
    assert numbers["councils_total"] == home["councils"] + home["other_councils"] == 4
    assert dict(numbers["councils_by_kind"]) == {
        "Local safety council": 3,
        "Community action team": 1,
    }
    founded = numbers["founded_chart"]
    assert {year: total for year, _values, total in founded.rows if total} == {
        2016: 1,
        2018: 1,
        2021: 1,
    }
    assert founded.members == numbers["councils_total"] and founded.unknown == 1
    comparison = client.get("/en/councils/?status=member").context
    assert numbers["member_cities_with_council"] == comparison["paginator"].count == 2
    # Per sector: the member cities whose row in the comparison has a seat (or "represented");
    # the comparison has a column only for the sectors some body seats.
    from_comparison = dict.fromkeys(Sector.labels, 0)
    for index, label in enumerate(comparison["sectors"]):
        from_comparison[label] = sum(1 for row in comparison["rows"] if row.cells[index] != 0)
    assert dict(numbers["sectors"]) == from_comparison
    assert dict(numbers["sectors"])["Police"] == 2
    assert dict(numbers["sectors"])["Religious communities"] == 1


def test_events_by_year_are_the_events_pages_year_filter(client, numbers):
    chart = numbers["events_chart"]
    for year, _values, total in chart.rows:
        page = client.get("/en/events/", {"year": year}).context if total else None
        if page is not None:
            assert len(page["upcoming"]) + page["paginator"].count == total, year
    assert numbers["events_total"] == chart.total == 4


def test_reachable_in_both_languages_from_home_and_footer(client, network):
    for lang in ("ar", "en"):
        home = client.get(f"/{lang}/").content.decode()
        assert home.count(f'href="/{lang}/numbers/"') >= 2  # figures section and footer
        page = client.get(f"/{lang}/numbers/")
        assert page.status_code == 200 and not page.cookies
    arabic = client.get("/ar/numbers/").content.decode()
    assert "<h1>الشبكة بالأرقام</h1>" in arabic


def test_query_count_does_not_grow_with_data(client, network):
    def count():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/en/numbers/").status_code == 200
        return len(captured)

    before = count()
    for index in range(6):
        hub = HubFactory()
        city = CityFactory(country=CountryFactory(hub=hub), joined_year=2010 + index)
        council = CouncilFactory(city=city, founded_year=2000 + index)
        CouncilSeatFactory(council=council, sector=Sector.MEDIA)
        EventFactory(hub=hub, start_date=datetime.date(2010 + index, 1, 1))
    assert count() == before
