"""The events list and hub pages always say what is coming up, even when nothing is."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import EventFactory, HubFactory
from tests.hubs.test_pages import url
from tests.network.test_pagecache import get

pytestmark = pytest.mark.django_db

NOTHING_SCHEDULED = {
    "en": "Nothing is scheduled at the moment.",
    "ar": "لا توجد فعاليات مقرّرة في الوقت الحالي.",
}
UPCOMING = {"en": "Upcoming events", "ar": "الفعاليات القادمة"}
PAST = {"en": "Past events", "ar": "الفعاليات السابقة"}


def days_from_today(days):
    return timezone.localdate() + datetime.timedelta(days=days)


def section(html, start, end=None):
    """The HTML from the element with id ``start`` up to the one with id ``end``."""
    begin = html.index(f'id="{start}"')
    return html[begin : html.index(f'id="{end}"', begin) if end else None]


@pytest.fixture
def hub():
    return HubFactory(slug="western-balkans")


@pytest.mark.parametrize("language", ["ar", "en"])
def test_events_list_says_nothing_is_scheduled_and_links_the_feed_and_past_events(
    client, hub, language
):
    EventFactory(hub=hub, title_en="Old workshop", start_date=days_from_today(-400))
    html = client.get(url("hubs:event_list", language)).content.decode()
    upcoming = section(html, "upcoming", "past")
    assert UPCOMING[language] in upcoming
    assert NOTHING_SCHEDULED[language] in upcoming
    assert f'href="{url("hubs:calendar", language)}"' in upcoming
    assert 'href="#past"' in upcoming
    assert PAST[language] in section(html, "past")


@pytest.mark.parametrize("language", ["ar", "en"])
def test_events_list_lists_upcoming_events_instead_of_the_message(client, hub, language):
    soon = EventFactory(hub=hub, start_date=days_from_today(20))
    running = EventFactory(hub=hub, start_date=days_from_today(-1), end_date=days_from_today(1))
    html = client.get(url("hubs:event_list", language)).content.decode()
    upcoming = section(html, "upcoming", "past")
    assert NOTHING_SCHEDULED[language] not in html
    assert upcoming.index(running.get_absolute_url()) < upcoming.index(soon.get_absolute_url())


def test_events_list_with_no_events_at_all_keeps_both_sections(client):
    html = client.get(url("hubs:event_list", "en")).content.decode()
    assert NOTHING_SCHEDULED["en"] in section(html, "upcoming", "past")
    # No link to an empty past section.
    assert 'href="#past"' not in html
    assert "No past events have been published yet." in section(html, "past")


def test_filtered_events_list_without_upcoming_matches_says_so(client, hub):
    EventFactory(hub=hub, kind="workshop", start_date=days_from_today(30))
    EventFactory(hub=hub, kind="roundtable", start_date=days_from_today(-30))
    html = client.get(url("hubs:event_list", "en"), {"kind": "roundtable"}).content.decode()
    assert "No upcoming events match these filters." in section(html, "upcoming", "past")
    assert NOTHING_SCHEDULED["en"] not in html


@pytest.mark.parametrize("language", ["ar", "en"])
def test_hub_page_without_upcoming_events_says_so_and_links_its_feed(client, hub, language):
    old = EventFactory(hub=hub, start_date=days_from_today(-400))
    html = client.get(url("hubs:detail", language, slug=hub.slug)).content.decode()
    events = section(html, "events", "network")
    upcoming = section(events, "upcoming-events", "past-events")
    assert UPCOMING[language] in upcoming
    assert NOTHING_SCHEDULED[language] in upcoming
    assert f'href="{url("hubs:hub_calendar", language, slug=hub.slug)}"' in upcoming
    assert old.get_absolute_url() in section(events, "past-events")


@pytest.mark.parametrize("language", ["ar", "en"])
def test_hub_page_lists_its_upcoming_events_apart_from_its_history(client, hub, language):
    old = EventFactory(hub=hub, start_date=days_from_today(-400))
    older = EventFactory(hub=hub, start_date=days_from_today(-800))
    soon = EventFactory(hub=hub, start_date=days_from_today(10))
    later = EventFactory(hub=hub, start_date=days_from_today(90))
    elsewhere = EventFactory(hub=HubFactory(), start_date=days_from_today(5))
    html = client.get(url("hubs:detail", language, slug=hub.slug)).content.decode()
    events = section(html, "events", "network")
    assert NOTHING_SCHEDULED[language] not in events
    upcoming = section(events, "upcoming-events", "past-events")
    past = section(events, "past-events")
    assert upcoming.index(soon.get_absolute_url()) < upcoming.index(later.get_absolute_url())
    assert old.get_absolute_url() not in upcoming
    # The hub's history reads oldest first.
    assert past.index(older.get_absolute_url()) < past.index(old.get_absolute_url())
    assert soon.get_absolute_url() not in past
    assert elsewhere.get_absolute_url() not in html


def test_hub_page_link_leads_to_a_list_showing_upcoming_and_past_events_of_the_hub(client, hub):
    soon = EventFactory(hub=hub, start_date=days_from_today(10))
    old = EventFactory(hub=hub, start_date=days_from_today(-400))
    other = EventFactory(hub=HubFactory(), start_date=days_from_today(12))
    html = client.get(url("hubs:detail", "en", slug=hub.slug)).content.decode()
    link = f"{url('hubs:event_list', 'en')}?hub={hub.slug}"
    assert f'<a href="{link}">Upcoming and past events of this hub, by kind and year</a>' in html
    target = client.get(link).content.decode()
    assert soon.get_absolute_url() in section(target, "upcoming", "past")
    assert old.get_absolute_url() in section(target, "past")
    assert other.get_absolute_url() not in target


def test_cached_events_page_is_rendered_afresh_after_midnight(client, hub):
    """An event that ends today is upcoming today and past tomorrow, with no write between."""
    event = EventFactory(hub=hub, start_date=timezone.localdate())
    first = get(client, url("hubs:event_list", "en"))
    assert event.get_absolute_url() in section(first.content.decode(), "upcoming", "past")
    assert get(client, url("hubs:event_list", "en"))["X-Page-Cache"] == "hit"
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("django.utils.timezone.now", lambda: tomorrow)
        page = get(client, url("hubs:event_list", "en"))
    assert page["X-Page-Cache"] == "miss"
    html = page.content.decode()
    assert NOTHING_SCHEDULED["en"] in section(html, "upcoming", "past")
    assert event.get_absolute_url() in section(html, "past")


def test_upcoming_is_judged_on_the_last_day_the_event_may_be_running(hub):
    from hubs.models import Event
    from kernel.dates import DatePrecision

    today = timezone.localdate()
    this_month = EventFactory(
        slug="this-month", start_date=today.replace(day=1), date_precision=DatePrecision.MONTH
    )
    running = EventFactory(
        slug="running", start_date=days_from_today(-2), end_date=days_from_today(1)
    )
    ended = EventFactory(slug="ended", start_date=days_from_today(-3), end_date=days_from_today(-1))
    # bulk_create skips save(): the queryset keeps the derived day right all the same.
    (bulk,) = Event.objects.bulk_create(
        [Event(slug="bulk", title="Bulk", start_date=days_from_today(5))]
    )
    assert bulk.last_day == days_from_today(5)
    assert this_month.last_day.month == today.month and this_month.last_day.day >= today.day
    assert set(Event.objects.upcoming().values_list("slug", flat=True)) == {
        "this-month",
        "running",
        "bulk",
    }
    assert list(Event.objects.past().values_list("slug", flat=True)) == [ended.slug]
    assert running.last_day == days_from_today(1)
