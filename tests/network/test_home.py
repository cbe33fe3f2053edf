import datetime

import pytest
from django.utils import timezone

from tests.factories import (
    CityFactory,
    CouncilFactory,
    CountryFactory,
    EventFactory,
    HubFactory,
    SpotlightFactory,
    TestimonialFactory,
)
from tests.hubs.test_pages import url

pytestmark = pytest.mark.django_db


def figure(html, label):
    """The number shown in the stat whose label is ``label``."""
    part = html.split(f'<dt class="stat__label">{label}</dt>')[1]
    return int(part.split('<dd class="stat__value">')[1].split("<")[0])


def test_key_figures_count_published_members_only(client):
    balkans = HubFactory()
    HubFactory(status="draft")
    albania = CountryFactory(hub=balkans)
    kosovo = CountryFactory(hub=balkans)
    elbasan = CityFactory(country=albania, hub=balkans)
    CityFactory(country=albania, hub=balkans)
    CityFactory(country=kosovo, hub=balkans)
    CityFactory(country=kosovo, hub=balkans, membership_status="former")
    CityFactory(country=kosovo, hub=balkans, status="draft")
    engaged = CityFactory(country=CountryFactory(hub=balkans), membership_status="engaged")
    CouncilFactory(city=elbasan)
    CouncilFactory(city=elbasan, kind="prevention_council")
    CouncilFactory(city=engaged, kind="action_team")
    html = client.get(url("home", "en")).content.decode()
    # Engaged cities are counted apart and never as members, nor their countries.
    assert figure(html, "Member cities with a profile here") == 3
    assert figure(html, "Engaged cities") == 1
    assert figure(html, "Countries with member cities") == 2
    # Councils are counted by kind so the label says what the number is.
    assert figure(html, "Local safety councils") == 1
    assert figure(html, "Other prevention councils, networks and teams") == 2
    assert figure(html, "Regional hubs") == 1


def test_home_shows_hubs_spotlights_events_testimonial_chart_and_invitation(client):
    hub = HubFactory(name_en="Western Balkans")
    city = CityFactory(hub=hub, joined_year=2016)
    spotlight = SpotlightFactory(city=city, title_en="City Spotlight: Elbasan")
    today = timezone.localdate()
    upcoming = EventFactory(hub=hub, start_date=today + datetime.timedelta(days=10))
    recent = EventFactory(hub=hub, start_date=today - datetime.timedelta(days=10))
    TestimonialFactory(city=city, featured=True, quote_en="The network changed how we work.")
    TestimonialFactory(city=city, featured=False, quote_en="Not featured.")
    html = client.get(url("home", "en")).content.decode()
    assert hub.get_absolute_url() in html
    assert spotlight.get_absolute_url() in html
    assert upcoming.get_absolute_url() in html and recent.get_absolute_url() in html
    assert html.index("Upcoming events") < html.index("Recent events")
    assert "The network changed how we work." in html
    assert "Not featured." not in html
    assert '<table class="data-table">' in html and '<th scope="row">2016</th>' in html
    assert "Is your city a Strong City?" in html
    assert "Membership is free." in html
    assert url("cities:join", "en") in html


def test_home_in_arabic_is_right_to_left(client):
    response = client.get(url("home", "ar"))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'dir="rtl"' in html
    assert "هل مدينتك مدينة قوية؟" in html


def test_empty_home_still_renders(client):
    response = client.get(url("home", "en"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Nothing is scheduled at the moment." in html
    assert url("hubs:calendar", "en") in html
    # No joining year known: no empty chart box for visitors.
    assert "A growing network" not in html and 'class="chart"' not in html
    assert "No joining dates recorded yet." not in html
