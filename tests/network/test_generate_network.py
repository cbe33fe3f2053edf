"""manage.py generate_network: labelled sample data at scale, the same for the same seed."""

import io

import pytest
from django.core.management import CommandError, call_command

from cities.models import City, Council, Country
from hubs.models import Event, Hub
from spotlights.models import Spotlight
from testimonials.models import Testimonial

pytestmark = pytest.mark.django_db


def generate(settings, **options):
    settings.DEBUG = True
    call_command("generate_network", stdout=io.StringIO(), **options)


def test_proportions_and_labels(settings):
    generate(settings, cities=60, hubs=5, countries=12)
    cities = City.objects.filter(slug__startswith="sample-")
    assert cities.count() == 60
    assert Hub.objects.count() == 5 and Country.objects.count() == 12
    assert Council.objects.filter(city__in=cities).count() == 20  # a third
    assert Event.objects.filter(slug__startswith="sample-").count() == 60
    assert Spotlight.objects.count() == round(60 * 2 / 17)
    assert Testimonial.objects.count() == round(60 * 7 / 17)
    assert all(city.name_en.startswith("Sample city") for city in cities)
    assert all(city.search_text for city in cities)  # bulk inserts still fill the search column
    assert cities.filter(hub=None).count() == 0
    assert City.objects.published().count() == 60


def test_same_seed_same_network(settings):
    def snapshot():
        return list(
            City.objects.order_by("slug").values_list("slug", "country__iso_code", "joined_year")
        )

    generate(settings, cities=20, hubs=3, countries=6, seed=7)
    first = snapshot()
    generate(settings, cities=20, hubs=3, countries=6, seed=7, replace=True)
    assert snapshot() == first
    assert City.objects.count() == 20


def test_refuses_twice_and_in_production(settings):
    generate(settings, cities=3, hubs=1, countries=1)
    with pytest.raises(CommandError, match="--replace"):
        generate(settings, cities=3, hubs=1, countries=1)
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("generate_network", cities=3, replace=True)
