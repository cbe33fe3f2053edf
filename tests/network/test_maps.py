import re

import factory
import pytest
from django.template import Context, Template
from django.utils import translation

from datapages import maps
from datapages.charts import membership_by_year, membership_from_rows
from tests.factories import CityFactory, CountryFactory, HubFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def render(source, **context):
    return Template("{% load maps %}" + source).render(Context(context))


def test_fit_keeps_points_inside_and_the_ratio_sane():
    viewport = maps.fit([(19.8, 41.3), (21.4, 42.0), (20.1, 41.1)])
    assert viewport.west < 19.8 and viewport.east > 21.4
    assert viewport.south < 41.1 and viewport.north > 42.0
    assert 0.5 * viewport.width <= viewport.height <= viewport.width + 1
    x, y = viewport.project(19.8, 41.3)
    assert 0 < x < viewport.width and 0 < y < viewport.height


def test_north_is_up_and_east_is_right():
    viewport = maps.fit([(19.0, 41.0), (21.0, 43.0)])
    west_south = viewport.project(19.0, 41.0)
    east_north = viewport.project(21.0, 43.0)
    assert east_north[0] > west_south[0]
    assert east_north[1] < west_south[1]


def test_map_has_a_marker_link_per_city_and_a_text_alternative():
    hub = HubFactory()
    elbasan = CityFactory(hub=hub, name_en="Elbasan", latitude=41.11, longitude=20.08)
    pristina = CityFactory(hub=hub, name_en="Pristina", latitude=42.66, longitude=21.17)
    nowhere = CityFactory(hub=hub, name_en="Unmapped", latitude=None, longitude=None)
    html = render("{% city_map cities %}", cities=[elbasan, pristina, nowhere])
    assert html.count('class="map__marker"') == 2
    assert f'<a href="{elbasan.get_absolute_url()}" class="map__link"' in html
    assert "<title>1. Elbasan</title>" in html
    svg = re.search(r"<svg[^>]*>", html).group(0)
    assert 'role="group"' in svg  # links inside: not an img (axe nested-interactive)
    ids = re.search(r'aria-labelledby="([^"]+)"', svg).group(1).split()
    for element_id in ids:
        assert f'id="{element_id}"' in html
    # The list is the text alternative: every city, the unmapped one too, as links.
    listing = html[html.index('class="map__list') :]
    for city in (elbasan, pristina, nowhere):
        assert f'<a href="{city.get_absolute_url()}">{city}</a>' in listing
    # Country outlines from the shipped Natural Earth file, and nothing inline-styled.
    assert 'class="map__country"' in html
    assert "style=" not in html


def test_map_without_coordinates_still_lists_the_cities():
    city = CityFactory(latitude=None, longitude=None, name_en="Somewhere")
    html = render("{% city_map cities %}", cities=[city])
    assert "<svg" not in html
    assert "Somewhere" in html


def test_chart_table_matches_the_data():
    balkans, mena = HubFactory(name_en="Western Balkans"), HubFactory(name_en="MENA")
    rows = [
        {"hub": balkans.pk, "joined_year": 2016, "cities": 3},
        {"hub": balkans.pk, "joined_year": 2018, "cities": 2},
        {"hub": mena.pk, "joined_year": 2018, "cities": 4},
    ]
    chart = membership_from_rows(rows, [balkans, mena])
    assert chart.years == [2016, 2017, 2018]
    assert chart.rows == [(2016, [3, 0], 3), (2017, [0, 0], 0), (2018, [2, 4], 6)]
    assert chart.series_totals == [5, 4]
    assert chart.total == 9
    html = render("{% membership_chart chart %}", chart=chart)
    assert '<table class="data-table">' in html and "<caption>" in html
    assert '<th scope="row">2018</th>' in html
    cells = re.findall(r"<tr>\s*<th scope=\"row\">2018</th>(.*?)</tr>", html, re.S)[0]
    assert re.findall(r"<td>(\d+)</td>", cells) == ["2", "4", "6"]
    assert html.count('class="chart__bar chart__bar--') == 3  # zero values draw no bar
    assert "MENA" in html and "style=" not in html


def test_chart_from_cities_ignores_missing_years():
    hub = HubFactory()
    chart = membership_by_year([(hub, 2016), (hub, 2016), (hub, None), (hub, 2019)])
    assert chart.rows[0] == (2016, [2], 2)
    assert chart.total == 3
    assert not membership_by_year([])


def test_dots_are_numbered_and_keyed_by_a_numbered_list():
    cities = [
        CityFactory(name_en="Elbasan", latitude=41.11, longitude=20.08),
        CityFactory(name_en="Pristina", latitude=42.66, longitude=21.17),
    ]
    html = render("{% city_map cities %}", cities=cities)
    svg = html[html.index("<svg") : html.index("</svg>")]
    # The names are on the page as text, keyed by the numbers drawn on the dots.
    assert re.findall(r'class="map__number"[^>]*>(\d+)</text>', svg) == ["1", "2"]
    assert "<title>1. Elbasan</title>" in svg and "<title>2. Pristina</title>" in svg
    key = re.search(r'<ol class="map__list map__key">(.*?)</ol>', html, re.S).group(1)
    assert re.findall(r"<a [^>]*>([^<]+)</a>", key) == ["Elbasan", "Pristina"]


def test_many_cities_are_drawn_as_one_circle_per_country_with_counts(django_assert_num_queries):
    from cities.models import City

    albania = CountryFactory(iso_code="AL", name_en="Albania")
    kosovo = CountryFactory(iso_code="XK", name_en="Kosovo")
    CityFactory.create_batch(25, country=albania, latitude=41.1, longitude=20.1)
    CityFactory.create_batch(12, country=kosovo, latitude=42.6, longitude=21.1)
    CityFactory(country=kosovo, latitude=None, longitude=None)
    cities = City.objects.members().for_directory()
    with django_assert_num_queries(2):  # one row per country, then those countries
        html = render("{% city_map cities %}", cities=cities)
    assert html.count('class="map__marker map__marker--cluster"') == 2
    assert re.findall(r'class="map__number"[^>]*>(\d+)</text>', html) == ["25", "12"]
    assert "<title>Albania: 25</title>" in html
    assert '<a href="/en/cities/?country=AL">Albania</a>: 25' in html
    assert "no coordinates yet): 1" in html
    assert "City " not in html  # the cities themselves are the page's paginated list


def test_map_cost_is_flat_in_the_number_of_cities(django_assert_num_queries):
    from cities.models import City

    countries = [CountryFactory() for _ in range(3)]
    for count in (40, 200):
        City.objects.all().delete()
        CityFactory.create_batch(count, country=factory.Iterator(countries))
        with django_assert_num_queries(2):
            html = render("{% city_map cities %}", cities=City.objects.members())
        assert html.count("<circle") == 3


def test_a_list_of_many_cities_is_clustered_too():
    country = CountryFactory(name_en="Albania")
    cities = CityFactory.create_batch(maps.MAX_MARKERS + 1, country=country)
    html = render("{% city_map cities %}", cities=cities)
    assert html.count("<circle") == 1
    assert f">{maps.MAX_MARKERS + 1}</text>" in html


def test_hub_map_is_framed_on_every_country_of_the_hub():
    # One city in Lebanon, but the hub also covers Morocco and Iraq: all three are in view.
    saida = CityFactory(name_en="Saida", latitude=33.56, longitude=35.37)
    city_map = maps.city_map([saida], frame=["LB", "MA", "IQ"])
    viewport = city_map.viewport
    for name in ("Lebanon", "Morocco", "Iraq"):
        for west, south in maps.outline_corners({name}):
            assert viewport.west <= west and viewport.south <= south, name
    assert viewport.east >= 48 and viewport.west <= -13  # Iraq's east, Morocco's west
    html = render("{% city_map cities frame=codes %}", cities=[saida], codes=["LB", "MA", "IQ"])
    assert html.count("map__country--member") == 3


def test_every_seed_country_has_an_outline():
    from network.seed.places import COUNTRIES

    for country in COUNTRIES:
        assert country["iso_code"] in maps.OUTLINE_NAMES, country["iso_code"]
        assert maps.outline_corners({maps.OUTLINE_NAMES[country["iso_code"]]})
