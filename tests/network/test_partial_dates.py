"""Partial dates: stored at their precision, shown at it in both languages, sorted, judged
upcoming or past on their whole period, and claimed no finer in feeds and structured data."""

import datetime
import json
import re

import pytest
from django.template import Context, Template
from django.utils import timezone, translation

from cities.models import City
from hubs.models import Event
from kernel.dates import DatePrecision, PartialDate, format_partial, infer_precision
from tests.factories import CityFactory, CouncilFactory, EventFactory, SpotlightFactory
from tests.hubs.test_pages import url
from tests.network.admin_helpers import NETWORK_EDITORS, change_form_data, make_staff

pytestmark = pytest.mark.django_db

DAY, MONTH, YEAR = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR
D = datetime.date


@pytest.mark.parametrize(
    ("start", "precision", "end", "english", "arabic"),
    [
        (D(2017, 9, 12), DAY, None, "12 September 2017", "12 سبتمبر 2017"),
        (D(2019, 9, 1), MONTH, None, "September 2019", "سبتمبر 2019"),
        (D(2017, 1, 1), YEAR, None, "2017", "2017"),
        (D(2017, 9, 12), DAY, D(2017, 9, 13), "12–13 September 2017", "12–13 سبتمبر 2017"),
        (
            D(2017, 9, 28),
            DAY,
            D(2017, 10, 2),
            "28 September – 2 October 2017",
            "28 سبتمبر – 2 أكتوبر 2017",
        ),
        (
            D(2017, 12, 30),
            DAY,
            D(2018, 1, 2),
            "30 December 2017 – 2 January 2018",
            "30 ديسمبر 2017 – 2 يناير 2018",
        ),
        (D(2023, 6, 1), MONTH, D(2023, 7, 1), "June – July 2023", "يونيو – يوليو 2023"),
        (
            D(2023, 12, 1),
            MONTH,
            D(2024, 1, 1),
            "December 2023 – January 2024",
            "ديسمبر 2023 – يناير 2024",
        ),
        (D(2016, 1, 1), YEAR, D(2017, 1, 1), "2016–2017", "2016–2017"),
    ],
)
def test_one_format_per_language_at_each_precision(start, precision, end, english, arabic):
    for language, expected in (("en", english), ("ar", arabic)):
        with translation.override(language):
            assert format_partial(start, precision, end) == expected
            assert str(PartialDate.of(start, precision, end)) == expected


def test_iso_at_precision_and_parsing():
    assert PartialDate.parse("2017").iso == "2017"
    assert PartialDate.parse("2019-09") == PartialDate(D(2019, 9, 1), MONTH)
    assert PartialDate.parse("2017-09-12").iso == "2017-09-12"
    assert PartialDate.of(D(2017, 9, 12), DAY, D(2017, 9, 13)).end_iso == "2017-09-13"
    assert PartialDate.of(D(2019, 2, 1), MONTH).last_day == D(2019, 2, 28)
    assert PartialDate.of(D(2020, 1, 1), YEAR).last_day == D(2020, 12, 31)
    assert PartialDate.of(None) is None


def test_precision_inferred_for_rows_nobody_dated_never_claims_a_placeholder_day():
    assert infer_precision(D(2017, 9, 12)) == DAY
    assert infer_precision(D(2019, 9, 1)) == MONTH
    assert infer_precision(D(2017, 1, 1)) == YEAR


def test_the_one_filter_takes_partial_dates_dates_and_nothing():
    template = Template(
        "{% load partial_dates %}[{{ a|partial_date }}|{{ b|partial_date }}|{{ c|partial_date }}]"
    )
    with translation.override("en"):
        text = template.render(
            Context({"a": PartialDate.parse("2019-09"), "b": D(2017, 9, 12), "c": None})
        )
    assert text == "[September 2019|12 September 2017|]"


def test_dates_are_stored_at_their_precision():
    event = EventFactory(start_date=D(2019, 9, 17), date_precision=MONTH)
    assert event.start_date == D(2019, 9, 1)
    event = EventFactory(start_date="2017-05-20", end_date="2018-03-02", date_precision=YEAR)
    assert (event.start_date, event.end_date) == (D(2017, 1, 1), D(2018, 1, 1))
    council = CouncilFactory(founded_on=D(2016, 4, 9), founded_precision=YEAR)
    assert (council.founded_on, council.founded_year) == (D(2016, 1, 1), 2016)


def test_a_city_year_and_date_stay_in_step():
    city = CityFactory(joined_year=2018)  # code that knows only the year
    assert (city.joined_on, city.joined_precision, city.joined.iso) == (D(2018, 1, 1), YEAR, "2018")
    city.joined_year = 2019
    city.save()
    assert city.joined.iso == "2019"
    city.joined_on, city.joined_precision = D(2020, 5, 14), MONTH
    city.save()
    assert (city.joined_year, city.joined.iso) == (2020, "2020-05")
    city.joined_on = None
    city.full_clean()  # a form that empties the date empties the year
    city.save()
    assert City.objects.get(pk=city.pk).joined_year is None


def test_timeline_puts_a_month_before_its_days_and_a_year_before_its_months():
    hub = EventFactory().hub
    Event.objects.all().delete()
    day = EventFactory(hub=hub, slug="a-day", start_date=D(2019, 9, 12))
    first = EventFactory(hub=hub, slug="b-first", start_date=D(2019, 9, 1))
    month = EventFactory(hub=hub, slug="c-month", start_date=D(2019, 9, 1), date_precision=MONTH)
    year = EventFactory(hub=hub, slug="d-year", start_date=D(2019, 1, 1), date_precision=YEAR)
    earlier = EventFactory(hub=hub, slug="e-earlier", start_date=D(2018, 12, 31))
    assert list(Event.objects.timeline()) == [earlier, year, month, first, day]
    assert list(Event.objects.all()) == [day, first, month, year, earlier]  # newest first


def test_a_month_event_is_upcoming_until_its_month_is_over():
    today = timezone.localdate()
    this_month = EventFactory(start_date=today.replace(day=1), date_precision=MONTH)
    this_year = EventFactory(start_date=today.replace(month=1, day=1), date_precision=YEAR)
    last_month = EventFactory(
        start_date=(today.replace(day=1) - datetime.timedelta(days=1)).replace(day=1),
        date_precision=MONTH,
    )
    yesterday = EventFactory(start_date=today - datetime.timedelta(days=1))
    upcoming, past = set(Event.objects.upcoming()), set(Event.objects.past())
    assert {this_month, this_year} <= upcoming and not {this_month, this_year} & past
    assert {last_month, yesterday} <= past and not {last_month, yesterday} & upcoming
    assert len(upcoming) + len(past) == Event.objects.count()


@pytest.mark.parametrize(
    ("language", "shown", "absent"),
    [("en", "September 2019", "1 September 2019"), ("ar", "سبتمبر 2019", "1 سبتمبر 2019")],
)
def test_pages_show_a_month_event_as_a_month(client, language, shown, absent):
    city = CityFactory(slug="kumanovo")
    event = EventFactory(
        start_date=D(2019, 9, 1), date_precision=MONTH, host_city=city, slug="cat-launch"
    )
    event.participating_cities.add(city)
    pages = [
        url("hubs:event_detail", language, slug=event.slug),
        url("hubs:event_list", language),
        url("hubs:detail", language, slug=event.hub.slug),
        url("cities:detail", language, slug=city.slug),
    ]
    for page in pages:
        html = client.get(page).content.decode()
        assert f'datetime="2019-09">{shown}</time>' in html, page
        assert absent not in html, page


def test_event_structured_data_claims_only_the_known_precision(client):
    event = EventFactory(start_date=D(2017, 1, 1), date_precision=YEAR)
    html = client.get(url("hubs:event_detail", "en", slug=event.slug)).content.decode()
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)[1]
    )
    event_data = (
        next(item for item in data["@graph"] if item["@type"] == "Event")
        if "@graph" in data
        else data
    )
    assert event_data["startDate"] == "2017"
    assert "endDate" not in event_data


def test_calendar_feed_leaves_out_events_without_a_day(client):
    next_year = timezone.localdate().year + 1
    hub = EventFactory(slug="dated", start_date=D(next_year, 9, 12)).hub
    EventFactory(
        hub=hub,
        slug="month-only",
        title_en="Month only",
        start_date=D(next_year, 10, 1),
        date_precision=MONTH,
    )
    text = client.get(url("hubs:calendar", "en")).getvalue().decode()  # streamed
    assert f"DTSTART;VALUE=DATE:{next_year}0912" in text
    assert "Month only" not in text and f"{next_year}1001" not in text


def test_a_spotlight_without_a_date_shows_none(client):
    undated = SpotlightFactory(date=None, title_en="Undated story")
    dated = SpotlightFactory(date=D(2021, 3, 1), date_precision=MONTH)
    html = client.get(url("spotlights:detail", "en", slug=undated.slug)).content.decode()
    header = html.split("<h1", 1)[0]
    assert "<time" not in header
    assert '"datePublished"' not in html
    listing = client.get(url("spotlights:list", "en")).content.decode()
    assert '<time datetime="2021-03">March 2021</time>' in listing
    assert listing.count("<time") == 1
    assert dated.dated.iso == "2021-03"


def test_city_card_and_page_say_member_since_at_precision(client):
    city = CityFactory(slug="joined-in-month", joined_on=D(2019, 9, 1), joined_precision=MONTH)
    page = client.get(url("cities:detail", "en", slug=city.slug)).content.decode()
    assert '<time datetime="2019-09">September 2019</time>' in page
    directory = client.get(url("cities:list", "ar")).content.decode()
    assert "عضو منذ سبتمبر 2019" in directory or "سبتمبر 2019" in directory


def test_admin_editor_chooses_the_precision_and_a_month_is_stored_as_its_first(client):
    client.force_login(make_staff("editor", NETWORK_EDITORS))
    event = EventFactory(start_date=D(2019, 9, 17))
    change = url("admin:hubs_event_change", "en", object_id=event.pk)
    response = client.get(change)
    html = response.content.decode()
    assert 'type="radio" name="date_precision"' in html
    assert "only the month, or only the year" in html
    with translation.override("ar"):
        arabic = client.get(
            url("admin:hubs_event_change", "ar", object_id=event.pk)
        ).content.decode()
    assert "الشهر" in arabic  # the help text and choices are translated
    data = change_form_data(response)
    data["date_precision"] = str(MONTH)
    assert client.post(change, data).status_code == 302
    event.refresh_from_db()
    assert (event.start_date, event.date_precision) == (D(2019, 9, 1), MONTH)
