"""A city's page: facts, councils by sector, events, spotlights, testimonials, impact."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cities.models import CouncilSeat
from tests.factories import (
    CityFactory,
    CouncilFactory,
    CouncilSeatFactory,
    EventFactory,
    HubFactory,
    HubImpactFactory,
    MilestoneFactory,
    SpotlightFactory,
    TestimonialFactory,
    TopicFactory,
)
from tests.network.admin_helpers import NETWORK_EDITORS, make_staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def elbasan():
    hub = HubFactory(slug="western-balkans", name_en="Western Balkans", name_ar="غرب البلقان")
    city = CityFactory(
        slug="elbasan",
        name_en="Elbasan",
        name_ar="إلباسان",
        country__iso_code="AL",
        country__name_en="Albania",
        country__name_ar="ألبانيا",
        hub=hub,
        joined_year=2016,
        population=141714,
        mayor_en="Gledian Llatja",
        mayor_ar="غليديان لاتيا",
        profile_en="<p>A city in central Albania.</p>",
        profile_ar="<p>مدينة في وسط ألبانيا.</p>",
    )
    council = CouncilFactory(city=city, name_en="Local Safety Council", founded_year=2016)
    CouncilSeatFactory(
        council=council, sector=CouncilSeat.Sector.POLICE, role_title_en="Police director"
    )
    CouncilSeatFactory(
        council=council, sector=CouncilSeat.Sector.HEALTH, role_title_en="Health director", count=1
    )
    CouncilSeatFactory(
        council=council,
        sector=CouncilSeat.Sector.HEALTH,
        role_title_en="Public health officer",
        count=2,
    )
    CouncilFactory(
        city=city, parent=council, name_en="Community Action Team", name_ar="فريق العمل المجتمعي"
    )
    return city


def test_city_page_shows_facts_and_profile(client, elbasan):
    response = client.get("/en/cities/elbasan/")
    assert response.status_code == 200
    html = response.content.decode()
    facts = re.search(r'<dl class="facts">.*?</dl>', html[html.index("<aside") :], re.S).group(0)
    for text in ("Albania", "Western Balkans", "Municipality", "2016", "141,714", "Gledian Llatja"):
        assert text in facts
    assert "A city in central Albania." in html
    assert len(re.findall(r"<h1[\s>]", html)) == 1
    assert not response.cookies


def test_city_page_in_arabic(client, elbasan):
    response = client.get("/ar/cities/elbasan/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "إلباسان" in html and "ألبانيا" in html and "مدينة في وسط ألبانيا." in html
    assert "حقائق أساسية" in html


def test_councils_grouped_by_sector_with_counts_and_parent(client, elbasan):
    html = client.get("/en/cities/elbasan/").content.decode()
    table = re.search(r'<table class="data-table">.*?</table>', html, re.S).group(0)
    rows = re.findall(r'<th scope="row">(.*?)</th><td>(.*?)</td><td>(.*?)</td>', table)
    # A role named without a number of seats is "represented", never a count of listed roles.
    assert rows == [
        ("Police", "represented", "<ul><li>Police director</li></ul>"),
        ("Health", "3", "<ul><li>Health director</li><li>Public health officer</li></ul>"),
    ]
    assert "Works within" in html and "Community Action Team" in html
    # The section holds an action team too, so its heading does not call them all safety councils.
    heading = re.search(r'<h2 class="section__title" id="councils-title">(.*?)</h2>', html).group(1)
    assert heading == "Local safety councils and prevention bodies"


def test_city_page_lists_related_content(client, elbasan):
    other = CityFactory(name_en="Kumanovo")
    hosted = EventFactory(title_en="Regional workshop in Elbasan", host_city=elbasan)
    joined = EventFactory(title_en="Roundtable")
    joined.participating_cities.add(elbasan)
    EventFactory(title_en="Draft event", host_city=elbasan, status="draft")
    SpotlightFactory(title_en="City Spotlight: Elbasan", city=elbasan)
    mentioning = SpotlightFactory(title_en="Story from Kumanovo", city=other)
    mentioning.mentioned_cities.add(elbasan)
    SpotlightFactory(title_en="Unrelated story", city=other)
    TestimonialFactory(quote_en="The council changed how we work.", city=elbasan)
    HubImpactFactory(hub=elbasan.hub, city=elbasan, text_en="Elbasan set up a council.")
    html = client.get("/en/cities/elbasan/").content.decode()
    for text in (
        hosted.title_en,
        "Roundtable",
        "City Spotlight: Elbasan",
        "Story from Kumanovo",
        "The council changed how we work.",
        "Elbasan set up a council.",
    ):
        assert text in html
    assert "Draft event" not in html and "Unrelated story" not in html
    assert f'href="/en/hubs/{elbasan.hub.slug}/#impact"' in html


def test_draft_city_is_hidden_from_visitors_and_previewed_by_staff(client, elbasan):
    draft = CityFactory(slug="draft", name_en="Draft town", status="draft")
    assert client.get("/en/cities/draft/").status_code == 404
    staff = make_staff("editor", NETWORK_EDITORS)
    client.force_login(staff)
    response = client.get("/en/cities/draft/")
    assert response.status_code == 200
    assert "Draft — preview" in response.content.decode()
    assert draft.name_en in response.content.decode()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_unknown_city_is_the_bilingual_404(client, lang):
    response = client.get(f"/{lang}/cities/nowhere/")
    assert response.status_code == 404
    assert f'<html lang="{lang}"' in response.content.decode()


def test_city_page_has_place_jsonld(client, elbasan):
    html = client.get("/en/cities/elbasan/").content.decode()
    assert '<script type="application/ld+json">' in html
    assert '"GovernmentOrganization"' in html


def add_related(city, count):
    for index in range(count):
        council = CouncilFactory(city=city)
        CouncilSeatFactory(council=council)
        CouncilSeatFactory(council=council, sector=CouncilSeat.Sector.HEALTH)
        event = EventFactory(host_city=city if index % 2 else None)
        event.participating_cities.add(city)
        spotlight = SpotlightFactory(city=city)
        spotlight.topics.add(TopicFactory())
        TestimonialFactory(city=city, date=datetime.date(2020, 5, 1), date_precision=2)
        HubImpactFactory(hub=city.hub, city=city)
        MilestoneFactory(city=city, event=event)
        MilestoneFactory(city=city)


def test_query_count_does_not_grow_with_data(client, elbasan):
    def count():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/en/cities/elbasan/").status_code == 200
        return len(captured.captured_queries)

    add_related(elbasan, 1)
    small = count()
    add_related(elbasan, 12)
    assert count() == small
    # Twelve and the content version, plus working out the city's peers (the related rows
    # above make it forget them), stored for the next visitor.
    assert small <= 26
