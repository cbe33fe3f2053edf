"""Milestones: the steps of a city's journey that the rest of the data cannot know."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from kernel.dates import PartialDateModel, precision_field, year_order_field


class Milestone(PartialDateModel):
    """A dated step in a city's journey with the network, written by staff from a source."""

    class Kind(models.TextChoices):
        JOINED = "joined", _("Joined the network")
        COUNCIL = "council", _("Council founded")
        REQUEST = "request", _("Request for support")
        AGREEMENT = "agreement", _("Agreement or memorandum")
        TRAINING = "training", _("Training")
        EXCHANGE = "exchange", _("City exchange")
        GRANT = "grant", _("Grant")
        EVENT = "event", _("Event")
        OTHER = "other", _("Other")

    city = models.ForeignKey(
        "cities.City", on_delete=models.CASCADE, related_name="milestones", verbose_name=_("city")
    )
    date = models.DateField(_("date"))
    date_precision = precision_field()
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    title = models.CharField(_("title"), max_length=250)
    description = models.TextField(_("description"), blank=True)
    event = models.ForeignKey(
        "hubs.Event",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("event"),
        help_text=_(
            "If the milestone is an event on the site: the journey links to it and shows it "
            "once, as this milestone."
        ),
    )
    order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Among milestones with the same date.")
    )
    year_order = year_order_field()

    partial_date_fields = {"date": "date_precision"}

    class Meta:
        ordering = ["city", "date", "date_precision", "order", "pk"]
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")

    def __str__(self):
        return f"{self.when}: {self.title}"

    def get_absolute_url(self):
        return self.city.get_absolute_url() + "#journey"

    @property
    def when(self):
        return self.partial("date")
