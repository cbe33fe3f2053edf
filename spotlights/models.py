"""City spotlights and stories."""

from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kernel.dates import PartialDateModel, precision_field
from kernel.fields import CheckedImageField, RichTextField, require_alt_text
from kernel.models import Publishable, PublishableQuerySet, Searchable


class SpotlightQuerySet(PublishableQuerySet):
    def for_listing(self):
        return self.select_related("city", "city__country").prefetch_related("topics")

    def for_page(self):
        """A spotlight page: its city, hub and country, authors, sections and topics."""
        return self.select_related("city", "city__country", "city__hub").prefetch_related(
            "authors", "sections", "topics"
        )

    def for_api(self):
        """The open-data API: the spotlight's metadata (city, topics, authors), no sections."""
        return self.select_related("city").prefetch_related("topics", "authors")

    def about_city(self, city):
        """Spotlights whose subject is ``city`` or that mention it."""
        mentioned = Spotlight.mentioned_cities.through.objects.filter(city=city)
        return self.filter(models.Q(city=city) | models.Q(pk__in=mentioned.values("spotlight_id")))

    def related_to(self, spotlight, topic_ids):
        """Other spotlights about the same city or sharing a topic, newest first."""
        sharing = Spotlight.topics.through.objects.filter(topic_id__in=topic_ids)
        return self.exclude(pk=spotlight.pk).filter(
            models.Q(city_id=spotlight.city_id) | models.Q(pk__in=sharing.values("spotlight_id"))
        )


class Spotlight(Publishable, Searchable, PartialDateModel):
    """An article about a city: a city spotlight, or a story with named authors."""

    class Kind(models.TextChoices):
        CITY_SPOTLIGHT = "city_spotlight", _("City spotlight")
        STORY = "story", _("Story")

    kind = models.CharField(
        _("kind"), max_length=20, choices=Kind.choices, default=Kind.CITY_SPOTLIGHT
    )
    title = models.CharField(_("title"), max_length=250)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    city = models.ForeignKey(
        "cities.City", on_delete=models.PROTECT, related_name="spotlights", verbose_name=_("city")
    )
    mentioned_cities = models.ManyToManyField(
        "cities.City", related_name="mentioned_in", blank=True, verbose_name=_("other cities")
    )
    topics = models.ManyToManyField(
        "library.Topic", related_name="spotlights", blank=True, verbose_name=_("topics")
    )
    summary = models.TextField(_("summary"))
    hero_image = CheckedImageField(
        _("hero image"), upload_to="spotlights/", blank=True, alt_field="hero_alt"
    )
    hero_caption = models.CharField(_("hero image caption"), max_length=300, blank=True)
    hero_alt = models.CharField(_("hero image text alternative"), max_length=250, blank=True)
    quote = models.TextField(_("pull quote"), blank=True)
    quote_person = models.CharField(_("quoted person"), max_length=150, blank=True)
    quote_role = models.CharField(_("quoted person's role"), max_length=200, blank=True)
    date = models.DateField(
        _("date of the article"),
        null=True,
        blank=True,
        default=timezone.localdate,
        help_text=_(
            "The date visitors see. Empty it when the article's date is not known (e.g. a "
            "republished article whose source gives none): then no date is shown."
        ),
    )
    date_precision = precision_field()

    objects = SpotlightQuerySet.as_manager()

    search_source_fields = (
        "title",
        "summary",
        "hero_caption",
        "quote",
        "quote_person",
        "quote_role",
    )
    search_related_fields = (("sections", ("heading", "body")), ("authors", ("name", "role")))
    partial_date_fields = {"date": "date_precision"}

    class Meta:
        ordering = ["-published_at", "slug"]
        # The lists' order: the newest three (home) or a page read from the index, not sorted.
        indexes = [models.Index(fields=["-published_at", "slug"], name="spotlight_order_idx")]
        verbose_name = _("spotlight")
        verbose_name_plural = _("spotlights")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("spotlights:detail", kwargs={"slug": self.slug})

    @property
    def dated(self):
        """The article's own date at its precision; None when unknown (none is shown)."""
        return self.partial("date")

    def clean(self):
        super().clean()
        require_alt_text(self, "hero_image", "hero_alt")


class SpotlightAuthorQuerySet(models.QuerySet):
    def public(self):
        """Authors of published spotlights, with their spotlight."""
        return self.filter(spotlight__in=Spotlight.objects.published()).select_related("spotlight")


class SpotlightAuthor(Searchable):
    spotlight = models.ForeignKey(
        Spotlight, on_delete=models.CASCADE, related_name="authors", verbose_name=_("spotlight")
    )
    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(_("role"), max_length=200, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = SpotlightAuthorQuerySet.as_manager()

    search_source_fields = ("name", "role")

    class Meta:
        ordering = ["spotlight", "order", "pk"]
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    def __str__(self):
        return self.name


class SpotlightSection(models.Model):
    spotlight = models.ForeignKey(
        Spotlight, on_delete=models.CASCADE, related_name="sections", verbose_name=_("spotlight")
    )
    heading = models.CharField(_("heading"), max_length=250, blank=True)
    body = RichTextField(_("text"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["spotlight", "order", "pk"]
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def __str__(self):
        return self.heading or f"#{self.order}"


@receiver([post_save, post_delete], sender=SpotlightAuthor)
@receiver([post_save, post_delete], sender=SpotlightSection)
def reindex_spotlight(sender, instance, raw=False, **kwargs):
    """A spotlight's search text holds its sections and authors: rebuild it when they change."""
    if raw:
        return
    spotlight = Spotlight._base_manager.filter(pk=instance.spotlight_id).first()
    if spotlight is not None:
        spotlight.refresh_search_text()
