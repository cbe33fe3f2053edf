"""The migration that gave events a date precision, run on events as an older portal stored
them: days that stood for a month or a year lose them, and a seeded claim no source makes goes."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("hubs", "0006_hub_stated_member_count")]
AFTER = [("hubs", "0007_event_date_precision")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_stored_days_become_the_precision_their_sources_give():
    apps = migrate(BEFORE)
    Event = apps.get_model("hubs", "Event")

    def event(slug, start, **fields):
        Event.objects.create(
            slug=slug, kind="other", status="published", start_date=start, **fields
        )

    event("a-real-day", datetime.date(2017, 9, 12))
    event("a-month", datetime.date(2019, 9, 1))
    event("a-year", datetime.date(2017, 1, 1))
    event(
        "unga-78-gctf-side-event-2023",
        datetime.date(2023, 9, 1),
        location="New York, United States",
        location_en="New York, United States",
        location_ar="نيويورك، الولايات المتحدة",
    )
    apps = migrate(AFTER)
    Event = apps.get_model("hubs", "Event")
    stored = {e.slug: (e.start_date, e.date_precision, e.location_en) for e in Event.objects.all()}
    year, month, day = 1, 2, 3
    assert stored["a-real-day"] == (datetime.date(2017, 9, 12), day, None)
    assert stored["a-month"] == (datetime.date(2019, 9, 1), month, None)
    assert stored["a-year"] == (datetime.date(2017, 1, 1), year, None)
    # Seed 003 names the General Assembly's 78th session: neither its month nor its place.
    assert stored["unga-78-gctf-side-event-2023"] == (datetime.date(2023, 1, 1), year, "")
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())  # as the other tests expect


@pytest.mark.django_db(transaction=True)
def test_testimonial_dates_get_the_precision_the_stored_day_can_claim():
    apps = migrate([("testimonials", "0002_search_testimonials")])
    Testimonial = apps.get_model("testimonials", "Testimonial")
    days = [datetime.date(2021, 1, 1), datetime.date(2019, 9, 1), datetime.date(2018, 5, 4)]
    for day in days:
        Testimonial.objects.create(quote="…", person="Mayor", date=day, status="published")
    Testimonial.objects.create(quote="…", person="Undated", status="published")
    apps = migrate([("testimonials", "0003_testimonial_date_precision")])
    stored = apps.get_model("testimonials", "Testimonial").objects.exclude(date=None)
    assert sorted((t.date, t.date_precision) for t in stored) == [
        (days[2], 3),
        (days[1], 2),
        (days[0], 1),
    ]
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True)
def test_stored_events_get_their_last_day():
    apps = migrate([("hubs", "0009_event_report_file_checked")])
    Event = apps.get_model("hubs", "Event")
    rows = {
        "a-day": (datetime.date(2017, 9, 12), None, 3),
        "two-days": (datetime.date(2017, 9, 12), datetime.date(2017, 9, 13), 3),
        "a-month": (datetime.date(2019, 2, 1), None, 2),
        "a-year": (datetime.date(2023, 1, 1), None, 1),
    }
    for slug, (start, end, precision) in rows.items():
        Event.objects.create(
            slug=slug,
            kind="other",
            status="published",
            start_date=start,
            end_date=end,
            date_precision=precision,
        )
    apps = migrate([("hubs", "0010_event_last_day")])
    stored = dict(apps.get_model("hubs", "Event").objects.values_list("slug", "last_day"))
    assert stored == {
        "a-day": datetime.date(2017, 9, 12),
        "two-days": datetime.date(2017, 9, 13),
        "a-month": datetime.date(2019, 2, 28),
        "a-year": datetime.date(2023, 12, 31),
    }
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())  # as the other tests expect
