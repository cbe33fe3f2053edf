"""Sample data at scale for benchmarks: thousands of cities around the seed content.

Everything it makes is plainly labelled sample data ("Sample city 0042", slugs starting with
``sample-``), drawn from a fixed random seed so two runs give the same network. Proportions
follow the seed content: councils on a third of the cities, about one event per city, a
spotlight per eight or nine cities, a testimonial per two or three, and impact entries; 20
hubs and 150 countries in all. Rows go in with ``bulk_create`` in batches, so 5,000 cities
take well under a minute on SQLite.
"""

import datetime
import itertools
import random
import string
import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from cities.models import City, Council, CouncilSeat, Country
from hubs.models import Event, Hub, HubContact, HubImpact, HubPriority
from infra.pagecache import bump_content_version
from spotlights.models import Spotlight
from testimonials.models import Testimonial

PREFIX = "sample-"
BATCH = 500
# Per city, as in the seed content (17 cities: 17 events, 2 spotlights, 7 testimonials,
# 4 impact entries, 13 participations).
EVENTS_PER_CITY = 1.0
SPOTLIGHTS_PER_CITY = 2 / 17
TESTIMONIALS_PER_CITY = 7 / 17
IMPACTS_PER_CITY = 4 / 17


class Progress:
    """A one-line progress bar on stderr (a plain line per step when not a terminal)."""

    def __init__(self, stream, label, total):
        self.stream, self.label, self.total = stream, label, max(total, 1)
        self.done, self.start = 0, time.monotonic()
        self.tty = getattr(stream, "isatty", lambda: False)()
        self.draw()

    def advance(self, count):
        self.done = min(self.done + count, self.total)
        if self.tty:
            self.draw()

    def draw(self):
        width = 30
        filled = round(width * self.done / self.total)
        bar = "#" * filled + "-" * (width - filled)
        self.stream.write(f"\r{self.label:<14} [{bar}] {self.done:>6}/{self.total}")
        self.stream.flush()

    def finish(self):
        self.done = self.total
        self.draw()
        self.stream.write(f"  {time.monotonic() - self.start:.1f} s\n")
        self.stream.flush()


class Command(BaseCommand):
    help = "Add clearly labelled sample hubs, countries, cities and content for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--cities", type=int, default=5000, help="sample cities to add")
        parser.add_argument("--hubs", type=int, default=20, help="hubs in all, seed included")
        parser.add_argument(
            "--countries", type=int, default=150, help="countries in all, seed included"
        )
        parser.add_argument(
            "--events-per-city",
            type=float,
            default=EVENTS_PER_CITY,
            help="events per sample city (2 gives the 100,000 events of a 50,000-city network)",
        )
        parser.add_argument("--seed", type=int, default=2026, help="random seed")
        parser.add_argument(
            "--replace", action="store_true", help="delete earlier sample data first"
        )
        parser.add_argument(
            "--force", action="store_true", help="run even with DEBUG off (never on a live site)"
        )

    def handle(self, *args, **options):
        if not settings.DEBUG and not options["force"]:
            raise CommandError("Sample data is for benchmarks: run with DEBUG=1 or pass --force.")
        if options["cities"] < 0 or options["events_per_city"] < 0:
            raise CommandError("--cities and --events-per-city must be zero or more.")
        if City.objects.filter(slug__startswith=PREFIX).exists():
            if not options["replace"]:
                raise CommandError("Sample data is already there; pass --replace to redo it.")
            self.delete_samples()
        self.random = random.Random(options["seed"])
        # A fixed "now" for dates, so the same seed gives the same rows on any day.
        self.now = timezone.now().replace(microsecond=0)
        self.published_at = self.now - datetime.timedelta(days=1)
        start = time.monotonic()
        with transaction.atomic():
            hubs = self.make_hubs(options["hubs"])
            countries = self.make_countries(options["countries"], hubs)
            cities = self.make_cities(options["cities"], countries)
            self.make_councils(cities[::3])
            self.make_events(cities, options["events_per_city"])
            self.make_spotlights(cities)
            self.make_testimonials(cities)
            self.make_impacts(cities)
        # Fresh planner statistics after a bulk load: without them SQLite walks the status
        # index and sorts every event for the home page's three, and PostgreSQL's autovacuum
        # may not have caught up when the first visitor (or the benchmark) arrives.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        bump_content_version()
        self.stdout.write(
            f"Sample data: {len(cities)} cities, {len(countries)} countries, "
            f"{Hub.objects.count()} hubs in {time.monotonic() - start:.0f} s."
        )

    def delete_samples(self):
        samples = {"slug__startswith": PREFIX}
        Testimonial.objects.filter(person_en__startswith="Sample person").delete()
        Spotlight.objects.filter(**samples).delete()
        Event.objects.filter(**samples).delete()
        City.objects.filter(**samples).delete()
        Country.objects.filter(name_en__startswith="Sample country").delete()
        Hub.objects.filter(**samples).delete()

    def bulk(self, model, rows, label):
        """Insert ``rows`` in batches with a progress bar; returns them with their keys."""
        progress = Progress(sys.stderr, label, len(rows))
        made = []
        for start in range(0, len(rows), BATCH):
            batch = rows[start : start + BATCH]
            for row in batch:
                if hasattr(row, "build_search_text"):
                    row.search_text = row.build_search_text()
            made += model.objects.bulk_create(batch)
            progress.advance(len(batch))
        progress.finish()
        return made

    def published(self):
        return {"status": "published", "published_at": self.published_at}

    def make_hubs(self, total):
        existing = list(Hub.objects.all())
        rows = [
            Hub(
                slug=f"{PREFIX}hub-{n:02d}",
                name_en=f"Sample hub {n:02d}",
                name_ar=f"محور تجريبي {n:02d}",
                summary_en="Sample data for benchmarks.",
                summary_ar="بيانات تجريبية لقياس الأداء.",
                introduction_en="<p>Sample data for benchmarks.</p>",
                introduction_ar="<p>بيانات تجريبية لقياس الأداء.</p>",
                order=100 + n,
                **self.published(),
            )
            for n in range(1, max(total - len(existing), 0) + 1)
        ]
        made = self.bulk(Hub, rows, "hubs")
        contacts = [
            HubContact(hub=hub, name_en="Sample contact", name_ar="جهة اتصال تجريبية", role="—")
            for hub in made
        ]
        priorities = [
            HubPriority(hub=hub, text_en=f"Sample priority {n}", text_ar=f"أولوية تجريبية {n}")
            for hub in made
            for n in range(1, 5)
        ]
        HubContact.objects.bulk_create(contacts)
        HubPriority.objects.bulk_create(priorities)
        return existing + made

    def make_countries(self, total, hubs):
        existing = list(Country.objects.all())
        taken = {country.iso_code for country in existing}
        codes = [
            a + b
            for a, b in itertools.product(string.ascii_uppercase, repeat=2)
            if a + b not in taken
        ]
        self.random.shuffle(codes)
        rows = [
            Country(
                iso_code=code,
                name_en=f"Sample country {code}",
                name_ar=f"بلد تجريبي {code}",
                hub=hubs[n % len(hubs)],
            )
            for n, code in enumerate(sorted(codes[: max(total - len(existing), 0)]))
        ]
        made = self.bulk(Country, rows, "countries")
        # Where each country's cities gather on the map.
        self.centres = {
            country.pk: (self.random.uniform(-35, 60), self.random.uniform(-110, 140))
            for country in existing + made
        }
        return existing + made

    def make_cities(self, total, countries):
        pick = self.random
        rows = []
        for n in range(1, total + 1):
            country = pick.choice(countries)
            lat, lon = self.centres[country.pk]
            member = pick.random() < 0.9
            placed = pick.random() < 0.9
            rows.append(
                City(
                    slug=f"{PREFIX}city-{n:05d}",
                    name_en=f"Sample city {n:05d}",
                    name_ar=f"مدينة تجريبية {n:05d}",
                    country=country,
                    hub_id=country.hub_id,
                    kind=pick.choice(City.Kind.values),
                    membership_status="member" if member else "engaged",
                    joined_year=pick.randint(2016, 2026) if member else None,
                    latitude=round(lat + pick.uniform(-3, 3), 5) if placed else None,
                    longitude=round(lon + pick.uniform(-3, 3), 5) if placed else None,
                    **self.published(),
                )
            )
        return self.bulk(City, rows, "cities")

    def make_councils(self, cities):
        pick = self.random
        rows = [
            Council(
                city=city,
                name_en="Local Safety Council",
                name_ar="مجلس السلامة المحلي",
                founded_year=pick.randint(2012, 2025),
            )
            for city in cities
        ]
        councils = self.bulk(Council, rows, "councils")
        seats = [
            CouncilSeat(
                council=council,
                sector=sector,
                role_title_en="Sample seat",
                role_title_ar="مقعد تجريبي",
                count=pick.choice([None, 1, 1, 2]),
                order=order,
            )
            for council in councils
            for order, sector in enumerate(pick.sample(CouncilSeat.Sector.values, 4))
        ]
        self.bulk(CouncilSeat, seats, "council seats")

    def make_events(self, cities, per_city=EVENTS_PER_CITY):
        pick = self.random
        today = self.now.date()
        rows = []
        hosts = []
        for n in range(1, round(len(cities) * per_city) + 1):
            host = pick.choice(cities)
            # Mostly past, some upcoming: ten years back, one ahead.
            start = today + datetime.timedelta(days=pick.randint(-3650, 365))
            hosts.append(host)
            rows.append(
                Event(
                    slug=f"{PREFIX}event-{n:05d}",
                    title_en=f"Sample workshop {n:05d}",
                    title_ar=f"ورشة عمل تجريبية {n:05d}",
                    kind=pick.choice(Event.Kind.values),
                    start_date=start,
                    end_date=start + datetime.timedelta(days=pick.choice([0, 0, 1, 2])),
                    hub_id=host.hub_id,
                    host_city=host,
                    summary_en="Sample data for benchmarks.",
                    summary_ar="بيانات تجريبية لقياس الأداء.",
                    **self.published(),
                )
            )
        events = self.bulk(Event, rows, "events")
        through = Event.participating_cities.through
        links = [
            through(event_id=event.pk, city_id=pick.choice(cities).pk)
            for event in events
            if pick.random() < 0.75
        ]
        self.bulk(through, links, "participations")

    def make_spotlights(self, cities):
        pick = self.random
        rows = [
            Spotlight(
                slug=f"{PREFIX}spotlight-{n:05d}",
                title_en=f"Sample spotlight {n:05d}",
                title_ar=f"أضواء تجريبية {n:05d}",
                summary_en="Sample data for benchmarks.",
                summary_ar="بيانات تجريبية لقياس الأداء.",
                city=pick.choice(cities),
                **self.published(),
            )
            for n in range(1, round(len(cities) * SPOTLIGHTS_PER_CITY) + 1)
        ]
        self.bulk(Spotlight, rows, "spotlights")

    def make_testimonials(self, cities):
        pick = self.random
        rows = [
            Testimonial(
                quote_en="Sample data for benchmarks.",
                quote_ar="بيانات تجريبية لقياس الأداء.",
                person_en=f"Sample person {n:05d}",
                person_ar=f"شخص تجريبي {n:05d}",
                role_en="Mayor",
                role_ar="رئيس البلدية",
                city=pick.choice(cities),
                order=1000 + n,
                **self.published(),
            )
            for n in range(1, round(len(cities) * TESTIMONIALS_PER_CITY) + 1)
        ]
        self.bulk(Testimonial, rows, "testimonials")

    def make_impacts(self, cities):
        pick = self.random
        chosen = pick.sample(cities, min(len(cities), round(len(cities) * IMPACTS_PER_CITY)))
        rows = [
            HubImpact(
                hub_id=city.hub_id,
                city=city,
                text_en="Sample data for benchmarks.",
                text_ar="بيانات تجريبية لقياس الأداء.",
                order=100,
            )
            for city in chosen
            if city.hub_id
        ]
        self.bulk(HubImpact, rows, "impact entries")
