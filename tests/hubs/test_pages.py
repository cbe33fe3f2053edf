import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from tests.factories import (
    CityFactory,
    CountryFactory,
    EventFactory,
    HubFactory,
    HubImpactFactory,
    TestimonialFactory,
)
from tests.hubs.data import build_hub, build_network
from tests.network.admin_helpers import NETWORK_EDITORS, make_staff

pytestmark = pytest.mark.django_db

LANGUAGES = ["ar", "en"]


def url(name, language, **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


@pytest.fixture
def staff(django_user_model):
    return make_staff("staff", NETWORK_EDITORS)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_renders_in_both_languages(client, language):
    hub = build_hub(3, slug="western-balkans")
    event = hub.events.first()
    pages = [
        url("hubs:list", language),
        url("hubs:detail", language, slug=hub.slug),
        url("hubs:event_list", language),
        url("hubs:event_detail", language, slug=event.slug),
        url("home", language),
        url("testimonials:list", language),
    ]
    for page in pages:
        response = client.get(page)
        assert response.status_code == 200, page
        html = response.content.decode()
        assert html.count("<h1") == 1, page
        assert f'lang="{language}"' in html
        assert not response.cookies, page
        assert "style=" not in html, page


def test_hub_page_shows_every_section(client):
    hub = build_hub(2, slug="western-balkans")
    html = client.get(url("hubs:detail", "en", slug=hub.slug)).content.decode()
    for anchor in (
        "introduction",
        "priorities",
        "impact",
        "testimonials",
        "about",
        "contacts",
        "events",
        "spotlights",
        "partners",
        "network",
    ):
        assert f'id="{anchor}"' in html
        assert f'href="#{anchor}"' in html
    assert 'aria-label="On this page"' in html
    city = hub.cities.order_by("slug").first()
    assert city.get_absolute_url() in html
    assert "mailto:contact0@example.org" in html
    assert reverse("hubs:hub_calendar", kwargs={"slug": hub.slug}) in html
    # Impact entries link to their city.
    impact = hub.impacts.first()
    assert f'<a href="{impact.city.get_absolute_url()}">{impact.city.name_en}</a>' in html


def test_hub_timeline_is_in_date_order(client):
    hub = HubFactory()
    late = EventFactory(hub=hub, title_en="Late", start_date="2023-06-01")
    early = EventFactory(hub=hub, title_en="Early", start_date="2017-09-12")
    html = client.get(url("hubs:detail", "en", slug=hub.slug)).content.decode()
    timeline = html[html.index('id="events"') :]
    assert timeline.index(early.title_en) < timeline.index(late.title_en)


def test_draft_hub_hidden_from_visitors_and_previewed_by_staff(client, staff):
    hub = HubFactory(status="draft")
    page = url("hubs:detail", "en", slug=hub.slug)
    assert client.get(page).status_code == 404
    assert hub.name_en not in client.get(url("hubs:list", "en")).content.decode()
    client.force_login(staff)
    response = client.get(page)
    assert response.status_code == 200
    assert "Draft — preview" in response.content.decode()


def test_draft_event_hidden_from_visitors_and_previewed_by_staff(client, staff):
    event = EventFactory(status="draft")
    page = url("hubs:event_detail", "en", slug=event.slug)
    assert client.get(page).status_code == 404
    assert event.title_en not in client.get(url("hubs:event_list", "en")).content.decode()
    client.force_login(staff)
    assert "Draft — preview" in client.get(page).content.decode()


def test_draft_content_does_not_leak_onto_a_hub_page(client):
    hub = HubFactory()
    draft_event = EventFactory(hub=hub, status="draft", title_en="Secret workshop")
    draft_city = CityFactory(hub=hub, status="draft", name_en="Hidden city")
    TestimonialFactory(city=CityFactory(hub=hub), status="draft", quote_en="Not yet public")
    html = client.get(url("hubs:detail", "en", slug=hub.slug)).content.decode()
    assert draft_event.title_en not in html
    assert draft_city.name_en not in html
    assert "Not yet public" not in html


@pytest.mark.parametrize("name", ["hubs:detail", "hubs:event_detail", "hubs:hub_calendar"])
def test_unknown_slugs_are_404(client, name):
    assert client.get(url(name, "en", slug="no-such-thing")).status_code == 404


def test_event_page_shows_dates_kind_hub_place_and_participants(client):
    hub = HubFactory(name_en="Western Balkans")
    durres = CityFactory(hub=hub, name_en="Durrës")
    elbasan = CityFactory(hub=hub, name_en="Elbasan")
    event = EventFactory(
        hub=hub,
        host_city=durres,
        kind="workshop",
        start_date="2017-09-12",
        end_date="2017-09-13",
        report_url="https://example.org/report.pdf",
        body_en="<p>Eleven cities met.</p>",
    )
    event.participating_cities.set([durres, elbasan])
    html = client.get(url("hubs:event_detail", "en", slug=event.slug)).content.decode()
    assert "12–13 September 2017" in html
    assert "Workshop" in html
    assert hub.get_absolute_url() in html
    assert elbasan.get_absolute_url() in html
    assert "https://example.org/report.pdf" in html
    assert "<p>Eleven cities met.</p>" in html
    assert 'aria-label="Breadcrumbs"' in html
    arabic = client.get(url("hubs:event_detail", "ar", slug=event.slug)).content.decode()
    assert "سبتمبر" in arabic


@pytest.mark.parametrize("size", [2, 25])
def test_query_counts_do_not_grow_with_data(client, django_assert_num_queries, size):
    """Every page costs the same number of queries with 2 or 25 of everything."""
    hubs = build_network(2, size)
    hub = hubs[0]
    event = hub.events.order_by("start_date").last()
    expected = {
        url("home", "en"): 9,
        url("hubs:list", "en"): 0,  # the hub cards are kept from the home page
        # 11, plus the map (2) and chart (1) until they are kept under the content version.
        url("hubs:detail", "en", slug=hub.slug): 14,
        # Lists read a page's keys, then its rows (kernel.listing.KeysFirstPaginator).
        url("hubs:event_list", "en"): 6,
        # One more for the hub choice; the years of the choice list are kept from the line above.
        url("hubs:event_list", "en") + f"?hub={hub.slug}&kind=workshop": 6,
        url("hubs:event_detail", "en", slug=event.slug): 2,
        url("testimonials:list", "en"): 4,
        # The second hub: the first one's page holds the same testimonials as the unfiltered
        # page at 25, whose drawing is kept (kernel.listing.PageRows): its rows are not read.
        url("testimonials:list", "en") + f"?hub={hubs[1].slug}": 5,
        url("hubs:calendar", "en"): 1,
        url("hubs:hub_calendar", "en", slug=hub.slug): 2,
    }
    for page, queries in expected.items():
        assert queries <= 14
        with django_assert_num_queries(queries + 1):  # and the content version
            response = client.get(page)
            assert response.status_code == 200, page
            if response.streaming:  # a feed reads its events as it is sent
                b"".join(response.streaming_content)


def test_detail_pages_are_publicly_cacheable_for_cookieless_visitors(client):
    hub = HubFactory()
    event = EventFactory(hub=hub)
    for page in (
        url("hubs:detail", "en", slug=hub.slug),
        url("hubs:event_detail", "en", slug=event.slug),
        url("hubs:event_list", "en"),
        url("home", "en"),
    ):
        response = client.get(page)
        assert "Cookie" not in response.get("Vary", ""), page
        assert response["Cache-Control"].startswith("public"), page


def test_hub_cards_count_published_member_cities(client):
    hub = HubFactory()
    CityFactory(hub=hub)
    CityFactory(hub=hub)
    CityFactory(hub=hub, status="draft")
    CityFactory(hub=hub, membership_status="former")
    html = client.get(url("hubs:list", "en")).content.decode()
    assert "2 member cities" in html


def test_priorities_name_their_workshop_once(client):
    hub = build_hub(3)
    html = client.get(url("hubs:detail", "en", slug=hub.slug)).content.decode()
    section = html[html.index('id="priorities"') : html.index('id="impact"')]
    workshop = hub.priorities.first().workshop
    assert section.count(workshop.get_absolute_url()) == 1
    assert section.count("<li>Address tensions between communities.</li>") == 3


def test_hub_page_weighs_the_same_with_many_events_testimonials_and_cities(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    hub = HubFactory(slug="big")
    country = CountryFactory(hub=hub, iso_code="AL")
    cities = CityFactory.create_batch(35, hub=hub, country=country, name_en="Member city")
    for day in range(1, 26):
        EventFactory(hub=hub, title_en=f"Event {day:02d}", start_date=f"2020-01-{day:02d}")
    for city in cities[:9]:
        TestimonialFactory(city=city)
    for city in cities:
        HubImpactFactory(hub=hub, city=city, text_en=f"Impact of {city.pk}")
    page = url("hubs:detail", "en", slug=hub.slug)
    response = client.get(page)
    html = response.content.decode()
    assert len(response.context["testimonials"]) == 6
    # The latest twenty, oldest first, and a word that the events list has the rest.
    timeline = [event.title_en for event in response.context["hub"].timeline]
    assert timeline == [f"Event {day:02d}" for day in range(6, 26)]
    assert "the events list below has them all" in html
    # 35 cities: one circle for their country, and the directory for the list.
    assert html.count("map__marker--cluster") == 1
    assert "map__key" not in html  # no numbered list of 35 cities
    assert f"/en/cities/?hub={hub.slug}" in html
    # One impact entry per city, all of them.
    assert all(f"Impact of {city.pk}" in html for city in cities)
    # The page's data, map, chart and impact list are kept under the content version (no
    # query but the content version the second time), and follow changes.
    with CaptureQueriesContext(connection) as first:
        client.get(page)
    assert len(first) == 1
    newcomer = CityFactory(hub=hub, country=country, joined_year=2011)
    HubImpactFactory(hub=hub, city=newcomer, text_en="The newcomer's impact")
    with CaptureQueriesContext(connection) as after_change:
        html = client.get(page).content.decode()
    assert 0 < len(after_change) <= 15
    assert ">36</text>" in html and "2011" in html
    assert "The newcomer&#x27;s impact" in html
