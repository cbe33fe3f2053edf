"""Who follows what by e-mail, what each of them has been sent, and the staff's pause switch.

An address is personal data: a subscriber row holds only what sending needs (the address, the
choices, the language and how often) and goes entirely when they leave or are erased.
"""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_key():
    return secrets.token_urlsafe(18)


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def unconfirmed_since(self, moment):
        return self.filter(confirmed_at__isnull=True, created_at__lt=moment)

    def following_counts(self):
        """Confirmed followers per hub, city and topic, plus the whole network's (4 queries)."""
        counts = {"network": self.confirmed().filter(whole_network=True).count()}
        for relation, target in (("hubs", "hub"), ("cities", "city"), ("topics", "topic")):
            through = Subscriber._meta.get_field(relation).remote_field.through
            rows = (
                through.objects.filter(subscriber__confirmed_at__isnull=False)
                .values(target)
                .annotate(followers=Count("subscriber"))
                .order_by()
            )
            counts[relation] = {row[target]: row["followers"] for row in rows}
        return counts


class Subscriber(models.Model):
    """One e-mail address and what it follows; unconfirmed until the link in the first mail."""

    class Frequency(models.TextChoices):
        ON_PUBLISH = "publish", _("When something is published")
        WEEKLY = "weekly", _("A weekly digest")

    email = models.EmailField(_("e-mail address"), unique=True)
    language = models.CharField(
        _("language of the e-mails"), max_length=5, choices=settings.LANGUAGES
    )
    frequency = models.CharField(
        _("how often"), max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY
    )
    whole_network = models.BooleanField(_("the whole network"), default=False)
    hubs = models.ManyToManyField("hubs.Hub", blank=True, verbose_name=_("hubs"))
    cities = models.ManyToManyField("cities.City", blank=True, verbose_name=_("cities"))
    topics = models.ManyToManyField("library.Topic", blank=True, verbose_name=_("topics"))
    # Part of every link's signature: replacing it revokes every link sent so far.
    key = models.CharField(max_length=32, default=new_key, editable=False)
    created_at = models.DateTimeField(_("subscribed"), auto_now_add=True, db_index=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True, db_index=True)
    # The notice still to e-mail (confirmation, or "already subscribed"); empty once sent.
    pending_notice = models.CharField(max_length=10, blank=True, editable=False)
    # When the last round ended for this address: a weekly digest is due seven days later.
    last_round_at = models.DateTimeField(_("last update sent"), null=True, blank=True)
    batch = models.ForeignKey(
        "follow.Batch", null=True, blank=True, on_delete=models.SET_NULL, editable=False
    )

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")

    def __str__(self):
        return self.email

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None


class SentItem(models.Model):
    """One item e-mailed to one subscriber: never sent to them twice."""

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="sent")
    item = models.CharField(_("item"), max_length=40)  # "<kind>:<pk>", e.g. "spotlight:12"
    sent_at = models.DateTimeField(_("sent"), default=timezone.now)

    class Meta:
        ordering = ["-sent_at"]
        verbose_name = _("item sent")
        verbose_name_plural = _("items sent")
        constraints = [
            models.UniqueConstraint(fields=["subscriber", "item"], name="follow_sent_once"),
        ]

    def __str__(self):
        return self.item


class Batch(models.Model):
    """A slice of one round's subscribers, sent by one queued delivery (retried until done)."""

    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    sent = models.PositiveIntegerField(_("messages sent"), default=0)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("batch")
        verbose_name_plural = _("batches")

    def __str__(self):
        return f"#{self.pk}"


class SendingSwitch(models.Model):
    """The staff's pause switch for e-mail updates (one row)."""

    paused = models.BooleanField(
        _("pause sending"),
        default=False,
        help_text=_(
            "While paused no update is sent; nothing is lost: what is published meanwhile "
            "goes out once sending resumes. Confirmation e-mails still go out."
        ),
    )
    changed_at = models.DateTimeField(_("changed"), auto_now=True)

    class Meta:
        verbose_name = _("sending of e-mail updates")
        verbose_name_plural = _("sending of e-mail updates")

    def __str__(self):
        return str(_("Paused") if self.paused else _("Sending"))

    @classmethod
    def current(cls):
        switch, _created = cls.objects.get_or_create(pk=1)
        return switch

    @classmethod
    def is_paused(cls):
        return cls.objects.filter(pk=1, paused=True).exists()
