"""The updates: only what each subscriber follows, never twice, never unpublished items,
resumed after the mail server stops half-way through a batch, and paused on request."""

import datetime

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django_q.models import Schedule

from follow import digest, schedules, services
from follow.models import Batch, SendingSwitch, SentItem, Subscriber
from infra import mailqueue
from kernel.dates import DatePrecision
from tests import factories

pytestmark = pytest.mark.django_db

LOCMEM = "django.core.mail.backends.locmem.EmailBackend"


def follower(email="reader@example.org", language="en", **follows):
    subscriber = Subscriber.objects.create(
        email=email,
        language=language,
        frequency=Subscriber.Frequency.ON_PUBLISH,
        whole_network=follows.pop("whole_network", False),
    )
    for relation, objects in follows.items():
        getattr(subscriber, relation).set(objects)
    confirmed = timezone.now() - datetime.timedelta(hours=1)
    Subscriber.objects.filter(pk=subscriber.pk).update(
        confirmed_at=confirmed, last_round_at=confirmed
    )
    subscriber.refresh_from_db()
    return subscriber


def fresh(factory, **fields):
    """Published a minute ago: after every subscriber here confirmed."""
    return factory(published_at=timezone.now() - datetime.timedelta(minutes=1), **fields)


def run_round(capture):
    with capture(execute=True):
        return digest.start_round()


def test_each_subscriber_gets_what_they_follow_only(django_capture_on_commit_callbacks, settings):
    hub, other_hub = factories.HubFactory(), factories.HubFactory()
    city = factories.CityFactory(country__hub=hub)
    elsewhere = factories.CityFactory(country__hub=other_hub)
    topic = factories.TopicFactory()
    in_hub = fresh(factories.SpotlightFactory, city=city, title_en="Hub story")
    on_topic = fresh(factories.SpotlightFactory, city=elsewhere, title_en="Topic story")
    on_topic.topics.add(topic)
    event = fresh(
        factories.EventFactory,
        hub=hub,
        title_en="Hub workshop",
        start_date=timezone.localdate().replace(day=1) + datetime.timedelta(days=62),
        date_precision=DatePrecision.MONTH,
    )
    fresh(factories.EventFactory, hub=hub, title_en="Old workshop")  # past: not news
    fresh(factories.TestimonialFactory, city=elsewhere, quote_en="Elsewhere quote")
    fresh(factories.ResourceFactory, title_en="Topic report").topics.add(topic)

    hub_reader = follower("hub@example.org", hubs=[hub])
    topic_reader = follower("topic@example.org", topics=[topic])
    everyone = follower("all@example.org", whole_network=True)
    nobody = follower("city@example.org", cities=[factories.CityFactory()])

    run_round(django_capture_on_commit_callbacks)
    received = {message.to[0]: message.body for message in mail.outbox}
    assert set(received) == {hub_reader.email, topic_reader.email, everyone.email}
    assert "Hub story" in received[hub_reader.email]
    assert "Hub workshop" in received[hub_reader.email]
    # An event known to its month is announced at that precision, never with a day.
    with translation.override("en"):
        month = str(event.when)
    assert month in received[hub_reader.email] and f"1 {month}" not in received[hub_reader.email]
    assert "Topic story" not in received[hub_reader.email]
    assert "Old workshop" not in received[everyone.email]
    assert "Topic story" in received[topic_reader.email]
    assert "Topic report" in received[topic_reader.email]
    # A resource links to its document where it lives; site pages get the site's address.
    assert "\n  https://example.org/report.pdf\n" in received[topic_reader.email]
    with translation.override("en"):
        story_url = settings.SITE_URL + in_hub.get_absolute_url()
    assert f"\n  {story_url}\n" in received[hub_reader.email]
    assert "Hub story" not in received[topic_reader.email]
    assert "Elsewhere quote" in received[everyone.email]
    assert not SentItem.objects.filter(subscriber=nobody).exists()
    assert in_hub.title_en in received[everyone.email]


def test_never_twice_and_never_unpublished(django_capture_on_commit_callbacks):
    reader = follower(whole_network=True)
    fresh(factories.SpotlightFactory, title_en="Kept story")
    withdrawn = fresh(factories.SpotlightFactory, title_en="Withdrawn story")
    withdrawn.status = "draft"
    withdrawn.save()  # unpublished before the round ran
    scheduled = factories.SpotlightFactory(
        title_en="Tomorrow's story", published_at=timezone.now() + datetime.timedelta(days=1)
    )

    run_round(django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1
    assert "Kept story" in mail.outbox[0].body
    assert "Withdrawn story" not in mail.outbox[0].body
    assert "Tomorrow's story" not in mail.outbox[0].body

    # Nothing new: no mail. A new item: only the new one.
    run_round(django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1
    fresh(factories.TestimonialFactory, quote_en="New quote")
    Subscriber.objects.filter(pk=reader.pk).update(
        last_round_at=timezone.now() - datetime.timedelta(minutes=5)
    )
    run_round(django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 2
    assert "New quote" in mail.outbox[1].body and "Kept story" not in mail.outbox[1].body
    # The scheduled one goes out once its time has come, and then only once.
    type(scheduled).objects.filter(pk=scheduled.pk).update(published_at=timezone.now())
    run_round(django_capture_on_commit_callbacks)
    run_round(django_capture_on_commit_callbacks)
    bodies = [message.body for message in mail.outbox]
    assert sum("Tomorrow's story" in body for body in bodies) == 1
    assert SentItem.objects.filter(subscriber=reader).count() == 3


class FlakyBackend:
    """A mail server that takes ``accept`` messages, then goes down."""

    accept = 0

    def __init__(self, *args, **kwargs):
        from django.core.mail.backends.locmem import EmailBackend

        self.inner = EmailBackend()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def open(self):
        return True

    def close(self):
        pass

    def send_messages(self, messages):
        from smtplib import SMTPServerDisconnected

        if FlakyBackend.accept <= 0:
            raise SMTPServerDisconnected("mail server went away")
        FlakyBackend.accept -= len(messages)
        return self.inner.send_messages(messages)


def test_a_batch_stopped_half_way_resumes_where_it_stopped(mail_worker, settings):
    settings.FOLLOW_BATCH_SIZE = 5
    settings.EMAIL_BACKEND = "tests.follow.test_digest.FlakyBackend"
    FlakyBackend.accept = 3
    readers = [follower(f"reader{n}@example.org", whole_network=True) for n in range(8)]
    fresh(factories.SpotlightFactory, title_en="Story")

    assert digest.start_round() == "8 subscribers in 2 batches"
    mail_worker()
    # The server took three messages, then refused: those three are recorded as sent.
    assert len(mail.outbox) == 3
    assert SentItem.objects.count() == 3
    waiting = Subscriber.objects.filter(batch__isnull=False)
    assert waiting.count() == 5
    # The retries infra.mailqueue scheduled hold the rest; a new round does not take them.
    assert digest.start_round() == "0 subscribers in 0 batches"

    settings.EMAIL_BACKEND = LOCMEM
    Schedule.objects.filter(func=mailqueue.TASK).update(next_run=timezone.now())
    mail_worker()
    recipients = [message.to[0] for message in mail.outbox]
    assert sorted(recipients) == sorted(reader.email for reader in readers)  # each once
    assert not Subscriber.objects.filter(batch__isnull=False).exists()
    assert Batch.objects.filter(finished_at__isnull=True).count() == 0


def test_pause_holds_everything_back_until_resumed(django_capture_on_commit_callbacks):
    follower(whole_network=True)
    fresh(factories.SpotlightFactory, title_en="Held story")
    switch = SendingSwitch.current()
    switch.paused = True
    switch.save()
    assert run_round(django_capture_on_commit_callbacks) == "paused"
    assert mail.outbox == []
    switch.paused = False
    switch.save()
    run_round(django_capture_on_commit_callbacks)
    assert "Held story" in mail.outbox[0].body


def test_weekly_subscribers_get_one_digest_a_week(django_capture_on_commit_callbacks):
    reader = follower(whole_network=True)
    Subscriber.objects.filter(pk=reader.pk).update(frequency=Subscriber.Frequency.WEEKLY)
    fresh(factories.SpotlightFactory, title_en="First story")
    run_round(django_capture_on_commit_callbacks)
    assert mail.outbox == []  # confirmed an hour ago: the week is not over
    week_ago = timezone.now() - datetime.timedelta(days=7, minutes=1)
    Subscriber.objects.filter(pk=reader.pk).update(confirmed_at=week_ago, last_round_at=week_ago)
    fresh(factories.SpotlightFactory, title_en="Second story")
    run_round(django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1
    assert "First story" in mail.outbox[0].body and "Second story" in mail.outbox[0].body


def test_missing_translation_is_marked_in_both_parts(django_capture_on_commit_callbacks):
    follower(language="ar", whole_network=True)
    fresh(factories.SpotlightFactory, title_en="English only", title_ar="")
    run_round(django_capture_on_commit_callbacks)
    message = mail.outbox[0]
    assert "English only (لم تُترجم بعد)" in message.body
    html = message.alternatives[0][0]
    assert '<span lang="en" dir="ltr" class="fallback">English only</span>' in html
    assert "fallback__note" in html


def test_queries_per_message_stay_flat(django_capture_on_commit_callbacks, settings):
    settings.FOLLOW_BATCH_SIZE = 100
    hub = factories.HubFactory()
    for _n in range(5):
        fresh(factories.SpotlightFactory, city=factories.CityFactory(country__hub=hub))
    for n in range(20):
        follower(f"r{n}@example.org", hubs=[hub])
    batch = Batch.objects.create()
    Subscriber.objects.update(batch=batch)
    with CaptureQueriesContext(connection) as queries:
        digest.deliver_batch(batch.pk)
    assert len(mail.outbox) == 20
    # Per batch: reads of items and follows; per message: one transaction of three writes.
    assert len(queries) <= 20 + 20 * 5


def test_unconfirmed_addresses_are_forgotten_after_a_few_days(settings):
    settings.FOLLOW_UNCONFIRMED_DAYS = 3
    old = Subscriber.objects.create(email="old@example.org", language="en")
    Subscriber.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=3, minutes=1)
    )
    Subscriber.objects.create(email="new@example.org", language="en")
    confirmed = follower("kept@example.org", whole_network=True)
    Subscriber.objects.filter(pk=confirmed.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=30)
    )
    services.forget_unconfirmed()
    assert sorted(Subscriber.objects.values_list("email", flat=True)) == [
        "kept@example.org",
        "new@example.org",
    ]


def test_schedules_are_created_once():
    schedules.ensure()
    schedules.ensure()
    assert Schedule.objects.filter(func=schedules.ROUND).count() == 1
    assert Schedule.objects.filter(func=schedules.CLEANUP).count() == 1
    assert not schedules.missing()
