"""What the cities say about the network ("hear from the cities")."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from kernel.dates import PartialDateModel, precision_field
from kernel.models import Publishable, PublishableQuerySet, Searchable


class TestimonialQuerySet(PublishableQuerySet):
    def in_hub(self, hub):
        return self.filter(city__hub=hub)

    def featured(self):
        return self.filter(featured=True)

    def for_listing(self):
        return self.select_related("city", "city__hub", "city__country")


class Testimonial(Publishable, Searchable, PartialDateModel):
    quote = models.TextField(_("quote"))
    person = models.CharField(_("person"), max_length=150)
    role = models.CharField(_("role"), max_length=250)
    city = models.ForeignKey(
        "cities.City",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="testimonials",
        verbose_name=_("city"),
    )
    date = models.DateField(
        _("date"), null=True, blank=True, help_text=_("When it was said, if the source says.")
    )
    date_precision = precision_field()
    featured = models.BooleanField(
        _("featured"),
        default=False,
        help_text=_("Featured testimonials can appear on the home page."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = TestimonialQuerySet.as_manager()

    search_source_fields = ("quote", "person", "role")
    partial_date_fields = {"date": "date_precision"}

    class Meta:
        ordering = ["order", "pk"]
        # The list's order (and the home page's first featured one), read from the index.
        indexes = [models.Index(fields=["order", "id"], name="testimonial_order_idx")]
        verbose_name = _("testimonial")
        verbose_name_plural = _("testimonials")

    def __str__(self):
        return f"{self.person}: {self.quote[:60]}"

    def get_absolute_url(self):
        return reverse("testimonials:list") + f"#testimonial-{self.pk}"

    @property
    def dated(self):
        return self.partial("date")

    @property
    def hub(self):
        return self.city.hub if self.city_id else None
