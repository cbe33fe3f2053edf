"""Lists read a page's keys first, then its rows: same pages, same order, any depth."""

import pytest
from django.core.paginator import Paginator

from cities.models import City
from kernel.listing import KeysFirstPaginator
from tests.factories import CityFactory, CouncilFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def cities():
    for index in range(23):
        city = CityFactory(slug=f"town-{index:02}", name_en=f"Town {22 - index:02}")
        if index % 3 == 0:
            CouncilFactory(city=city)


def listing():
    return City.objects.listed().for_directory().with_council_flag().order_by("name_en", "slug")


@pytest.mark.parametrize("number", [1, 2, 5])
def test_pages_hold_the_same_rows_in_the_same_order_as_a_plain_paginator(cities, number):
    keys_first = KeysFirstPaginator(listing(), 5).page(number)
    plain = Paginator(listing(), 5).page(number)
    assert [city.pk for city in keys_first] == [city.pk for city in plain]
    assert [city.has_council for city in keys_first] == [city.has_council for city in plain]
    assert keys_first.has_next() == plain.has_next()


def test_a_deep_page_costs_two_queries_and_keeps_select_related(cities, django_assert_num_queries):
    paginator = KeysFirstPaginator(listing(), 5)
    assert paginator.count == 23
    with django_assert_num_queries(2):  # the page's keys, then its rows with their country
        page = paginator.page(paginator.num_pages)
        names = [(city.name_en, city.country.name) for city in page]
    assert [name for name, _country in names] == ["Town 20", "Town 21", "Town 22"]


def test_lists_that_are_not_querysets_are_paged_as_usual():
    page = KeysFirstPaginator(list(range(12)), 5).page(3)
    assert list(page) == [10, 11]
