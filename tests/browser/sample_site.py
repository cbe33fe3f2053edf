"""Content for the browser tests and screenshots: the seed content when its loader exists,
otherwise a small site built with the factories around the same places (Elbasan, Kumanovo…)."""

import datetime

from django.core.management import call_command, get_commands


def load_site():
    """Fill the database and return ``{page type: path without language prefix}``."""
    if "load_seed_content" in get_commands():
        call_command("load_seed_content", verbosity=0)
    else:
        build_sample_site()
    return example_paths()


def example_paths():
    """One example of every page type, found in whatever content is loaded."""
    from django.urls import reverse
    from django.utils import translation

    from cities.models import City
    from hubs.models import Event, Hub
    from spotlights.models import Spotlight

    def first(queryset, **preferred):
        return queryset.filter(**preferred).first() or queryset.first()

    hub = first(Hub.objects.published(), slug__icontains="balkan")
    city = first(City.objects.published(), name_en__icontains="Elbasan")
    spotlight = first(Spotlight.objects.published(), city__name_en__icontains="Elbasan")
    event = Event.objects.published().first()
    with translation.override("en"):
        paths = {
            "home": reverse("home"),
            "hubs": reverse("hubs:list"),
            "hub": hub.get_absolute_url() if hub else None,
            "cities": reverse("cities:list"),
            "city": city.get_absolute_url() if city else None,
            "spotlights": reverse("spotlights:list"),
            "spotlight": spotlight.get_absolute_url() if spotlight else None,
            "events": reverse("hubs:event_list"),
            "event": event.get_absolute_url() if event else None,
            "testimonials": reverse("testimonials:list"),
            "join": reverse("cities:join"),
            "404": "/en/this-page-does-not-exist/",
        }
        try:
            paths["search"] = reverse("search")
        except Exception:  # noqa: BLE001 -- the search page may not be wired yet
            paths["search"] = None
    # Stored without the /en prefix so each test can choose the language.
    return {key: value.removeprefix("/en") if value else None for key, value in paths.items()}


def build_sample_site():
    from tests import factories as f

    balkans = f.HubFactory(
        slug="western-balkans",
        name_en="Western Balkans",
        name_ar="غرب البلقان",
        summary_en="Cities of the Western Balkans working together to prevent hate and extremism.",
        summary_ar="مدن غرب البلقان تعمل معًا لمنع الكراهية والتطرف.",
    )
    mena = f.HubFactory(
        slug="middle-east-north-africa",
        name_en="Middle East and North Africa",
        name_ar="الشرق الأوسط وشمال أفريقيا",
    )
    albania = f.CountryFactory(iso_code="AL", name_en="Albania", name_ar="ألبانيا", hub=balkans)
    macedonia = f.CountryFactory(
        iso_code="MK", name_en="North Macedonia", name_ar="مقدونيا الشمالية", hub=balkans
    )
    lebanon = f.CountryFactory(iso_code="LB", name_en="Lebanon", name_ar="لبنان", hub=mena)
    elbasan = f.CityFactory(
        slug="elbasan",
        name_en="Elbasan",
        name_ar="إلباسان",
        country=albania,
        joined_year=2016,
        latitude="41.1125",
        longitude="20.0822",
    )
    kumanovo = f.CityFactory(
        slug="kumanovo",
        name_en="Kumanovo",
        name_ar="كومانوفو",
        country=macedonia,
        joined_year=2017,
        latitude="42.1322",
        longitude="21.7144",
    )
    f.CityFactory(
        slug="brcko",
        name_en="Brčko",
        name_ar="برتشكو",
        country=f.CountryFactory(
            iso_code="BA", name_en="Bosnia and Herzegovina", name_ar="البوسنة والهرسك", hub=balkans
        ),
        joined_year=2019,
        latitude="44.8728",
        longitude="18.8083",
    )
    f.CityFactory(
        slug="tripoli",
        name_en="Tripoli",
        name_ar="طرابلس",
        country=lebanon,
        joined_year=2018,
        latitude="34.4367",
        longitude="35.8497",
    )
    council = f.CouncilFactory(city=elbasan, founded_year=2016)
    f.CouncilSeatFactory(council=council)
    f.HubPriorityFactory(hub=balkans)
    f.HubImpactFactory(hub=balkans, city=elbasan)
    f.HubContactFactory(hub=balkans)
    f.EventFactory(
        slug="western-balkans-inaugural-workshop",
        title_en="Western Balkans inaugural workshop",
        title_ar="ورشة العمل الافتتاحية لمحور غرب البلقان",
        hub=balkans,
        start_date=datetime.date(2023, 2, 15),
    )
    f.EventFactory(
        slug="regional-workshop-elbasan",
        title_en="Regional workshop in Elbasan",
        title_ar="ورشة عمل إقليمية في إلباسان",
        hub=balkans,
        start_date=datetime.date(2023, 6, 20),
    )
    f.TestimonialFactory(
        city=elbasan,
        person_en="Gledian Llatja",
        person_ar="غليديان لاتيا",
        role_en="Mayor of Elbasan",
        role_ar="رئيس بلدية إلباسان",
    )
    f.TestimonialFactory(city=kumanovo)
    spotlight = f.SpotlightFactory(
        slug="city-spotlight-elbasan-albania",
        title_en="City Spotlight: Elbasan, Albania",
        title_ar="تسليط الضوء على مدينة: إلباسان، ألبانيا",
        summary_en="How Elbasan's local safety council brings the whole city together.",
        summary_ar="كيف يجمع مجلس السلامة المحلي في إلباسان المدينة كلها.",
        city=elbasan,
    )
    f.SpotlightSectionFactory(spotlight=spotlight)
    f.SpotlightFactory(
        slug="kumanovo-community-action-team",
        title_en="Kumanovo's Community Action Team",
        title_ar="فريق العمل المجتمعي في كومانوفو",
        city=kumanovo,
    )
