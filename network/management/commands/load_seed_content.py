"""``manage.py load_seed_content``: fill the database with the starting content.

Everything is looked up by its slug or natural key, in one transaction, so running the
command again creates nothing new. By default an object that already exists is left as it
is, so staff edits survive ``make run``; ``--refresh`` resets seed objects to the seed text.
"""

import datetime
from collections import Counter

import reversion
from django.contrib import admin
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.translation import gettext_noop
from reversion.models import Version

from cities.models import City, Council, CouncilSeat, Country, Milestone
from hubs.models import Event, Hub, HubContact, HubImpact, HubPriority
from infra.pagecache import bump_content_version
from kernel.dates import DatePrecision, PartialDate
from library.models import Partner, Resource, Topic
from network.seed import elbasan, kumanovo, mena, pages, places, topics, western_balkans
from pages.models import Page
from spotlights.models import Spotlight, SpotlightAuthor, SpotlightSection
from testimonials.models import Testimonial

PUBLISHED = "published"
HUB_SOURCES = (western_balkans, mena)
# Publication date for seed items that carry no date of their own.
DEFAULT_PUBLISHED = datetime.date(2023, 10, 1)


def translated(values):
    """Expand ``{"name": {"ar": …, "en": …}}`` into ``{"name_ar": …, "name_en": …}``."""
    expanded = {}
    for key, value in values.items():
        if isinstance(value, dict) and set(value) == {"ar", "en"}:
            expanded[f"{key}_ar"] = value["ar"]
            expanded[f"{key}_en"] = value["en"]
        else:
            expanded[key] = value
    return expanded


def partial_dates(data, precision_field, *fields):
    """Turn the seed's "2019-09" strings in ``fields`` into dates plus ``precision_field``;
    drop the ``*_source`` notes (for reviewers and the seed test, not stored)."""
    data = {key: value for key, value in data.items() if not key.endswith("_source")}
    precision = None
    for field in fields:
        text = data.get(field)
        if text:
            parsed = PartialDate.parse(text)
            data[field], precision = parsed.start, precision or parsed.precision
        else:
            data[field] = None
    data[precision_field] = precision or DatePrecision.DAY
    return data


def moment(day):
    """Midnight UTC of a date, so publication dates are the same on every run."""
    return datetime.datetime.combine(day, datetime.time(), tzinfo=datetime.UTC)


class Loader:
    def __init__(self, refresh=False):
        self.refresh = refresh
        self.created = Counter()
        self.kept = Counter()
        self.hubs = {}
        self.cities = {}
        self.topics = {}
        self.events = {}
        self.hubs_to_fill = set()  # hubs whose priorities, impacts and contacts are written

    def save(self, model, lookup, values):
        """Create the object if missing; with ``--refresh`` also overwrite an existing one.

        Returns ``(obj, write_children)``: related rows and M2M links are written only for a
        new object or on refresh, so a rerun does not touch what staff changed since.
        """
        values = translated(values)
        if self.refresh:
            obj, created = model.objects.update_or_create(defaults=values, **lookup)
        else:
            obj, created = model.objects.get_or_create(defaults=values, **lookup)
        (self.created if created else self.kept)[model._meta.label] += 1
        return obj, created or self.refresh

    def published(self, day):
        return {"status": PUBLISHED, "published_at": moment(day)}

    def run(self):
        self.load_topics()
        self.load_hubs()
        self.load_countries_and_cities()
        for source in (western_balkans, mena, elbasan, kumanovo):
            self.load_events(source.EVENTS, default_hub=getattr(source, "SLUG", None))
        self.load_hub_rows()
        for source in (western_balkans, elbasan, kumanovo):
            self.load_councils(source.COUNCILS)
        for source in (western_balkans, mena, elbasan):
            self.load_testimonials(source.TESTIMONIALS)
        self.load_spotlight(elbasan.SPOTLIGHT)
        self.load_spotlight(kumanovo.STORY)
        self.load_milestones(western_balkans.MILESTONES)
        self.load_partners(western_balkans.PARTNERS)
        for source in (western_balkans, elbasan, kumanovo):
            self.load_resources(source.RESOURCES)
        self.load_pages()

    def load_pages(self):
        for item in pages.PAGES:
            data = dict(item)
            slug = data.pop("slug")
            self.save(Page, {"slug": slug}, {**data, **self.published(pages.PUBLISHED_AT)})

    def load_topics(self):
        for order, item in enumerate(topics.TOPICS, start=1):
            topic, _ = self.save(
                Topic, {"slug": item["slug"]}, {"name": item["name"], "order": order}
            )
            self.topics[topic.slug] = topic

    def load_hubs(self):
        for source in HUB_SOURCES:
            data = dict(source.HUB)
            slug = data.pop("slug")
            values = {**data, **self.published(data.pop("published_at"))}
            self.hubs[slug], write_rows = self.save(Hub, {"slug": slug}, values)
            if write_rows:
                self.hubs_to_fill.add(slug)

    def load_countries_and_cities(self):
        countries = {}
        for item in places.COUNTRIES:
            values = {"name": item["name"], "hub": self.hubs[item["hub"]]}
            countries[item["iso_code"]], _ = self.save(
                Country, {"iso_code": item["iso_code"]}, values
            )
        for item in places.CITIES:
            data = partial_dates(item, "joined_precision", "joined_on")
            data["status_source"] = item["status_source"]  # kept for staff
            slug = data.pop("slug")
            data["country"] = countries[data["country"]]
            data["hub"] = self.hubs[data["hub"]]
            data["joined_year"] = data["joined_on"].year if data["joined_on"] else None
            # A city is on the site from the year it joined, or from the hub's first year.
            day = data["joined_on"] or DEFAULT_PUBLISHED
            self.cities[slug], _ = self.save(City, {"slug": slug}, {**data, **self.published(day)})

    def load_events(self, events, default_hub):
        for item in events:
            data = partial_dates(item, "date_precision", "start_date", "end_date")
            slug = data.pop("slug")
            participants = data.pop("participants")
            hub_slug = data.pop("hub", default_hub)
            data["hub"] = self.hubs[hub_slug] if hub_slug else None
            host = data.pop("host_city", None)
            data["host_city"] = self.cities[host] if host else None
            values = {**data, **self.published(data["start_date"])}
            event, write_links = self.save(Event, {"slug": slug}, values)
            if write_links:
                event.participating_cities.set([self.cities[name] for name in participants])
            self.events[slug] = event

    def load_hub_rows(self):
        for source in HUB_SOURCES:
            if source.SLUG not in self.hubs_to_fill:
                continue
            hub = self.hubs[source.SLUG]
            workshop = self.events[source.INAUGURAL_WORKSHOP]
            for order, text in enumerate(source.PRIORITIES, start=1):
                self.save(
                    HubPriority,
                    {"hub": hub, "order": order},
                    {"text": text, "workshop": workshop},
                )
            for order, item in enumerate(source.IMPACTS, start=1):
                data = partial_dates(item, "date_precision", "date")
                data["city"] = self.cities[data["city"]]
                self.save(HubImpact, {"hub": hub, "order": order}, data)
            for order, item in enumerate(source.CONTACTS, start=1):
                self.save(HubContact, {"hub": hub, "order": order}, item)

    def load_councils(self, councils):
        by_kind = {}
        for item in councils:
            data = partial_dates(item, "founded_precision", "founded_on")
            city = self.cities[data.pop("city")]
            seats = data.pop("seats")
            parent = data.pop("parent", None)
            data["parent"] = by_kind[parent] if parent else None
            data["founded_year"] = data["founded_on"].year if data["founded_on"] else None
            council, write_seats = self.save(Council, {"city": city, "kind": data["kind"]}, data)
            by_kind[council.kind] = council
            if write_seats:
                # A seat is (sector, role) or (sector, role, count); no count means the source
                # names the role without saying how many sit for it ("represented").
                for order, (sector, role, *count) in enumerate(seats, start=1):
                    self.save(
                        CouncilSeat,
                        {"council": council, "order": order},
                        {"sector": sector, "role_title": role, "count": (count or [None])[0]},
                    )
                # --refresh drops seats the corrected seed no longer lists.
                council.seats.filter(order__gt=len(seats)).delete()

    def load_testimonials(self, testimonials):
        for item in testimonials:
            data = dict(item)
            city = self.cities[data.pop("city")]
            person = data["person"]
            data.setdefault("featured", False)
            lookup = {"city": city, "person_en": person["en"]}
            order = self.testimonial_order(person["en"])
            values = {**data, "order": order, **self.published(DEFAULT_PUBLISHED)}
            self.save(Testimonial, lookup, values)

    def testimonial_order(self, person):
        """Display order follows the seeds: the Western Balkans page first, then MENA, Elbasan."""
        names = [
            item["person"]["en"]
            for source in (western_balkans, mena, elbasan)
            for item in source.TESTIMONIALS
        ]
        return names.index(person) + 1

    def load_spotlight(self, item):
        data = partial_dates(item, "date_precision", "date")
        slug = data.pop("slug")
        mentioned = data.pop("mentioned_cities")
        topic_slugs = data.pop("topics")
        authors = data.pop("authors")
        sections = data.pop("sections")
        data["city"] = self.cities[data["city"]]
        values = {**data, **self.published(data.pop("published_at"))}
        spotlight, write_rows = self.save(Spotlight, {"slug": slug}, values)
        if not write_rows:
            return
        spotlight.mentioned_cities.set([self.cities[name] for name in mentioned])
        spotlight.topics.set([self.topics[name] for name in topic_slugs])
        for order, author in enumerate(authors, start=1):
            self.save(SpotlightAuthor, {"spotlight": spotlight, "order": order}, author)
        for order, section in enumerate(sections, start=1):
            self.save(SpotlightSection, {"spotlight": spotlight, "order": order}, section)

    def load_milestones(self, milestones):
        for order, item in enumerate(milestones, start=1):
            data = partial_dates(item, "date_precision", "date")
            data["city"] = self.cities[data["city"]]
            event = data.pop("event")
            data["event"] = self.events[event] if event else None
            lookup = {"city": data["city"], "title_en": data["title"]["en"]}
            self.save(Milestone, lookup, {**data, "order": order})

    def load_partners(self, partners):
        for order, item in enumerate(partners, start=1):
            data = dict(item)
            slug = data.pop("slug")
            hub_slugs = data.pop("hubs")
            values = {**data, "order": order, **self.published(DEFAULT_PUBLISHED)}
            partner, write_links = self.save(Partner, {"slug": slug}, values)
            if write_links:
                partner.hubs.set([self.hubs[name] for name in hub_slugs])

    def load_resources(self, resources):
        for item in resources:
            data = partial_dates(item, "date_precision", "date")
            slug = data.pop("slug")
            hub_slugs = data.pop("hubs")
            topic_slugs = data.pop("topics")
            values = {**data, **self.published(data["date"] or DEFAULT_PUBLISHED)}
            resource, write_links = self.save(Resource, {"slug": slug}, values)
            if write_links:
                resource.hubs.set([self.hubs[name] for name in hub_slugs])
                resource.topics.set([self.topics[name] for name in topic_slugs])


def record_first_versions():
    """Give every object edited in the admin that has no history yet a first version, one
    revision each: restoring a revision restores all it holds, so one per object."""
    for model in reversion.get_registered_models():
        if model not in admin.site._registry:
            continue  # inlines: recorded with their parent (``follow``)
        versioned = {
            int(pk)
            for pk in Version.objects.get_for_model(model).values_list("object_id", flat=True)
        }
        for obj in model._default_manager.exclude(pk__in=versioned):
            with reversion.create_revision():
                # Its source text: the history shows it in each reader's language.
                reversion.set_comment(gettext_noop("Initial version"))
                reversion.add_to_revision(obj)


class Command(BaseCommand):
    help = (
        "Load the starting content (hubs, cities, councils, events, testimonials, spotlights, "
        "partners, resources) from the seed pages. Safe to run again: nothing is duplicated."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--refresh",
            action="store_true",
            help="Also reset objects that already exist to the seed content (overwrites edits).",
        )

    def handle(self, *args, refresh=False, **options):
        loader = Loader(refresh=refresh)
        with transaction.atomic():
            loader.run()
            record_first_versions()
        # Saves already tell the page cache; this covers any bulk write the loader makes.
        bump_content_version()
        created = sum(loader.created.values())
        kept = sum(loader.kept.values())
        verb = "updated" if refresh else "already present"
        self.stdout.write(
            self.style.SUCCESS(f"Seed content: {created} objects created, {kept} {verb}.")
        )
        if options["verbosity"] > 1:
            for label in sorted({*loader.created, *loader.kept}):
                self.stdout.write(f"  {label}: +{loader.created[label]}, ={loader.kept[label]}")
