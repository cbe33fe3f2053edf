"""Following the network by e-mail: subscribe, confirm, change, leave, export, erase.

One entry point per step, each in one transaction; the e-mail a step needs is queued with it
(infra.mailqueue), so it goes out only once the step is committed. Links in e-mails carry
a signed token made of the subscriber's id and key: changing the key revokes them all.
"""

import datetime

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone

from follow.models import Subscriber
from infra import mailqueue

CONFIRM = "confirm"
ALREADY = "already"
CONFIRM_SALT = "follow.confirm"
MANAGE_SALT = "follow.manage"
NOTICE_DELIVERY = "follow.emails.deliver_notice"


def confirm_max_age():
    return datetime.timedelta(days=settings.FOLLOW_UNCONFIRMED_DAYS)


def token_for(subscriber, salt=MANAGE_SALT):
    return signing.dumps([subscriber.pk, subscriber.key], salt=salt)


def subscriber_for(token, salt=MANAGE_SALT, max_age=None):
    """The subscriber a link was made for, or None (forged, expired, revoked or gone)."""
    try:
        pk, key = signing.loads(token, salt=salt, max_age=max_age)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if not isinstance(pk, int) or not isinstance(key, str):
        return None
    return Subscriber.objects.filter(pk=pk, key=key).first()


def _apply_choices(subscriber, choices):
    subscriber.language = choices["language"]
    subscriber.frequency = choices["frequency"]
    subscriber.whole_network = choices["whole_network"]
    subscriber.save()
    subscriber.hubs.set(choices["hubs"])
    subscriber.cities.set(choices["cities"])
    subscriber.topics.set(choices["topics"])


def subscribe(choices):
    """Record a request to follow; whatever the address's state, the visitor sees the same.

    A new or still unconfirmed address gets (again) a confirmation link. A confirmed one keeps
    its choices (whoever typed the address may not own it) and is sent a link to its
    preferences instead.
    """
    email = choices["email"].strip().lower()
    try:
        with transaction.atomic():
            subscriber = Subscriber.objects.select_for_update().filter(email=email).first()
            if subscriber is None:
                subscriber = Subscriber(email=email)
            if subscriber.is_confirmed:
                subscriber.pending_notice = ALREADY
                subscriber.save(update_fields=["pending_notice"])
            else:
                subscriber.pending_notice = CONFIRM
                # A new link, a new grace period: the clean-up counts from the latest request.
                subscriber.created_at = timezone.now()
                _apply_choices(subscriber, choices)
            mailqueue.queue(NOTICE_DELIVERY, subscriber.pk)
    except IntegrityError:
        # The same address stored by a simultaneous request: one confirmation is enough.
        return Subscriber.objects.filter(email=email).first()
    return subscriber


def confirm(subscriber):
    """Start sending: updates count from now on, nothing published earlier is sent."""
    if not subscriber.is_confirmed:
        now = timezone.now()
        subscriber.confirmed_at = subscriber.last_round_at = now
        subscriber.save(update_fields=["confirmed_at", "last_round_at"])
    return subscriber


@transaction.atomic
def change(subscriber, choices):
    _apply_choices(subscriber, choices)
    return subscriber


def leave(subscriber):
    """Unsubscribe: the address and everything about it go at once."""
    subscriber.delete()


def forget_unconfirmed():
    """The scheduled clean-up: addresses never confirmed are deleted after a few days."""
    cutoff = timezone.now() - confirm_max_age()
    deleted, _per_model = Subscriber.objects.unconfirmed_since(cutoff).delete()
    return f"forgot {deleted} rows of unconfirmed subscriptions"


def export(subscriber):
    """Everything kept about one address, for a subject access request."""
    return {
        "email": subscriber.email,
        "language": subscriber.language,
        "frequency": subscriber.frequency,
        "whole_network": subscriber.whole_network,
        "hubs": sorted(subscriber.hubs.values_list("slug", flat=True)),
        "cities": sorted(subscriber.cities.values_list("slug", flat=True)),
        "topics": sorted(subscriber.topics.values_list("slug", flat=True)),
        "subscribed_at": subscriber.created_at.isoformat(),
        "confirmed_at": subscriber.confirmed_at.isoformat() if subscriber.confirmed_at else None,
        "last_update_sent_at": (
            subscriber.last_round_at.isoformat() if subscriber.last_round_at else None
        ),
        "items_sent": [
            {"item": item, "sent_at": sent_at.isoformat()}
            for item, sent_at in subscriber.sent.values_list("item", "sent_at")
        ],
    }
