"""Countries, member cities and their local safety councils."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from kernel.dates import DatePrecision, PartialDateModel, precision_field
from kernel.fields import CheckedImageField, RichTextField, require_alt_text
from kernel.models import Publishable, PublishableQuerySet, Searchable, text_search
from kernel.text import folding_regex, search_words


class Country(models.Model):
    iso_code = models.CharField(
        _("ISO code"),
        max_length=2,
        unique=True,
        help_text=_("ISO 3166-1 alpha-2, e.g. AL, XK, MK."),
    )
    name = models.CharField(_("name"), max_length=100)
    hub = models.ForeignKey(
        "hubs.Hub",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="countries",
        verbose_name=_("usual hub"),
        help_text=_("Suggested for new cities and applications."),
    )

    class Meta:
        ordering = ["iso_code"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self):
        return self.name


class AuthorityKind(models.TextChoices):
    CITY = "city", _("City")
    MUNICIPALITY = "municipality", _("Municipality")
    GOVERNORATE = "governorate", _("Governorate or province")
    DISTRICT = "district", _("District")
    OTHER = "other", _("Other sub-national authority")


class CityQuerySet(PublishableQuerySet):
    def members(self):
        """Published cities that are members: the only ones counted as "member cities"."""
        return self.published().filter(membership_status=City.MembershipStatus.MEMBER)

    def engaged(self):
        """Published cities that work with the network without a source saying they joined."""
        return self.published().filter(membership_status=City.MembershipStatus.ENGAGED)

    def listed(self):
        """What the directory lists: members and engaged cities, never former members."""
        return self.published().filter(
            membership_status__in=[City.MembershipStatus.MEMBER, City.MembershipStatus.ENGAGED]
        )

    def status_counts(self):
        """``{status: count}`` for every status, in one query; absent statuses count 0."""
        rows = self.values_list("membership_status").annotate(n=models.Count("pk")).order_by()
        counts = dict.fromkeys(City.MembershipStatus.values, 0)
        counts.update(dict(rows))
        return counts

    def in_hub(self, hub):
        return self.filter(hub=hub)

    def mayor_named(self, query, any_word=False):
        """Cities whose mayor's name, in either language, has every word of ``query`` (with
        ``any_word``, one of them), whatever its accents, hamza forms or harakat.

        The mayor has no search column of his own, but is in the city's: its index narrows
        the cities first, so the pattern runs on a few rows rather than every city."""
        words = search_words(query)
        if not words:
            return self.none()
        condition = models.Q() if not any_word else models.Q(pk__in=[])
        for word in words:
            pattern = folding_regex(word)
            named = models.Q(mayor_ar__iregex=pattern) | models.Q(mayor_en__iregex=pattern)
            condition = condition | named if any_word else condition & named
        return text_search(self, query, any_word=any_word).filter(condition)

    def for_directory(self):
        """What a city card and the directory map need, in one query."""
        return self.select_related("country", "hub")

    def with_council_flag(self):
        """Annotate ``has_council`` so the directory can filter and show it without N+1."""
        return self.annotate(
            has_council=models.Exists(Council.objects.filter(city=models.OuterRef("pk")))
        )

    def for_council_comparison(self):
        """Cities with a council, with the figures the comparison sorts on, in one query.

        The figures are per-city subqueries rather than a GROUP BY over the joined councils and
        seats: a page sorted by name then reads only its own rows through the name index.
        """
        councils = Council.objects.filter(city=models.OuterRef("pk")).order_by().values("city")
        seats = (
            CouncilSeat.objects.filter(council__city=models.OuterRef("pk"))
            .order_by()
            .values("council__city")
        )
        return (
            self.with_council_flag()
            .filter(has_council=True)
            .select_related("country", "hub")
            .annotate(
                first_founded=models.Subquery(
                    councils.annotate(first=models.Min("founded_year")).values("first")
                ),
                sector_count=Coalesce(
                    models.Subquery(
                        seats.annotate(sectors=models.Count("sector", distinct=True)).values(
                            "sectors"
                        )
                    ),
                    0,
                ),
            )
        )

    def for_api(self):
        """The open-data API: country, hub, councils and their seats, in four queries."""
        return (
            self.with_council_flag()
            .select_related("country", "hub")
            .prefetch_related(
                models.Prefetch("councils", queryset=Council.objects.prefetch_related("seats"))
            )
        )

    def for_page(self):
        """A city page: its country and hub, its councils with their seats and parent body,
        and for its journey the application that made it a member (if made here) and the
        milestones with their events."""
        from cities.models.journey import Milestone

        return self.select_related("country", "hub", "application").prefetch_related(
            models.Prefetch(
                "councils",
                queryset=Council.objects.select_related("parent").prefetch_related("seats"),
            ),
            models.Prefetch("milestones", queryset=Milestone.objects.select_related("event")),
        )


class City(Publishable, Searchable, PartialDateModel):
    """A local authority that joined the network."""

    class MembershipStatus(models.TextChoices):
        # Only MEMBER counts as membership. ENGAGED is a place the sources show taking part,
        # cooperating or hosting an activity without saying that it joined.
        MEMBER = "member", _("Member")
        ENGAGED = "engaged", _("Engaged city")
        FORMER = "former", _("Former member")

    Kind = AuthorityKind

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=150, unique=True)
    other_names = models.CharField(
        _("other spellings"),
        max_length=250,
        blank=True,
        help_text=_("Other names people search for, comma-separated (Prishtina, Priština)."),
    )
    kind = models.CharField(
        _("kind of authority"),
        max_length=20,
        choices=AuthorityKind.choices,
        default=AuthorityKind.MUNICIPALITY,
    )
    country = models.ForeignKey(
        Country, on_delete=models.PROTECT, related_name="cities", verbose_name=_("country")
    )
    hub = models.ForeignKey(
        "hubs.Hub",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="cities",
        verbose_name=_("hub"),
    )
    membership_status = models.CharField(
        _("status in the network"),
        max_length=10,
        choices=MembershipStatus.choices,
        default=MembershipStatus.MEMBER,
        db_index=True,
        help_text=_(
            "Member only where a source says the city joined; a city that took part or "
            "cooperates without joining is an engaged city."
        ),
    )
    joined_year = models.PositiveSmallIntegerField(
        _("year joined"),
        null=True,
        blank=True,
        db_index=True,
        editable=False,  # kept in step with joined_on, for filters and charts
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
    )
    joined_on = models.DateField(
        _("date joined"),
        null=True,
        blank=True,
        help_text=_(
            "If known. Say below whether the source gives the day, only the month or only the year."
        ),
    )
    joined_precision = precision_field(_("date joined known to"), default=DatePrecision.YEAR)
    joined_by = models.BooleanField(
        _("a member by then"),
        default=False,
        help_text=_(
            "Tick when the source says only that the city was a member at that date (it may "
            "have joined earlier): the pages then say “member by …” instead of “joined in …”."
        ),
    )
    status_source = models.TextField(
        _("source of the status"),
        blank=True,
        help_text=_(
            "The source and the sentence the status rests on, quoted as the source writes it "
            "(e.g. “001: …”). Shown to staff only; empty means no source is recorded."
        ),
    )
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    mayor = models.CharField(_("mayor"), max_length=150, blank=True)
    profile = RichTextField(_("profile"))
    image = CheckedImageField(_("image"), upload_to="cities/", blank=True, alt_field="image_alt")
    image_alt = models.CharField(_("image text alternative"), max_length=250, blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )

    objects = CityQuerySet.as_manager()

    search_source_fields = ("name", "other_names", "mayor")
    partial_date_fields = {"joined_on": "joined_precision"}
    partial_date_years = {"joined_on": "joined_year"}

    @property
    def is_member(self):
        return self.membership_status == self.MembershipStatus.MEMBER

    class Meta:
        ordering = ["slug"]
        # The directory sorts by name in the reader's language (modeltranslation's columns).
        indexes = [
            models.Index(fields=["name_ar"], name="city_name_ar_idx"),
            models.Index(fields=["name_en"], name="city_name_en_idx"),
        ]
        verbose_name = _("member city")
        verbose_name_plural = _("member cities")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("cities:detail", kwargs={"slug": self.slug})

    @property
    def joined(self):
        """When it joined, at the precision the sources give, or None."""
        return self.partial("joined_on")

    def clean(self):
        super().clean()
        require_alt_text(self, "image", "image_alt")


class CouncilQuerySet(models.QuerySet):
    def public(self):
        """Councils of the cities the directory lists, with their city."""
        return self.filter(city__in=City.objects.listed()).select_related("city")


class Council(Searchable, PartialDateModel):
    """A city's multi-agency prevention body: local safety council, prevention network…"""

    class Kind(models.TextChoices):
        SAFETY_COUNCIL = "safety_council", _("Local safety council")
        PREVENTION_COUNCIL = "prevention_council", _("Local prevention council")
        PREVENTION_NETWORK = "prevention_network", _("Local prevention network")
        ACTION_TEAM = "action_team", _("Community action team")
        OTHER = "other", _("Other multi-agency body")

    city = models.ForeignKey(
        City, on_delete=models.CASCADE, related_name="councils", verbose_name=_("city")
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="subsidiaries",
        verbose_name=_("works within"),
    )
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(
        _("kind"), max_length=30, choices=Kind.choices, default=Kind.SAFETY_COUNCIL
    )
    founded_year = models.PositiveSmallIntegerField(
        _("year founded"),
        null=True,
        blank=True,
        editable=False,  # kept in step with founded_on, for sorting and comparison
        validators=[MinValueValidator(1950), MaxValueValidator(2100)],
    )
    founded_on = models.DateField(_("date founded"), null=True, blank=True)
    founded_precision = precision_field(_("date founded known to"), default=DatePrecision.YEAR)
    chair = models.CharField(_("chaired by"), max_length=200, blank=True)
    mandate = RichTextField(_("mandate"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = CouncilQuerySet.as_manager()

    search_source_fields = ("name", "chair", "mandate")
    partial_date_fields = {"founded_on": "founded_precision"}
    partial_date_years = {"founded_on": "founded_year"}

    class Meta:
        ordering = ["city", "order", "pk"]
        verbose_name = _("local safety council")
        verbose_name_plural = _("local safety councils")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return self.city.get_absolute_url() + f"#council-{self.pk}"

    @property
    def founded(self):
        return self.partial("founded_on")


class CouncilSeat(models.Model):
    """One member of a council: who sits on it, by sector, so councils can be compared."""

    class Sector(models.TextChoices):
        # A column header in the comparison: definite in Arabic (البلدية), unlike the kind.
        MUNICIPALITY = "municipality", pgettext_lazy("council sector", "Municipality")
        POLICE = "police", _("Police")
        PROSECUTION = "prosecution", _("Prosecution")
        COURTS = "courts", _("Courts")
        HEALTH = "health", _("Health")
        SOCIAL_SERVICES = "social_services", _("Social services")
        EDUCATION = "education", _("Education")
        YOUTH = "youth", _("Youth")
        CHILD_PROTECTION = "child_protection", _("Child protection")
        GENDER = "gender", _("Gender")
        RELIGIOUS = "religious", _("Religious communities")
        MINORITIES = "minorities", _("Minorities")
        CIVIL_SOCIETY = "civil_society", _("Civil society")
        MEDIA = "media", _("Media")
        PRIVATE_SECTOR = "private_sector", _("Private sector")
        EMERGENCY = "emergency", _("Emergency services")
        TRANSPORT = "transport", _("Transport")
        OTHER = "other", _("Other")

    council = models.ForeignKey(
        Council, on_delete=models.CASCADE, related_name="seats", verbose_name=_("council")
    )
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices)
    role_title = models.CharField(_("role"), max_length=200)
    count = models.PositiveSmallIntegerField(
        _("number of seats"),
        null=True,
        blank=True,
        help_text=_("Leave empty when the source does not say; the page then says “represented”."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["council", "order", "pk"]
        verbose_name = _("council seat")
        verbose_name_plural = _("council seats")

    def __str__(self):
        return f"{self.role_title} ({self.get_sector_display()})"
