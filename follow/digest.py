"""The updates: what is new for each subscriber, built and sent by the queue worker in batches.

A *round* (``start_round``, run by the worker's scheduler every few minutes) finds the confirmed
subscribers who are due (those following "when published" once something new is out, weekly
ones seven days after their last update), splits them into batches of ``FOLLOW_BATCH_SIZE``
and queues one delivery per batch through ``infra.mailqueue``, which retries a failed batch
with its backoff. A batch loads what was published lately once, then per subscriber picks the
items they follow that they have not been sent, sends one message and, in one transaction,
records the items sent and releases the subscriber from the batch.

So the invariants hold by construction:

* never twice: an item is picked only if no ``SentItem`` row says it went to that subscriber;
* never unpublished: items are read as published at the moment the batch runs;
* resumable: a worker or mail server stopping half-way leaves the unsent subscribers attached
  to their batch, and the retry (or, after ``FOLLOW_BATCH_STALE_HOURS``, the next round) sends
  to them only. The one message that may go twice is the one accepted by the mail server in
  the instant before its record was written.
"""

import dataclasses
import datetime
from smtplib import SMTPException

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import F, Max, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cities.models import City
from follow import emails
from follow.models import Batch, SendingSwitch, SentItem, Subscriber
from hubs.models import Event
from infra import mailqueue
from library.models import Resource
from spotlights.models import Spotlight
from testimonials.models import Testimonial

DELIVERY = "follow.digest.deliver_batch"
MAIL_ERRORS = (SMTPException, OSError)
WEEK = datetime.timedelta(days=7)
# How far back a batch looks for items: bounds the scan; older items are not "news".
LOOKBACK = datetime.timedelta(days=30)
# Per kind and batch: a message lists at most this many of each kind (the newest).
PER_KIND = 25


@dataclasses.dataclass(frozen=True)
class Item:
    key: str
    kind: str
    obj: object
    published_at: datetime.datetime
    hubs: frozenset
    cities: frozenset
    topics: frozenset

    def followed_by(self, follows):
        return bool(
            follows.whole_network
            or self.hubs & follows.hubs
            or self.cities & follows.cities
            or self.topics & follows.topics
        )


@dataclasses.dataclass
class Follows:
    whole_network: bool
    hubs: set = dataclasses.field(default_factory=set)
    cities: set = dataclasses.field(default_factory=set)
    topics: set = dataclasses.field(default_factory=set)


# kind -> (heading in the e-mail, in this order)
KINDS = {
    "spotlight": _("City spotlights and stories"),
    "event": _("Upcoming events"),
    "testimonial": _("Testimonials"),
    "resource": _("Resources"),
    "city": _("Cities that joined"),
}


def _newest(queryset, since):
    return queryset.filter(published_at__gt=since).order_by("-published_at", "-pk")[:PER_KIND]


def _ids(*values):
    return frozenset(value for value in values if value is not None)


def items_since(since):
    """Everything published after ``since`` and still published now (9 queries)."""
    items = []
    spotlights = _newest(
        Spotlight.objects.published().select_related("city").prefetch_related("topics"), since
    )
    for spotlight in spotlights:
        items.append(
            Item(
                f"spotlight:{spotlight.pk}",
                "spotlight",
                spotlight,
                spotlight.published_at,
                _ids(spotlight.city.hub_id),
                _ids(spotlight.city_id),
                frozenset(topic.pk for topic in spotlight.topics.all()),
            )
        )
    events = _newest(
        Event.objects.published()
        .upcoming()
        .select_related("hub", "host_city")
        .prefetch_related("participating_cities"),
        since,
    )
    for event in events:
        cities = {city.pk for city in event.participating_cities.all()} | {event.host_city_id}
        items.append(
            Item(
                f"event:{event.pk}",
                "event",
                event,
                event.published_at,
                _ids(event.hub_id),
                _ids(*cities),
                frozenset(),
            )
        )
    for testimonial in _newest(Testimonial.objects.published().select_related("city"), since):
        city = testimonial.city
        items.append(
            Item(
                f"testimonial:{testimonial.pk}",
                "testimonial",
                testimonial,
                testimonial.published_at,
                _ids(city.hub_id if city else None),
                _ids(testimonial.city_id),
                frozenset(),
            )
        )
    for resource in _newest(Resource.objects.published().prefetch_related("hubs", "topics"), since):
        items.append(
            Item(
                f"resource:{resource.pk}",
                "resource",
                resource,
                resource.published_at,
                frozenset(hub.pk for hub in resource.hubs.all()),
                frozenset(),
                frozenset(topic.pk for topic in resource.topics.all()),
            )
        )
    for city in _newest(City.objects.members().select_related("country"), since):
        items.append(
            Item(
                f"city:{city.pk}",
                "city",
                city,
                city.published_at,
                _ids(city.hub_id),
                _ids(city.pk),
                frozenset(),
            )
        )
    return items


def latest_publication():
    """When the newest item a subscriber could receive was published (1 query), or None."""
    now = timezone.now()
    querysets = [
        Spotlight.objects.published(),
        Event.objects.published().upcoming(),
        Testimonial.objects.published(),
        Resource.objects.published(),
        City.objects.members(),
    ]
    latest = [
        qs.filter(published_at__lte=now).order_by().values("published_at") for qs in querysets
    ]
    first = latest[0].union(*latest[1:]).order_by("-published_at")[:1]
    return next((row["published_at"] for row in first), None)


def follows_of(subscribers):
    """What each subscriber follows, read in three queries for the whole batch."""
    follows = {s.pk: Follows(s.whole_network) for s in subscribers}
    for relation, target in (("hubs", "hub_id"), ("cities", "city_id"), ("topics", "topic_id")):
        through = Subscriber._meta.get_field(relation).remote_field.through
        rows = through.objects.filter(subscriber_id__in=follows).values_list(
            "subscriber_id", target
        )
        for subscriber_id, pk in rows:
            getattr(follows[subscriber_id], relation).add(pk)
    return follows


def sections(items):
    """The items of one message grouped under their headings, in the order of ``KINDS``."""
    by_kind = {kind: [] for kind in KINDS}
    for item in sorted(items, key=lambda item: item.published_at, reverse=True):
        by_kind[item.kind].append(item.obj)
    return [(kind, KINDS[kind], objs) for kind, objs in by_kind.items() if objs]


def pick(subscriber, follows, items, sent):
    return [
        item
        for item in items
        if item.published_at > subscriber.confirmed_at
        and (subscriber.pk, item.key) not in sent
        and item.followed_by(follows)
    ]


def digest_message(subscriber, items, connection=None):
    context = {"sections": sections(items), "count": len(items)}
    return emails.message(subscriber, "follow/emails/digest", context, connection=connection)


# Rounds and batches ---------------------------------------------------------------------------


def due_subscribers(now=None):
    """Confirmed subscribers not in a batch who have something new or a weekly digest due."""
    now = now or timezone.now()
    latest = latest_publication()
    if latest is None:
        return Subscriber.objects.none()
    weekly = Subscriber.Frequency.WEEKLY
    return (
        Subscriber.objects.confirmed()
        .filter(batch__isnull=True, last_round_at__lt=latest)
        .filter(~Q(frequency=weekly) | Q(last_round_at__lte=now - WEEK))
    )


def start_round():
    """The scheduled task: queue one delivery per batch of due subscribers."""
    if SendingSwitch.is_paused():
        return "paused"
    now = timezone.now()
    # Batches whose retries ran out give their subscribers back to the rounds.
    stale = now - datetime.timedelta(hours=settings.FOLLOW_BATCH_STALE_HOURS)
    Subscriber.objects.filter(batch__finished_at__isnull=True, batch__created_at__lt=stale).update(
        batch=None
    )
    pks = list(due_subscribers(now).order_by("pk").values_list("pk", flat=True))
    batches = 0
    size = settings.FOLLOW_BATCH_SIZE
    for chunk in (pks[start : start + size] for start in range(0, len(pks), size)):
        with transaction.atomic():
            batch = Batch.objects.create()
            Subscriber.objects.filter(pk__in=chunk, batch__isnull=True).update(batch=batch)
            mailqueue.queue(DELIVERY, batch.pk)
        batches += 1
    return f"{len(pks)} subscribers in {batches} batches"


def deliver_batch(pk):
    """The queued task: send the batch's remaining subscribers their updates.

    Raises the mail error that stopped it, leaving the unsent subscribers in the batch for the
    retry infra.mailqueue has already scheduled.
    """
    batch = Batch.objects.filter(pk=pk, finished_at__isnull=True).first()
    if batch is None:
        return
    now = timezone.now()
    if SendingSwitch.is_paused():
        # Released untouched: the first round after the pause takes them again.
        Subscriber.objects.filter(batch=batch).update(batch=None)
        Batch.objects.filter(pk=pk).update(finished_at=now)
        return
    subscribers = list(Subscriber.objects.confirmed().filter(batch=batch).order_by("pk"))
    if subscribers:
        since = max(min(s.confirmed_at for s in subscribers), now - LOOKBACK)
        items = items_since(since)
        follows = follows_of(subscribers)
        sent = set(
            SentItem.objects.filter(
                subscriber__in=subscribers, item__in=[item.key for item in items]
            ).values_list("subscriber_id", "item")
        )
        error = _send_all(batch, subscribers, items, follows, sent, now)
        if error is not None:
            raise error
    Subscriber.objects.filter(batch=batch).update(batch=None)  # unconfirmed meanwhile: none
    Batch.objects.filter(pk=pk).update(finished_at=timezone.now())


def _send_all(batch, subscribers, items, follows, sent, now):
    """Send and record subscriber by subscriber; returns the mail error that stopped it."""
    messages, error = 0, None
    with get_connection() as connection:
        for subscriber in subscribers:
            chosen = pick(subscriber, follows[subscriber.pk], items, sent)
            if chosen:
                try:
                    digest_message(subscriber, chosen, connection).send()
                except MAIL_ERRORS as failure:
                    error = failure  # the server is failing: the retry takes the rest
                    break
                messages += 1
            with transaction.atomic():
                SentItem.objects.bulk_create(
                    [
                        SentItem(subscriber=subscriber, item=item.key, sent_at=now)
                        for item in chosen
                    ],
                    ignore_conflicts=True,
                )
                Subscriber.objects.filter(pk=subscriber.pk).update(batch=None, last_round_at=now)
    Batch.objects.filter(pk=batch.pk).update(sent=F("sent") + messages)
    return error


def preview(language, now=None):
    """The next update a whole-network weekly subscriber would get, in ``language``."""
    now = now or timezone.now()
    last_round = Subscriber.objects.aggregate(last=Max("last_round_at"))["last"]
    since = max(last_round or now - WEEK, now - WEEK)
    reader = Subscriber(
        pk=0, email="preview@example.invalid", language=language, whole_network=True
    )
    reader.confirmed_at = since
    items = [item for item in items_since(since) if item.followed_by(Follows(True))]
    return digest_message(reader, items), len(items)
