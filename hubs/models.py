"""Regional hubs and the events that make up their history."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kernel.dates import PartialDateModel, precision_field, year_order_field
from kernel.fields import CheckedFileField, CheckedImageField, RichTextField, require_alt_text
from kernel.models import Publishable, PublishableQuerySet, Searchable


class HubQuerySet(PublishableQuerySet):
    def for_cards(self):
        """Hubs with the number of their published member and engaged cities, for cards."""
        from cities.models import City

        published = models.Q(
            cities__status=Publishable.Status.PUBLISHED,
            cities__published_at__lte=timezone.now(),
        )
        members = published & models.Q(cities__membership_status=City.MembershipStatus.MEMBER)
        engaged = published & models.Q(cities__membership_status=City.MembershipStatus.ENGAGED)
        return self.annotate(
            member_count=models.Count("cities", filter=members, distinct=True),
            engaged_count=models.Count("cities", filter=engaged, distinct=True),
        )

    def for_api(self):
        """The open-data API: member counts and the hub's countries."""
        return self.for_cards().prefetch_related("countries")

    def with_page_data(self):
        """Everything a hub page shows, in a fixed number of queries whatever the data size."""
        from library.models import Partner, Resource

        # Not the impact list (one entry per city): the page keeps it drawn, see ``impact_list``.
        return self.prefetch_related(
            models.Prefetch("priorities", queryset=HubPriority.objects.select_related("workshop")),
            "contacts",
            "countries",  # to frame the hub's map on all of them
            # The latest events only (a window in the database): the events list has them all.
            models.Prefetch(
                "events",
                queryset=Event.objects.published()
                .order_by("-start_date", "-slug")
                .with_upcoming_flag()
                .select_related("host_city")[: Hub.TIMELINE_LENGTH],
                to_attr="latest_events",
            ),
            models.Prefetch(
                "partners", queryset=Partner.objects.published(), to_attr="partner_list"
            ),
            models.Prefetch(
                "resources", queryset=Resource.objects.published(), to_attr="resource_list"
            ),
        )


class CountQualifier(models.TextChoices):
    """How a stated total is worded in its source."""

    EXACTLY = "exactly", _("exactly")
    MORE_THAN = "more_than", _("more than")
    ABOUT = "about", _("about")


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
    # The sources may give a total the directory does not list in full ("more than 40").
    stated_member_count = models.PositiveIntegerField(
        _("member cities stated by the hub"),
        null=True,
        blank=True,
        help_text=_(
            "The hub's own total of member cities, when the directory does not list them all "
            "(for example 40 for “more than 40”). Leave empty to show only the count "
            "of member cities listed here."
        ),
    )
    stated_member_count_qualifier = models.CharField(
        _("the stated total is"),
        max_length=10,
        choices=CountQualifier.choices,
        default=CountQualifier.EXACTLY,
    )
    stated_member_count_source = models.CharField(
        _("source of the stated total"),
        max_length=250,
        blank=True,
        help_text=_(
            "Where the total comes from, so that it can be checked. Not shown to visitors."
        ),
    )
    hero_image = CheckedImageField(
        _("hero image"), upload_to="hubs/", blank=True, alt_field="hero_image_alt"
    )
    hero_image_alt = models.CharField(_("hero image text alternative"), max_length=250, blank=True)
    order = models.PositiveSmallIntegerField(_("display order"), default=0)
    # Staff in the "Hub editors" group see and edit only the content of the hubs they edit.
    editors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="edited_hubs",
        blank=True,
        verbose_name=_("hub editors"),
        help_text=_("Staff accounts that may edit this hub's content."),
    )

    objects = HubQuerySet.as_manager()

    search_source_fields = ("name", "summary", "introduction", "about")
    TIMELINE_LENGTH = 20  # events on the hub page, the latest ones

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("regional hub")
        verbose_name_plural = _("regional hubs")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("hubs:detail", kwargs={"slug": self.slug})

    @property
    def timeline(self):
        """The hub's latest events (``with_page_data``), oldest first, as a history reads."""
        return self.latest_events[::-1]

    @property
    def timeline_is_partial(self):
        """Whether older events are left out (the events list has them all)."""
        return len(self.latest_events) == self.TIMELINE_LENGTH

    @property
    def listed_member_count(self):
        """Member cities with a profile here, as ``for_cards`` (or the hub page's chart) counted."""
        return self.member_count

    @property
    def shows_stated_total(self):
        """Whether the hub's own total says more than the directory's count."""
        stated, listed = self.stated_member_count, self.listed_member_count
        if stated is None:
            return False
        return stated > listed or (
            stated == listed and self.stated_member_count_qualifier != CountQualifier.EXACTLY
        )

    @property
    def upcoming_events(self):
        """The hub's events still to come, soonest first (from ``with_page_data``'s timeline)."""
        return [event for event in self.timeline if event.is_upcoming]

    @property
    def past_events(self):
        """The hub's history, oldest first (from ``with_page_data``'s timeline)."""
        return [event for event in self.timeline if not event.is_upcoming]

    def impact_list(self):
        """The impact entries of the hub's published cities, with their cities, in order."""
        from cities.models import City

        return (
            self.impacts.filter(city__in=City.objects.published())
            .select_related("city")
            .order_by("order", "pk")
        )

    @property
    def country_codes(self):
        """ISO codes of the hub's countries (prefetched by ``with_page_data``), to frame its map."""
        return [country.iso_code for country in self.countries.all()]

    def clean(self):
        super().clean()
        require_alt_text(self, "hero_image", "hero_image_alt")
        if self.stated_member_count is not None and not self.stated_member_count_source:
            raise ValidationError(
                {"stated_member_count_source": _("Say where the stated total comes from.")}
            )
        if (
            self.pk
            and self.stated_member_count is not None
            and self.stated_member_count_qualifier == CountQualifier.EXACTLY
        ):
            from cities.models import City

            listed = City.objects.members().filter(hub=self).count()
            if self.stated_member_count < listed:
                raise ValidationError(
                    {
                        "stated_member_count": _(
                            "The directory already lists %(listed)s member cities of this hub: "
                            "the stated total cannot be lower."
                        )
                        % {"listed": listed}
                    }
                )


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


class HubImpact(PartialDateModel):
    """One city's entry in a hub's impact list; dated, it also takes its place in the city's
    journey."""

    hub = models.ForeignKey(
        Hub, on_delete=models.CASCADE, related_name="impacts", verbose_name=_("hub")
    )
    city = models.ForeignKey(
        "cities.City", on_delete=models.CASCADE, related_name="impacts", verbose_name=_("city")
    )
    text = models.TextField(_("what changed"))
    date = models.DateField(
        _("date"),
        null=True,
        blank=True,
        help_text=_(
            "When it happened, if the source says. A dated entry also appears in the city's "
            "journey."
        ),
    )
    date_precision = precision_field()
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    year_order = year_order_field()

    partial_date_fields = {"date": "date_precision"}

    class Meta:
        ordering = ["hub", "order", "pk"]
        verbose_name = _("impact entry")
        verbose_name_plural = _("impact")

    def __str__(self):
        return f"{self.hub}: {self.city}"

    @property
    def dated(self):
        return self.partial("date")


class HubContactQuerySet(models.QuerySet):
    def public(self):
        """Contacts of published hubs, with their hub."""
        return self.filter(hub__in=Hub.objects.published()).select_related("hub")


class HubContact(Searchable):
    """A person to contact at a hub: name and role (e-mail if given)."""

    hub = models.ForeignKey(
        Hub, on_delete=models.CASCADE, related_name="contacts", verbose_name=_("hub")
    )
    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(_("role"), max_length=150)
    email = models.EmailField(_("email"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = HubContactQuerySet.as_manager()

    search_source_fields = ("name", "role")

    class Meta:
        ordering = ["hub", "order", "pk"]
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def __str__(self):
        return f"{self.name} ({self.role})"


def upcoming_condition():
    """Events that have not ended yet: starting today or later, or still running. An event
    known only to its month or year is not over until that whole month or year is."""
    return models.Q(last_day__gte=timezone.localdate())


class EventQuerySet(PublishableQuerySet):
    def bulk_create(self, objs, *args, **kwargs):
        objs = list(objs)
        for event in objs:
            event.normalise_partial_dates()  # save() is skipped: keep ``last_day`` right
        return super().bulk_create(objs, *args, **kwargs)

    def upcoming(self):
        return self.filter(upcoming_condition())

    def with_upcoming_flag(self):
        """Each event with ``is_upcoming``, so one list can be split without a second query."""
        return self.annotate(
            is_upcoming=models.Case(
                models.When(upcoming_condition(), then=models.Value(True)),
                default=models.Value(False),
                output_field=models.BooleanField(),
            )
        )

    def past(self):
        return self.exclude(upcoming_condition())

    def for_calendar(self, days_back=365):
        """What a calendar feed carries: upcoming events and those of the last ``days_back``
        days (by their last day), so a feed stays bounded as the years go by."""
        since = timezone.localdate() - datetime.timedelta(days=days_back)
        return self.filter(models.Q(end_date__gte=since) | models.Q(start_date__gte=since))

    def timeline(self):
        """Oldest first: a hub's history read in order (a month or year before its days)."""
        return self.order_by("start_date", "date_precision", "slug")

    def for_listing(self):
        return self.select_related("hub", "host_city")

    def for_page(self):
        """An event page: its hub, host city and participating cities (published only)."""
        from cities.models import City

        return self.select_related("hub", "host_city").prefetch_related(
            models.Prefetch(
                "participating_cities",
                queryset=City.objects.published().order_by("name"),
                to_attr="participants",
            )
        )

    def in_hub(self, hub):
        return self.filter(hub=hub)

    def for_api(self):
        """The open-data API: an event page's data (hub, host, published participants)."""
        return self.for_page()


class Event(Publishable, Searchable, PartialDateModel):
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
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Only for an event over several days.")
    )
    date_precision = precision_field()
    # Derived on save: the last day the event may still be running (its end or start, to the
    # end of its month or year when only those are known). "Upcoming" is one indexed
    # comparison on it instead of six OR-ed conditions that no index can serve.
    last_day = models.DateField(_("last day"), null=True, editable=False, db_index=True)
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
    report_file = CheckedFileField(_("report (file)"), upload_to="events/", blank=True)
    report_url = models.URLField(_("report (link)"), blank=True)
    year_order = year_order_field()

    objects = EventQuerySet.as_manager()

    search_source_fields = ("title", "summary", "location", "body")
    partial_date_fields = {"start_date": "date_precision", "end_date": "date_precision"}

    class Meta:
        ordering = ["-start_date", "-date_precision", "slug"]
        # The events list's order: deep pages read the index instead of sorting every event.
        # It also holds what "published" and "past" test, so that the keys of a deep page
        # come from the index alone (SQLite: 3.7 -> 0.6 ms for the last of 5,000 events).
        indexes = [
            models.Index(
                fields=[
                    "-start_date",
                    "-date_precision",
                    "slug",
                    "status",
                    "published_at",
                    "last_day",
                ],
                name="event_timeline_idx",
            ),
            # The open-data API's order (newest first, then slug).
            models.Index(fields=["-start_date", "slug"], name="event_api_order_idx"),
        ]
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("hubs:event_detail", kwargs={"slug": self.slug})

    def normalise_partial_dates(self):
        super().normalise_partial_dates()
        when = self.when
        self.last_day = when.last_day if when else None

    @property
    def when(self):
        """Its dates at their precision: "12–13 September 2017", "September 2019", "2017"."""
        return self.partial("start_date", "end_date")

    @property
    def report_link(self):
        """The uploaded report, served by the portal with its kind's content type, or the link."""
        if self.report_file:
            return reverse("hubs:event_report", kwargs={"slug": self.slug})
        return self.report_url
