"""Peer cities ("cities facing similar challenges"): ranking, reasons, page, query counts."""

import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from cities import peers
from cities.models import City, Council, CouncilSeat, PeerLink, PeerList
from infra.pagecache import fragment_key
from library.models import Topic
from tests.factories import (
    CityFactory,
    CouncilFactory,
    CouncilSeatFactory,
    CountryFactory,
    EventFactory,
    HubFactory,
    SpotlightFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db
Sector = CouncilSeat.Sector


def council(city, *sectors, kind=Council.Kind.SAFETY_COUNCIL):
    body = CouncilFactory(city=city, kind=kind)
    for sector in sectors:
        CouncilSeatFactory(council=body, sector=sector)


def spotlight(city, *topics):
    SpotlightFactory(city=city).topics.add(*topics)


@pytest.fixture
def towns():
    """A hand-made network whose ranking is worked out in the test's comments."""
    balkans = HubFactory(slug="western-balkans", name_en="Western Balkans")
    mena = HubFactory(slug="mena", name_en="Middle East and North Africa")
    albania = CountryFactory(iso_code="AL", name_en="Albania", name_ar="ألبانيا", hub=balkans)
    macedonia = CountryFactory(iso_code="MK", name_en="North Macedonia", hub=balkans)
    jordan = CountryFactory(iso_code="JO", name_en="Jordan", hub=mena)
    youth = TopicFactory(slug="youth", name_en="Youth engagement", name_ar="إشراك الشباب")
    hate = TopicFactory(slug="hate", name_en="Hate speech")

    def town(slug, country, **kwargs):
        return CityFactory(slug=slug, name_en=slug.title(), country=country, **kwargs)

    subject = town("elbasan", albania, population=100_000)
    council(subject, Sector.POLICE, Sector.HEALTH, Sector.YOUTH)
    spotlight(subject, youth, hate)
    # Shares a topic (3), police and youth (2), the kind of council (2), the country (1) and a
    # population within a factor of two (1): 9.
    best = town("berat", albania, population=120_000)
    council(best, Sector.POLICE, Sector.YOUTH)
    spotlight(best, youth)
    # Three sectors (3) on another kind of body, same hub but not country (1): 4.
    town_c = town("kumanovo", macedonia, population=10_000)
    council(town_c, Sector.POLICE, Sector.HEALTH, Sector.YOUTH, kind=Council.Kind.ACTION_TEAM)
    # Only a topic in common (3), in another hub.
    spotlight(town("irbid", jordan), youth)
    # An event both took part in (2), the same country (1) and a similar population (1): 4,
    # tied with Kumanovo; Korce wins on the name.
    korce = town("korce", albania, population=70_000)
    EventFactory(host_city=subject).participating_cities.add(korce)
    # Same country and a similar population only: 2, short of the minimum of 3. Where a city
    # is says little about what it faces.
    town("durres", albania, population=90_000)
    # Alike in everything, but not members, drafts or former members: never peers.
    for slug, extra in [
        ("engaged", {"membership_status": City.MembershipStatus.ENGAGED}),
        ("former", {"membership_status": City.MembershipStatus.FORMER}),
        ("drafty", {"status": "draft"}),
    ]:
        twin = town(slug, albania, population=100_000, **extra)
        council(twin, Sector.POLICE, Sector.HEALTH, Sector.YOUTH)
        spotlight(twin, youth, hate)
    # Nothing in common: 0.
    town("tyre", CountryFactory(iso_code="LB", hub=None), hub=None)
    return subject


def test_ranking_follows_the_published_weights(towns):
    with translation.override("en"):
        found = peers.peers_for(towns)
    assert [(peer.slug, peer.peer_score) for peer in found] == [
        ("berat", 9),
        ("korce", 4),
        ("kumanovo", 4),
        ("irbid", 3),
    ]


def test_each_peer_says_why_in_the_visitors_language(towns):
    with translation.override("en"):
        best, korce, kumanovo, irbid = peers.peers_for(towns)
    assert best.peer_reasons == (
        "Spotlights on both cover Youth engagement. Both councils include Police and Youth. "
        "Both have the same kind of body: Local safety council. Both are in Albania. "
        "Similar populations (100,000 and 120,000)."
    )
    assert kumanovo.peer_reasons == (
        "Both councils include Police, Health and Youth. Both belong to the Western Balkans hub."
    )
    assert irbid.peer_reasons == "Spotlights on both cover Youth engagement."
    assert korce.peer_reasons == (
        "They took part in an event together. Both are in Albania. "
        "Similar populations (100,000 and 70,000)."
    )
    with translation.override("ar"):
        arabic = peers.peers_for(towns)[0].peer_reasons
    assert "إشراك الشباب" in arabic and "ألبانيا" in arabic and "Both" not in arabic


def test_an_engaged_city_gets_member_peers_too(towns):
    engaged = City.objects.get(slug="engaged")
    with translation.override("en"):
        found = [peer.slug for peer in peers.peers_for(engaged)]
    assert found[0] == "elbasan"
    assert not {"engaged", "former", "drafty"} & set(found)


def test_the_city_page_shows_its_peers(client, towns):
    html = client.get("/en/cities/elbasan/").content.decode()
    assert "Cities facing similar challenges" in html
    assert html.index('href="/en/cities/berat/"') < html.index('href="/en/cities/kumanovo/"')
    assert "Both councils include Police and Youth." in html
    assert 'href="/en/cities/durres/"' not in html
    arabic = client.get("/ar/cities/elbasan/").content.decode()
    assert "مدن تواجه تحديات مماثلة" in arabic and 'href="/ar/cities/berat/"' in arabic


def test_no_section_when_nothing_is_alike(client, towns):
    html = client.get("/en/cities/tyre/").content.decode()
    assert "Cities facing similar challenges" not in html


def test_peers_are_stored_and_forgotten_when_content_changes(towns, django_assert_num_queries):
    with translation.override("en"):
        peers.peers_for(towns)
        # This city's peers, kept: only the content version is read.
        with django_assert_num_queries(1):
            peers.peers_for(towns)
        cache.delete(fragment_key("peers", towns.pk, "en", peers.LIMIT))
        # The content version and the stored list: no scoring.
        with django_assert_num_queries(4):
            assert peers.peers_for(towns)
        assert PeerLink.objects.filter(owner__city=towns).count() == 4
        # Irbid's council changes: the lists naming Irbid are forgotten, and worked out anew.
        council(City.objects.get(slug="irbid"), Sector.POLICE, Sector.HEALTH)
        assert not PeerList.objects.filter(city=towns).exists()
        found = [(peer.slug, peer.peer_score) for peer in peers.peers_for(towns)]
        assert ("irbid", 3 + 2 + 2) in found  # the kind of council, police and health
        # A newcomer reaches existing lists when they are worked out again.
        newcomer = CityFactory(slug="newcomer", country=towns.country, population=100_000)
        spotlight(newcomer, Topic.objects.get(slug="youth"))  # 3 + 1 + 1
        call_command("compute_peers", stdout=io.StringIO())
        assert "newcomer" in [peer.slug for peer in peers.peers_for(towns)]


def test_elbasan_gets_peers_from_the_seed_content():
    call_command("load_seed_content", verbosity=0)
    elbasan = City.objects.get(slug="elbasan")
    with translation.override("en"):
        found = peers.peers_for(elbasan)
    assert found
    assert all(peer.peer_score >= peers.MIN_SCORE for peer in found)


def test_city_page_query_count_does_not_grow_with_cities(client, towns):
    def count():
        cache.clear()  # the page and its fragments: only the stored list is kept
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/en/cities/elbasan/").status_code == 200
        return len(captured)

    def count_working_out():
        peers.forget([towns.pk])
        return count()

    client.get("/en/cities/elbasan/")
    stored, working_out = count(), count_working_out()
    hub = HubFactory()
    for index in range(8):
        city = CityFactory(slug=f"more-{index}", country=towns.country, hub=hub)
        council(city, Sector.POLICE, Sector.MEDIA)
        spotlight(city, TopicFactory())
    assert count_working_out() == working_out
    assert count() == stored
