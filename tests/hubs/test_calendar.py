import datetime

import pytest

from hubs.feeds import calendar, escape_text, fold
from tests.factories import CityFactory, EventFactory, HubFactory
from tests.hubs.test_pages import url

pytestmark = pytest.mark.django_db

# Feeds carry upcoming events and those of the last year: test events sit inside that window.
RECENT = datetime.date.today() - datetime.timedelta(days=30)


def unfold(text):
    return text.replace("\r\n ", "")


def feed_text(response):
    """A feed's text, streamed when written afresh, whole when read back from the cache."""
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode("utf-8")


def test_escaping_of_backslash_comma_semicolon_and_newlines():
    assert escape_text("a\\b, c; d\ne\r\nf") == "a\\\\b\\, c\\; d\\ne\\nf"


def test_folding_at_75_octets_without_splitting_characters():
    line = "SUMMARY:" + "ورشة عمل إقليمية " * 20
    folded = fold(line)
    physical = folded.split("\r\n")
    assert len(physical) > 1
    assert all(len(part.encode("utf-8")) <= 75 for part in physical)
    assert all(part.startswith(" ") for part in physical[1:])
    assert unfold(folded) == line
    assert fold("SHORT:line") == "SHORT:line"


def test_feed_structure_and_all_day_dates(client):
    city = CityFactory(name_en="Durrës")
    event = EventFactory(
        title_en="Regional workshop, Durrës; day 1",
        start_date=RECENT,
        end_date=RECENT + datetime.timedelta(days=1),
        host_city=city,
        summary_en="Two days.\nEleven cities.",
    )
    response = client.get(url("hubs:calendar", "en"))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    body = feed_text(response)
    assert body.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
    assert body.endswith("END:VCALENDAR\r\n")
    assert "\n" not in body.replace("\r\n", "")  # CRLF only
    text = unfold(body)
    assert text.count("BEGIN:VEVENT") == text.count("END:VEVENT") == 1
    assert f"UID:event-{event.pk}@" in text
    assert "DTSTAMP:" in text
    assert f"DTSTART;VALUE=DATE:{RECENT:%Y%m%d}\r\n" in text
    end = RECENT + datetime.timedelta(days=2)
    assert f"DTEND;VALUE=DATE:{end:%Y%m%d}\r\n" in text  # exclusive end
    assert "SUMMARY:Regional workshop\\, Durrës\\; day 1\r\n" in text
    assert "DESCRIPTION:Two days.\\nEleven cities.\r\n" in text
    assert f"URL:http://127.0.0.1:8000/en/events/{event.slug}/\r\n" in text
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))


def test_one_day_event_ends_the_next_day():
    event = EventFactory(start_date=datetime.date(2023, 2, 15), end_date=None)
    text = unfold(calendar([event], "x"))
    assert "DTSTART;VALUE=DATE:20230215" in text
    assert "DTEND;VALUE=DATE:20230216" in text


def test_feed_language_follows_the_url(client):
    EventFactory(title_en="Roundtable", title_ar="طاولة مستديرة", start_date=RECENT)
    assert "SUMMARY:طاولة مستديرة" in feed_text(client.get(url("hubs:calendar", "ar")))
    assert "SUMMARY:Roundtable" in feed_text(client.get(url("hubs:calendar", "en")))


def test_hub_feed_has_only_that_hubs_published_events(client):
    balkans, mena = HubFactory(slug="western-balkans"), HubFactory(slug="mena")
    EventFactory(hub=balkans, title_en="Sarajevo workshop", start_date=RECENT)
    EventFactory(hub=mena, title_en="Amman workshop", start_date=RECENT)
    EventFactory(hub=balkans, title_en="Draft event", status="draft", start_date=RECENT)
    text = unfold(feed_text(client.get(url("hubs:hub_calendar", "en", slug="western-balkans"))))
    assert "Sarajevo workshop" in text
    assert "Amman workshop" not in text
    assert "Draft event" not in text
    assert text.count("BEGIN:VEVENT") == 1


def test_draft_hub_has_no_feed(client):
    HubFactory(slug="secret", status="draft")
    assert client.get(url("hubs:hub_calendar", "en", slug="secret")).status_code == 404


def test_feeds_are_linked_from_the_events_list_and_hub_page(client):
    hub = HubFactory(slug="western-balkans")
    assert url("hubs:calendar", "en") in feed_text(client.get(url("hubs:event_list", "en")))
    hub_html = feed_text(client.get(url("hubs:detail", "en", slug=hub.slug)))
    assert url("hubs:hub_calendar", "en", slug=hub.slug) in hub_html


def test_feeds_carry_upcoming_events_and_the_last_year_only(client):
    today = datetime.date.today()
    hub = HubFactory(slug="western-balkans")
    EventFactory(hub=hub, title_en="Next month", start_date=today + datetime.timedelta(days=30))
    EventFactory(hub=hub, title_en="Last spring", start_date=today - datetime.timedelta(days=300))
    # Began long ago but ended within the year: still recent.
    EventFactory(
        hub=hub,
        title_en="Long programme",
        start_date=today - datetime.timedelta(days=500),
        end_date=today - datetime.timedelta(days=100),
    )
    EventFactory(hub=hub, title_en="Two years ago", start_date=today - datetime.timedelta(days=730))
    for name, kwargs in (("hubs:calendar", {}), ("hubs:hub_calendar", {"slug": hub.slug})):
        text = unfold(feed_text(client.get(url(name, "en", **kwargs))))
        assert "Next month" in text and "Last spring" in text and "Long programme" in text
        assert "Two years ago" not in text


def test_feed_query_count_is_flat_and_the_feed_is_cached(
    client, settings, django_assert_num_queries
):
    settings.PAGE_CACHE_SECONDS = 0  # the feed's own cache, not the anonymous page cache
    hub = HubFactory(slug="western-balkans")
    EventFactory(hub=hub, start_date=RECENT, host_city=CityFactory())
    feed = url("hubs:hub_calendar", "en", slug=hub.slug)
    # The content version, the hub, its events with their host cities.
    with django_assert_num_queries(3):
        feed_text(client.get(feed))  # streamed: the events are read as it is sent
    EventFactory.create_batch(5, hub=hub, start_date=RECENT, host_city=CityFactory())
    with django_assert_num_queries(3):
        text = feed_text(client.get(feed))
    assert text.count("BEGIN:VEVENT") == 6
    with django_assert_num_queries(1):  # kept until content changes (the version is read)
        assert feed_text(client.get(feed)) == text
    EventFactory(hub=hub, start_date=RECENT, title_en="Added later")
    assert "Added later" in unfold(feed_text(client.get(feed)))
