"""Spotlight list (search and filters), spotlight page, related spotlights and the Atom feed."""

import re
from xml.etree import ElementTree

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    CityFactory,
    HubFactory,
    SpotlightAuthorFactory,
    SpotlightFactory,
    SpotlightSectionFactory,
    TopicFactory,
)
from tests.network.admin_helpers import NETWORK_EDITORS, make_staff

pytestmark = pytest.mark.django_db


def titles(response):
    return sorted(spotlight.title_en for spotlight in response.context["object_list"])


@pytest.fixture
def spotlights():
    balkans = HubFactory(slug="western-balkans")
    mena = HubFactory(slug="mena")
    youth = TopicFactory(slug="youth", name_en="Youth engagement", name_ar="إشراك الشباب")
    hate = TopicFactory(slug="hate-speech", name_en="Hate speech", name_ar="خطاب الكراهية")
    elbasan = CityFactory(
        slug="elbasan",
        name_en="Elbasan",
        name_ar="إلباسان",
        hub=balkans,
        country__iso_code="AL",
        country__hub=balkans,
    )
    kumanovo = CityFactory(
        slug="kumanovo",
        name_en="Kumanovo",
        name_ar="كومانوفو",
        hub=balkans,
        country__iso_code="MK",
        country__hub=balkans,
    )
    irbid = CityFactory(
        slug="irbid",
        name_en="Irbid",
        name_ar="إربد",
        hub=mena,
        country__iso_code="JO",
        country__hub=mena,
    )
    a = SpotlightFactory(slug="elbasan", title_en="City Spotlight: Elbasan", city=elbasan)
    a.topics.add(youth)
    b = SpotlightFactory(
        slug="kumanovo", title_en="Community Action Team", city=kumanovo, kind="story"
    )
    b.topics.add(hate)
    SpotlightFactory(slug="irbid", title_en="Irbid's youth centres", city=irbid)
    SpotlightFactory(slug="draft", title_en="Draft spotlight", city=elbasan, status="draft")
    return {"elbasan": a, "kumanovo": b}


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_list_shows_published_spotlights(client, spotlights, lang):
    response = client.get(f"/{lang}/spotlights/")
    assert response.status_code == 200
    assert len(response.context["object_list"]) == 3
    html = response.content.decode()
    assert "Draft spotlight" not in html
    assert len(re.findall(r"<h1[\s>]", html)) == 1
    assert '<link rel="alternate" type="application/atom+xml"' in html
    assert f'href="/{lang}/spotlights/feed/"' in html
    assert not response.cookies


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("الباسان", ["City Spotlight: Elbasan"]),
        ("Elbasan", ["City Spotlight: Elbasan"]),
        ("كومانوفو", ["Community Action Team"]),
        ("hate speech", ["Community Action Team"]),
        ("خطاب الكراهيه", ["Community Action Team"]),
        ("الشباب", ["City Spotlight: Elbasan"]),
        ("youth", ["City Spotlight: Elbasan", "Irbid's youth centres"]),
        ("youth irbid", ["Irbid's youth centres"]),
        ("zzz", []),
    ],
)
def test_search_by_city_name_or_topic_in_either_language(client, spotlights, query, expected):
    response = client.get("/en/spotlights/", {"q": query})
    assert response.status_code == 200
    assert titles(response) == expected


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"hub": "mena"}, ["Irbid's youth centres"]),
        ({"country": "MK"}, ["Community Action Team"]),
        ({"topic": "youth"}, ["City Spotlight: Elbasan"]),
        ({"kind": "story"}, ["Community Action Team"]),
    ],
)
def test_filters(client, spotlights, params, expected):
    assert titles(client.get("/en/spotlights/", params)) == expected


@pytest.mark.parametrize(
    "params",
    [{"hub": "nope"}, {"topic": "nope"}, {"kind": "zzz"}, {"country": "ZZ"}, {"q": "x" * 201}],
)
def test_malformed_filters_are_400(client, spotlights, params):
    response = client.get("/ar/spotlights/", params)
    assert response.status_code == 400
    assert 'class="errorlist"' in response.content.decode()


def test_bad_page_is_404(client, spotlights):
    assert client.get("/en/spotlights/", {"page": "x"}).status_code == 404


def test_spotlight_page(client, spotlights):
    spotlight = spotlights["elbasan"]
    spotlight.quote_en = "Prevention starts with the community."
    spotlight.quote_person_en = "Gledian Llatja"
    spotlight.quote_role_en = "Mayor of Elbasan"
    spotlight.save()
    SpotlightSectionFactory(spotlight=spotlight, body_en="<p>Youth unemployment.</p>")
    SpotlightAuthorFactory(spotlight=spotlight)
    response = client.get("/en/spotlights/elbasan/")
    assert response.status_code == 200
    html = response.content.decode()
    heading = "What concerns the local government?"
    assert f'<h2 class="section__title" id="section-1">{heading}</h2>' in html
    assert '<div class="prose"><p>Youth unemployment.</p></div>' in html
    assert "Besim Dogani, Local prevention coordinator" in html
    assert '<span class="quote__person">Gledian Llatja</span>' in html
    assert "Mayor of Elbasan" in html
    assert 'href="/en/join/"' in html
    assert len(re.findall(r"<h1[\s>]", html)) == 1
    assert '"@type": "Article"' in html


def test_arabic_spotlight_page(client, spotlights):
    html = client.get("/ar/spotlights/elbasan/").content.decode()
    assert "أضواء المدينة" in html and "إلباسان" in html
    assert "هل مدينتك مدينة قوية؟" in html


def test_related_spotlights_share_city_or_topic(client, spotlights):
    same_city = SpotlightFactory(title_en="Elbasan again", city=spotlights["elbasan"].city)
    same_topic = SpotlightFactory(title_en="Another youth story")
    same_topic.topics.add(*spotlights["elbasan"].topics.all())
    response = client.get("/en/spotlights/elbasan/")
    related = {spotlight.title_en for spotlight in response.context["related"]}
    assert related == {same_city.title_en, same_topic.title_en}


def test_draft_spotlight_hidden_but_previewed_by_staff(client, spotlights):
    assert client.get("/en/spotlights/draft/").status_code == 404
    client.force_login(make_staff("s", NETWORK_EDITORS))
    response = client.get("/en/spotlights/draft/")
    assert response.status_code == 200
    assert "Draft — preview" in response.content.decode()


def test_unknown_spotlight_is_404(client):
    assert client.get("/ar/spotlights/nope/").status_code == 404


ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_atom_feed_per_language(client, spotlights, lang):
    response = client.get(f"/{lang}/spotlights/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == lang
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 3
    links = [entry.find(f"{ATOM}link").get("href") for entry in entries]
    assert all(f"/{lang}/spotlights/" in link for link in links)
    text = response.content.decode()
    assert "Draft spotlight" not in text
    expected = "أضواء المدينة" if lang == "ar" else "City Spotlight: Elbasan"
    assert expected in text


def make_spotlights(count):
    for _index in range(count):
        spotlight = SpotlightFactory()
        spotlight.topics.add(TopicFactory(), TopicFactory())
        SpotlightSectionFactory(spotlight=spotlight)
        SpotlightAuthorFactory(spotlight=spotlight)


def queries_for(client, address):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(address)
    assert response.status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize(
    "address",
    [
        "/en/spotlights/",
        "/ar/spotlights/?q=city",
        "/en/spotlights/?kind=story",
        "/en/spotlights/feed/",
    ],
)
def test_list_query_count_does_not_grow(client, address):
    make_spotlights(2)
    small = queries_for(client, address)
    make_spotlights(25)
    assert queries_for(client, address) == small
    assert small <= 12


def test_detail_query_count_does_not_grow(client):
    topic = TopicFactory()
    spotlight = SpotlightFactory(slug="main")
    spotlight.topics.add(topic)
    SpotlightSectionFactory(spotlight=spotlight)
    SpotlightAuthorFactory(spotlight=spotlight)
    SpotlightFactory(city=spotlight.city).topics.add(topic)
    small = queries_for(client, "/en/spotlights/main/")
    for _index in range(5):
        SpotlightSectionFactory(spotlight=spotlight)
        SpotlightAuthorFactory(spotlight=spotlight)
        spotlight.topics.add(TopicFactory())
        SpotlightFactory(city=spotlight.city).topics.add(topic)
    assert queries_for(client, "/en/spotlights/main/") == small
    assert small <= 12
