"""Numbers that agree: a hub's own total beside the directory's count, charts that say what
they count, and the seed's stated total traced to its source."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from datapages.charts import membership_by_year
from hubs.models import Hub
from tests.factories import CityFactory, HubFactory
from tests.hubs.test_pages import url
from tests.network.test_maps import render

pytestmark = pytest.mark.django_db

STATED = {
    "en": ("More than 40 member cities.", "3 have a profile here."),
    "ar": ("عدد المدن الأعضاء: أكثر من 40.", "عدد المدن التي لها صفحة تعريفية هنا: 3."),
}


@pytest.fixture
def balkans():
    hub = HubFactory(
        slug="western-balkans",
        stated_member_count=40,
        stated_member_count_qualifier="more_than",
        stated_member_count_source="001: a source sentence",
    )
    for year in (2016, 2017, None):
        CityFactory(hub=hub, joined_year=year)
    CityFactory(hub=hub, membership_status="engaged", joined_year=2018)
    CityFactory(hub=hub, status="draft", joined_year=2018)
    return hub


@pytest.mark.parametrize("language", ["ar", "en"])
def test_hub_page_and_card_state_the_hubs_total_and_the_directorys_count(client, balkans, language):
    stated, listed = STATED[language]
    page = client.get(url("hubs:detail", language, slug=balkans.slug)).content.decode()
    network = page[page.index('id="network"') :]
    assert stated in network and listed in network
    assert f"{url('cities:list', language)}?hub=western-balkans" in network
    for listing in (url("hubs:list", language), url("home", language)):
        html = client.get(listing).content.decode()
        assert stated in html and listed in html, listing


def test_without_a_stated_total_the_card_gives_the_directorys_count(client):
    hub = HubFactory()
    CityFactory(hub=hub)
    CityFactory(hub=hub)
    html = client.get(url("hubs:list", "en")).content.decode()
    assert "2 member cities" in html
    assert "have a profile here" not in html


@pytest.mark.parametrize(
    ("stated", "qualifier", "shown"),
    [
        (2, "exactly", False),  # says nothing the directory does not
        (2, "more_than", True),
        (5, "exactly", True),
        (5, "about", True),
    ],
)
def test_a_stated_total_is_shown_only_when_it_says_more(client, stated, qualifier, shown):
    hub = HubFactory(
        stated_member_count=stated,
        stated_member_count_qualifier=qualifier,
        stated_member_count_source="a report",
    )
    CityFactory(hub=hub)
    CityFactory(hub=hub)
    html = client.get(url("hubs:detail", "en", slug=hub.slug)).content.decode()
    assert ("2 have a profile here." in html) is shown
    expected = {"exactly": f"{stated} member cities in all.", "about": f"About {stated} member"}
    if shown and qualifier in expected:
        assert expected[qualifier] in html


def test_a_stated_total_needs_its_source_and_cannot_undercount_the_directory():
    hub = HubFactory()
    CityFactory(hub=hub)
    CityFactory(hub=hub)
    hub.stated_member_count = 40
    with pytest.raises(ValidationError) as error:
        hub.full_clean()
    assert "stated_member_count_source" in error.value.message_dict
    hub.stated_member_count_source = "001: a sentence"
    hub.stated_member_count = 1
    with pytest.raises(ValidationError) as error:
        hub.full_clean()
    assert "already lists 2 member cities" in str(error.value.message_dict["stated_member_count"])
    hub.stated_member_count_qualifier = "more_than"
    hub.full_clean()


def test_seed_states_the_western_balkans_total_from_its_source():
    from django.core.management import call_command

    from tests.network.test_seed_sources import ARABIC, NOTE

    call_command("load_seed_content", verbosity=0)
    hub = Hub.objects.get(slug="western-balkans")
    assert (hub.stated_member_count, hub.stated_member_count_qualifier) == (40, "more_than")
    assert NOTE.match(hub.stated_member_count_source)
    assert ARABIC.search(hub.stated_member_count_source)
    assert "أكثر من 40" in hub.stated_member_count_source


@pytest.mark.parametrize(
    ("language", "caption"),
    [
        ("en", "Member cities whose joining year is known: 2 of 3."),
        ("ar", "المدن الأعضاء المعروفة سنة انضمامها: 2 من أصل 3."),
    ],
)
def test_charts_say_what_they_count(client, balkans, language, caption):
    for page in (url("hubs:detail", language, slug=balkans.slug), url("home", language)):
        html = client.get(page).content.decode()
        chart = html[html.index('class="chart"') :]
        assert caption in chart, page
        # The table's total is the chart's count, not the members'.
        assert chart.index(caption) < chart.index("</figure>")


def test_chart_counts_members_with_and_without_a_year():
    hub = HubFactory.build(pk=1)
    chart = membership_by_year([(hub, 2016), (hub, None), (hub, 2019), (hub, None)])
    assert (chart.total, chart.members, chart.unknown) == (2, 4, 2)
    with translation.override("en"):
        html = render("{% membership_chart chart %}", chart=chart)
    assert "Member cities whose joining year is known: 2 of 4." in html
    complete = membership_by_year([(hub, 2016), (hub, 2019)])
    with translation.override("en"):
        html = render("{% membership_chart chart %}", chart=complete)
    assert "The joining years of all 2 member cities are known." in html
    assert 'font-size="14"' in html and 'font-size="11"' not in html


@pytest.mark.parametrize(
    ("language", "total", "engaged"),
    [
        ("en", "No member cities listed yet; 2 engaged cities", "Engaged city"),
        ("ar", "لا مدن أعضاء مدرجة بعد؛ مدينتان متعاونتان", "مدينة متعاونة"),
    ],
)
def test_a_hub_of_engaged_cities_shows_them_marked_and_says_zero_in_words(
    client, language, total, engaged
):
    """Issue 20: the MENA hub said "0 member cities" and showed neither Saida nor Tripoli."""
    mena = HubFactory(slug="mena")
    for slug in ("saida", "tripoli"):
        CityFactory(slug=slug, hub=mena, membership_status="engaged")
    page = client.get(url("hubs:detail", language, slug=mena.slug)).content.decode()
    home = client.get(url("home", language)).content.decode()
    for html in (page, home):
        assert total in html
        assert "0 member" not in html and "0 مدينة" not in html
    # Both on the map and in its key, each marked as engaged.
    assert page.count('map__marker map__marker--engaged"') == 2
    assert page.count(f'<span class="tag tag--engaged">{engaged}</span>') == 2
