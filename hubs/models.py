"""Regional hubs and the events that make up their history."""

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from network.fields import RichTextField
from network.models import Publishable, PublishableQuerySet, Searchable


class HubQuerySet(PublishableQuerySet):
    pass


class Hub(Publishable, Searchable):
    """A regional office of the network (Western Balkans, Middle East & North Africa…)."""

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=150, unique=True)
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences for cards and search results.")
    )
    introduction = RichTextField(_("introduction"))
    priorities_intro = RichTextField(
        _("needs and priorities: introduction"),
        help_text=_("How and where the cities named their needs and priorities."),
    )
    impact_intro = models.TextField(_("impact: introduction"), blank=True)
    about = RichTextField(
        _("about the hub"), help_text=_("Who funds the hub, where its team sits, its pillars.")
    )
    network_intro = models.TextField(_("discover the network: introduction"), blank=True)
    hero_image = models.ImageField(_("hero image"), upload_to="hubs/", blank=True)
    hero_image_alt = models.CharField(_("hero image text alternative"), max_length=250, blank=True)
    order = models.PositiveSmallIntegerField(_("display order"), default=0)

    objects = HubQuerySet.as_manager()

    search_source_fields = ("name", "summary")

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("regional hub")
        verbose_name_plural = _("regional hubs")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("hubs:detail", kwargs={"slug": self.slug})


class HubPriority(models.Model):
    """A need or priority the hub's cities named, tied to the workshop where they named it."""

    hub = models.ForeignKey(
        Hub, on_delete=models.CASCADE, related_name="priorities", verbose_name=_("hub")
    )
    text = models.TextField(_("priority"))
    workshop = models.ForeignKey(
        "hubs.Event",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("named at"),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["hub", "order", "pk"]
        verbose_name = _("need or priority")
        verbose_name_plural = _("needs and priorities")

    def __str__(self):
        return self.text[:80]


class HubImpact(models.Model):
    """One city's entry in a hub's impact list."""

    hub = models.ForeignKey(
        Hub, on_delete=models.CASCADE, related_name="impacts", verbose_name=_("hub")
    )
    city = models.ForeignKey(
        "cities.City", on_delete=models.CASCADE, related_name="impacts", verbose_name=_("city")
    )
    text = models.TextField(_("what changed"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["hub", "order", "pk"]
        verbose_name = _("impact entry")
        verbose_name_plural = _("impact")

    def __str__(self):
        return f"{self.hub}: {self.city}"


class HubContact(models.Model):
    hub = models.ForeignKey(
        Hub, on_delete=models.CASCADE, related_name="contacts", verbose_name=_("hub")
    )
    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(_("role"), max_length=150)
    email = models.EmailField(_("email"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["hub", "order", "pk"]
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def __str__(self):
        return f"{self.name} ({self.role})"


class EventQuerySet(PublishableQuerySet):
    def upcoming(self):
        today = timezone.localdate()
        return self.filter(models.Q(end_date__gte=today) | models.Q(start_date__gte=today))

    def past(self):
        today = timezone.localdate()
        return self.exclude(end_date__gte=today).filter(start_date__lt=today)


class Event(Publishable, Searchable):
    """A dated activity: workshop, roundtable, exchange, grant award… A hub's history."""

    class Kind(models.TextChoices):
        WORKSHOP = "workshop", _("Workshop")
        ROUNDTABLE = "roundtable", _("Roundtable")
        TRAINING = "training", _("Training")
        CITY_EXCHANGE = "city_exchange", _("City exchange")
        CONSULTATION = "consultation", _("Consultation")
        LAUNCH = "launch", _("Launch or memorandum")
        GRANT_AWARD = "grant_award", _("Grant award")
        SUMMIT = "summit", _("Summit")
        OTHER = "other", _("Other")

    title = models.CharField(_("title"), max_length=250)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    hub = models.ForeignKey(
        Hub,
        on_delete=models.PROTECT,
        related_name="events",
        null=True,
        blank=True,
        verbose_name=_("hub"),
    )
    location = models.CharField(
        _("place"),
        max_length=150,
        blank=True,
        help_text=_("Where it took place, if not a member city."),
    )
    host_city = models.ForeignKey(
        "cities.City",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="hosted_events",
        verbose_name=_("host city"),
    )
    participating_cities = models.ManyToManyField(
        "cities.City", related_name="events", blank=True, verbose_name=_("participating cities")
    )
    summary = models.TextField(_("summary"), blank=True)
    body = RichTextField(_("body"))
    report_file = models.FileField(_("report (file)"), upload_to="events/", blank=True)
    report_url = models.URLField(_("report (link)"), blank=True)

    objects = EventQuerySet.as_manager()

    search_source_fields = ("title", "summary", "location")

    class Meta:
        ordering = ["-start_date", "slug"]
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("hubs:event_detail", kwargs={"slug": self.slug})

    @property
    def report_link(self):
        return self.report_file.url if self.report_file else self.report_url
