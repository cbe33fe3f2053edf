"""A city's journey: built from its data and staff milestones, oldest first, at each date's
precision, without queries of its own; seeded journeys rest on the sources."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import translation

from cities import journey
from cities.membership import services
from cities.models import City, Milestone
from kernel.dates import DatePrecision
from network.seed import western_balkans
from tests.factories import (
    CityFactory,
    CouncilFactory,
    EventFactory,
    HubFactory,
    HubImpactFactory,
    MembershipApplicationFactory,
    MilestoneFactory,
    SpotlightFactory,
    TestimonialFactory,
)
from tests.hubs.test_pages import url
from tests.network.admin_helpers import NETWORK_EDITORS, change_form_data, make_staff

pytestmark = pytest.mark.django_db

D = datetime.date
DAY, MONTH, YEAR = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR


def titles(entries):
    return [(entry.when.iso, entry.title) for entry in entries]


def test_entries_from_the_data_and_milestones_oldest_first():
    city = CityFactory(slug="kumanovo", joined_on=D(2017, 3, 1), joined_precision=MONTH)
    team = CouncilFactory(
        city=city, name_en="Team", founded_on=D(2019, 9, 1), founded_precision=MONTH
    )
    council = CouncilFactory(city=city, name_en="Council", founded_on=None, founded_year=None)
    team.parent = council
    team.save()
    hosted = EventFactory(
        title_en="Launch", host_city=city, start_date=D(2019, 9, 1), date_precision=MONTH
    )
    attended = EventFactory(title_en="Workshop", start_date=D(2019, 1, 1), date_precision=YEAR)
    told = EventFactory(title_en="Summit", start_date=D(2018, 5, 4))
    milestone = MilestoneFactory(
        city=city,
        title_en="Mayor signs the memorandum",
        date=D(2018, 5, 4),
        date_precision=DAY,
        event=told,
    )
    undated = SpotlightFactory(city=city, title_en="Undated story", date=None)
    dated = SpotlightFactory(city=city, title_en="Dated story", date=D(2020, 2, 3))
    other = SpotlightFactory(title_en="About another city", date=D(2020, 2, 3))
    quote = TestimonialFactory(
        city=city, person_en="Mayor", date=D(2021, 1, 1), date_precision=YEAR
    )
    TestimonialFactory(city=city, person_en="Undated")
    with translation.override("en"):
        entries = journey.build(
            city,
            councils=[council, team],
            events=[hosted, attended, told],
            spotlights=[undated, dated, other],
            testimonials=list(city.testimonials.all()),
            milestones=[milestone],
        )
        assert titles(entries) == [
            ("2017-03", "Joined the Strong Cities Network"),
            ("2018-05-04", "Mayor signs the memorandum"),  # stands in for the Summit
            ("2019-09", "Team founded"),  # a council before an event on the same date
            ("2019-09", "Launch"),
            ("2019", "Workshop"),  # known only to its year: after the dated steps of 2019
            ("2020-02-03", "Dated story"),
            ("2021", "Mayor on the network"),
        ]
        assert entries[1].url == told.get_absolute_url()
        assert entries[2].text == "Works within Council." and entries[2].url.endswith(
            f"#council-{team.pk}"
        )
        assert entries[3].text == "Hosted by the city" and entries[4].text == "The city took part"
        assert entries[6].url == quote.get_absolute_url()


def test_hub_impact_and_the_approved_application_take_their_dates():
    city = CityFactory(joined_on=D(2024, 3, 5), joined_precision=DAY)
    hub = HubFactory(name_en="Western Balkans")
    HubImpactFactory(
        hub=hub, city=city, text_en="A council was set up", date=D(2023, 7, 1), date_precision=MONTH
    )
    HubImpactFactory(hub=hub, city=city, text_en="Undated: no place on a timeline", date=None)
    application = MembershipApplicationFactory(
        city=city,
        status="approved",
        decided_at=datetime.datetime(2024, 3, 5, 9, 30, tzinfo=datetime.UTC),
    )
    with translation.override("en"):
        entries = journey.build(city, impacts=list(city.impacts.all()), application=application)
    assert titles(entries) == [
        ("2023-07", "Impact noted by the Western Balkans hub"),
        ("2024-03-05", "Application to join the network approved"),  # before joining that day
        ("2024-03-05", "Joined the Strong Cities Network"),
    ]
    assert entries[0].text == "A council was set up"
    assert entries[0].url == f"/en/hubs/{hub.slug}/#impact"
    application.status = "declined"
    assert [e.rank for e in journey.build(city, application=application)] == [journey.JOINED]


def test_an_approval_shows_on_the_cached_city_page_at_once(client):
    city = CityFactory(slug="approved-town")
    application = MembershipApplicationFactory(city=city, status="under_review")
    page = url("cities:detail", "en", slug=city.slug)
    assert b"Application to join the network approved" not in client.get(page).content
    assert client.get(page)["X-Page-Cache"] == "hit"
    services.approve(application)
    response = client.get(page)
    assert b"Application to join the network approved" in response.content


def test_an_engaged_city_has_no_joining_entry():
    city = CityFactory(membership_status=City.MembershipStatus.ENGAGED, joined_year=2017)
    assert journey.build(city) == []


@pytest.mark.parametrize(
    ("language", "heading", "date"),
    [
        ("en", "Journey with the network", "September 2019"),
        ("ar", "المسيرة مع الشبكة", "سبتمبر 2019"),
    ],
)
def test_city_page_shows_the_journey_with_links(client, language, heading, date):
    city = CityFactory(slug="kumanovo-j")
    event = EventFactory(host_city=city, start_date=D(2019, 9, 1), date_precision=MONTH)
    draft = EventFactory(host_city=city, status="draft", title_en="Draft", title_ar="مسودة")
    MilestoneFactory(city=city, title_en="Team founded", title_ar="تأسيس الفريق", event=draft)
    html = client.get(url("cities:detail", language, slug=city.slug)).content.decode()
    section = html.split('id="journey"', 1)[1].split("</section>", 1)[0]
    assert heading in html
    assert f'<time datetime="2019-09">{date}</time>' in section
    assert f'href="{url("hubs:event_detail", language, slug=event.slug)}"' in section
    assert ("Team founded" if language == "en" else "تأسيس الفريق") in section
    assert draft.get_absolute_url() not in section  # a draft event is not linked


def test_city_admin_edits_milestones_inline_in_both_languages(client):
    client.force_login(make_staff("editor", NETWORK_EDITORS))
    city = CityFactory()
    change = url("admin:cities_city_change", "en", object_id=city.pk)
    response = client.get(change)
    html = response.content.decode()
    assert 'name="milestones-0-title_ar"' not in html and "milestones-TOTAL_FORMS" in html
    data = change_form_data(response)
    data.update(
        {
            "milestones-TOTAL_FORMS": "1",
            "milestones-0-date": "2019-09-17",
            "milestones-0-date_precision": str(MONTH),
            "milestones-0-kind": Milestone.Kind.COUNCIL,
            "milestones-0-title_en": "Community Action Team launched",
            "milestones-0-title_ar": "إطلاق فريق العمل المجتمعي",
            "milestones-0-order": "0",
        }
    )
    response = client.post(change, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    milestone = city.milestones.get()
    assert (milestone.date, milestone.title_ar) == (D(2019, 9, 1), "إطلاق فريق العمل المجتمعي")


@pytest.fixture
def seeded(db):
    call_command("load_seed_content", verbosity=0)


def test_seeded_journeys_have_at_least_three_entries_from_the_sources(client, seeded):
    expected = {
        # Seed 002: the workshop came "after the official launch" (بعد الإطلاق الرسمي); the
        # source gives it only a year, so it goes after the dated steps of 2019.
        "kumanovo": [
            ("2019-09", "Kumanovo Community Action Team founded"),
            ("2019-09", "Kumanovo Community Action Team launch and memorandum of understanding"),
            ("2019", "Four-day planning workshop for the Kumanovo Community Action Team"),
        ],
        "elbasan": [
            ("2016", "Elbasan Local Safety Council founded"),
            ("2017", "Joined the Strong Cities Network"),
            ("2019", "City exchange in Skopje and Gostivar"),
            ("2021", "City exchange in Elbasan"),
            (
                "2023-06",
                "Regional workshop on city-led approaches to empowering youth against extremism",
            ),
            # The September UN General Assembly, known here only to its year: after June.
            ("2023", "GCTF side event at the 78th UN General Assembly"),
        ],
        # The request followed the February workshop and preceded the July roundtable: staff
        # order within 2023 (year_order), seeded from seed 000.
        "danilovgrad": [
            ("2023-02", western_balkans.MILESTONES[0]["title"]["en"]),
            ("2023", western_balkans.MILESTONES[1]["title"]["en"]),
            ("2023-07", "Roundtable on local safety councils for Danilovgrad"),
        ],
    }
    for slug, entries in expected.items():
        response = client.get(url("cities:detail", "en", slug=slug))
        assert titles(response.context["journey"]) == entries, slug


def test_within_a_year_dated_steps_come_before_the_year_only_ones():
    city = CityFactory(membership_status=City.MembershipStatus.ENGAGED)
    launch = EventFactory(start_date=D(2019, 9, 1), date_precision=MONTH, title_en="Launch")
    workshop = EventFactory(start_date=D(2019, 1, 1), date_precision=YEAR, title_en="Workshop")
    earlier = EventFactory(start_date=D(2018, 1, 1), date_precision=YEAR, title_en="Earlier")
    with translation.override("en"):
        entries = journey.build(city, events=[workshop, launch, earlier])
    assert [entry.title for entry in entries] == ["Earlier", "Launch", "Workshop"]


def test_staff_order_within_a_year_comes_first():
    city = CityFactory(membership_status=City.MembershipStatus.ENGAGED)
    roundtable = EventFactory(
        start_date=D(2023, 7, 1), date_precision=MONTH, title_en="Roundtable", year_order=2
    )
    request = MilestoneFactory(
        city=city, date=D(2023, 1, 1), date_precision=YEAR, title_en="Request", year_order=1
    )
    workshop = MilestoneFactory(
        city=city, date=D(2023, 2, 1), date_precision=MONTH, title_en="Workshop"
    )
    with translation.override("en"):
        entries = journey.build(city, events=[roundtable], milestones=[request, workshop])
    assert [entry.title for entry in entries] == ["Workshop", "Request", "Roundtable"]
