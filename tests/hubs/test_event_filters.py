import datetime

import pytest
from django.utils import timezone

from tests.factories import EventFactory, HubFactory
from tests.hubs.test_pages import url

pytestmark = pytest.mark.django_db


@pytest.fixture
def events():
    balkans = HubFactory(slug="western-balkans")
    mena = HubFactory(slug="mena")
    return {
        "durres": EventFactory(
            hub=balkans, kind="workshop", start_date="2017-09-12", title_en="Durres workshop"
        ),
        "roundtable": EventFactory(
            hub=balkans, kind="roundtable", start_date="2023-07-10", title_en="July roundtable"
        ),
        "amman": EventFactory(
            hub=mena, kind="workshop", start_date="2023-03-01", title_en="MENA inaugural"
        ),
    }


def titles(response):
    return [event.title_en for event in response.context["object_list"]]


def test_filter_by_hub(client, events):
    response = client.get(url("hubs:event_list", "en"), {"hub": "mena"})
    assert response.status_code == 200
    assert titles(response) == ["MENA inaugural"]


def test_filter_by_kind(client, events):
    response = client.get(url("hubs:event_list", "en"), {"kind": "roundtable"})
    assert titles(response) == ["July roundtable"]


def test_filter_by_year(client, events):
    response = client.get(url("hubs:event_list", "en"), {"year": "2023"})
    assert titles(response) == ["July roundtable", "MENA inaugural"]


def test_filters_combine_and_keep_their_values_in_the_form(client, events):
    response = client.get(
        url("hubs:event_list", "en"), {"hub": "western-balkans", "kind": "workshop", "year": "2017"}
    )
    assert titles(response) == ["Durres workshop"]
    html = response.content.decode()
    assert '<option value="western-balkans" selected>' in html
    assert "Clear the filters" in html


def test_empty_filter_values_mean_everything(client, events):
    response = client.get(url("hubs:event_list", "en"), {"hub": "", "kind": "", "year": ""})
    assert response.status_code == 200
    assert len(titles(response)) == 3


def test_no_match_shows_an_empty_state_with_a_way_back(client, events):
    response = client.get(url("hubs:event_list", "en"), {"hub": "mena", "kind": "roundtable"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "No events match these filters." in html
    assert f'href="{url("hubs:event_list", "en")}">Clear the filters' in html


def test_upcoming_and_past_are_separate_sections(client):
    today = timezone.localdate()
    EventFactory(title_en="Next month", start_date=today + datetime.timedelta(days=30))
    EventFactory(title_en="Last year", start_date=today - datetime.timedelta(days=365))
    response = client.get(url("hubs:event_list", "en"))
    assert [event.title_en for event in response.context["upcoming"]] == ["Next month"]
    assert titles(response) == ["Last year"]
    html = response.content.decode()
    assert html.index("Upcoming events") < html.index("Next month") < html.index("Past events")


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"year": "abc"}, "Select a valid choice"),
        ({"year": "1990"}, "Select a valid choice"),
        ({"hub": "atlantis"}, "Select a valid choice"),
        ({"kind": "picnic"}, "Select a valid choice"),
    ],
)
def test_malformed_filter_values_are_a_400_with_a_message(client, events, query, message):
    response = client.get(url("hubs:event_list", "en"), query)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "Some filter values are not valid" in html


def test_malformed_filter_message_is_in_arabic_on_arabic_pages(client, events):
    response = client.get(url("hubs:event_list", "ar"), {"year": "abc"})
    assert response.status_code == 400
    assert "بعض قيم التصفية غير صالحة" in response.content.decode()


@pytest.mark.parametrize(("page", "status"), [("999", 404), ("x", 404), ("2", 404)])
def test_bad_page_numbers_are_404_not_500(client, events, page, status):
    assert client.get(url("hubs:event_list", "en"), {"page": page}).status_code == status


def test_past_events_are_paginated_and_keep_the_filters(client):
    hub = HubFactory(slug="western-balkans")
    for day in range(1, 26):
        EventFactory(hub=hub, start_date=datetime.date(2019, 1, day))
    response = client.get(url("hubs:event_list", "en"), {"hub": "western-balkans"})
    assert len(response.context["object_list"]) == 20
    html = response.content.decode()
    assert 'rel="next"' in html
    assert "hub=western-balkans" in html.split('rel="next" href="')[1].split('"')[0]
    second = client.get(url("hubs:event_list", "en"), {"hub": "western-balkans", "page": 2})
    assert len(second.context["object_list"]) == 5


def test_a_few_upcoming_events_then_all_of_them_page_by_page(client):
    today = timezone.localdate()
    hub = HubFactory(slug="mena")
    for day in range(1, 9):
        EventFactory(hub=hub, title_en=f"Soon {day}", start_date=today + datetime.timedelta(day))
    EventFactory(hub=hub, title_en="Last year", start_date=today - datetime.timedelta(days=365))
    response = client.get(url("hubs:event_list", "en"), {"hub": "mena"})
    shown = [event.title_en for event in response.context["upcoming"]]
    assert shown == [f"Soon {day}" for day in range(1, 6)]
    assert titles(response) == ["Last year"]
    html = response.content.decode()
    assert "?hub=mena&amp;when=upcoming" in html and "All upcoming events" in html
    every = client.get(url("hubs:event_list", "en"), {"hub": "mena", "when": "upcoming"})
    assert every.status_code == 200
    assert titles(every) == [f"Soon {day}" for day in range(1, 9)]  # soonest first
    assert every.context["upcoming"] == []
    past = client.get(url("hubs:event_list", "en"), {"when": "past"})
    assert titles(past) == ["Last year"] and past.context["upcoming"] == []
    assert client.get(url("hubs:event_list", "en"), {"when": "soon"}).status_code == 400
