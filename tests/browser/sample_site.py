"""Content for the browser tests and screenshots: the seed content, and one example path of
every page type in it."""

from django.core.management import call_command


def load_site():
    """Fill the database and return ``{page type: path without language prefix}``."""
    call_command("load_seed_content", verbosity=0)
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
            "councils": reverse("cities:councils"),
            "spotlights": reverse("spotlights:list"),
            "spotlight": spotlight.get_absolute_url() if spotlight else None,
            "events": reverse("hubs:event_list"),
            "event": event.get_absolute_url() if event else None,
            "testimonials": reverse("testimonials:list"),
            "resources": reverse("resources"),
            "numbers": reverse("numbers"),
            "api-docs": reverse("api_docs:index"),
            "about": reverse("page_about"),
            "contact": reverse("page_contact"),
            "join": reverse("cities:join"),
            "404": "/en/this-page-does-not-exist/",
        }
        paths["search"] = reverse("search")
    # Stored without the /en prefix so each test can choose the language.
    return {key: value.removeprefix("/en") if value else None for key, value in paths.items()}
