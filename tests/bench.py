"""`make bench`: how long each page type takes to render, with the seed content plus bulk data.

Runs against a throwaway SQLite database (or DATABASE_URL when set, e.g. PostgreSQL) and prints
the median and 95th-percentile render time and the query count per page, in both languages.
Numbers are for comparing changes on one machine, not absolute targets.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "30"))
EXTRA_CITIES = int(os.environ.get("BENCH_CITIES", "300"))


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "network.settings_test")
    # The bench asks the API far more often than its per-address rate limit allows.
    os.environ.setdefault("API_RATE_LIMIT", "1000000/minute")
    if "DATABASE_URL" not in os.environ:
        db = Path(tempfile.mkdtemp()) / "bench.sqlite3"
        os.environ["DATABASE_URL"] = f"sqlite:///{db}"
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import django
    from django.test.utils import setup_test_environment

    django.setup()
    # Lets the test client's "testserver" host through ALLOWED_HOSTS, as in the test suite.
    setup_test_environment()


def load_data():
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_seed_content", verbosity=0)
    from hubs.models import Hub
    from tests import factories

    hubs = list(Hub.objects.all()) or [factories.HubFactory()]
    for i in range(EXTRA_CITIES):
        hub = hubs[i % len(hubs)]
        country = factories.CountryFactory(hub=hub)
        city = factories.CityFactory(country=country, hub=hub, joined_year=2016 + i % 9)
        if i % 3 == 0:
            factories.CouncilSeatFactory(council=factories.CouncilFactory(city=city))
        if i % 5 == 0:
            factories.EventFactory(hub=hub, host_city=city)
            factories.SpotlightFactory(city=city)
            factories.TestimonialFactory(city=city)


def page_urls():
    from django.urls import reverse
    from django.utils import translation

    from cities.models import City
    from hubs.models import Event, Hub
    from spotlights.models import Spotlight

    first = {
        "hub": Hub.objects.published().order_by("order").first(),
        "city": City.objects.published().filter(councils__isnull=False).first(),
        "spotlight": Spotlight.objects.published().first(),
        "event": Event.objects.published().first(),
    }
    for language in ("ar", "en"):
        with translation.override(language):
            yield language, "home", reverse("home")
            yield language, "hubs", reverse("hubs:list")
            yield language, "hub", first["hub"].get_absolute_url()
            yield language, "cities", reverse("cities:list")
            yield language, "cities?q", reverse("cities:list") + "?q=الباسان"
            yield language, "city", first["city"].get_absolute_url()
            yield language, "spotlights", reverse("spotlights:list")
            yield language, "spotlight", first["spotlight"].get_absolute_url()
            yield language, "events", reverse("hubs:event_list")
            yield language, "event", first["event"].get_absolute_url()
            yield language, "testimonials", reverse("testimonials:list")
            yield language, "join", reverse("cities:join")
    # The open-data API is not language-prefixed; its list pages hold 50 items.
    yield "-", "api cities", reverse("api:cities-list")
    yield "-", "api cities en", reverse("api:cities-list") + "?lang=en"
    yield "-", "api city", reverse("api:cities-detail", kwargs={"slug": first["city"].slug})
    yield "-", "api events", reverse("api:events-list")
    yield "-", "api spotlights", reverse("api:spotlights-list")


def measure(client, url):
    from django.db import connection

    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    timings = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.95) - 1], len(queries)


def main():
    setup_django()
    load_data()
    from django.db import connection
    from django.test import Client

    client = Client()
    print(f"database: {connection.vendor}; rounds: {ROUNDS}; extra cities: {EXTRA_CITIES}")
    print(f"{'lang':4} {'page':13} {'median ms':>10} {'p95 ms':>8} {'queries':>8}  url")
    for language, name, url in page_urls():
        median, p95, queries = measure(client, url)
        print(f"{language:4} {name:13} {median:10.1f} {p95:8.1f} {queries:8d}  {url}")


if __name__ == "__main__":
    main()
