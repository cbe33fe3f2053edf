"""The resource library: the shared topic list, the network's partners, and the reports, case
studies and guides practitioners download."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from kernel.dates import PartialDateModel, precision_field
from kernel.fields import CheckedFileField, CheckedImageField, require_alt_text
from kernel.models import Publishable, PublishableQuerySet, Searchable
from kernel.uploads import extension


class Topic(models.Model):
    """A managed subject list (youth engagement, hate speech…) shared by spotlights,
    resources and membership applications."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        db_table = "network_topic"  # moved from network/ (issue 22); the table stays
        ordering = ["order", "slug"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("spotlights:list") + f"?topic={self.slug}"


class Partner(Publishable):
    """An organisation the network works with in one or more hubs."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    description = models.TextField(_("description"), blank=True)
    url = models.URLField(_("website"), blank=True)
    logo = CheckedImageField(_("logo"), upload_to="partners/", blank=True, alt_field="logo_alt")
    logo_alt = models.CharField(_("logo text alternative"), max_length=200, blank=True)
    hubs = models.ManyToManyField(
        "hubs.Hub", related_name="partners", blank=True, verbose_name=_("hubs")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        db_table = "network_partner"  # moved from network/ (issue 22); the table stays
        ordering = ["order", "slug"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        require_alt_text(self, "logo", "logo_alt")


class ResourceQuerySet(PublishableQuerySet):
    def for_api(self):
        """The open-data API: topics and the published hubs a resource belongs to."""
        from hubs.models import Hub  # hubs import this module (a hub page lists its resources)

        return self.prefetch_related(
            "topics",
            models.Prefetch("hubs", queryset=Hub.objects.published(), to_attr="hub_list"),
        )

    def for_listing(self):
        """Resources with their published hubs and their topics, for the library's list."""
        from hubs.models import Hub

        return self.prefetch_related(
            models.Prefetch("hubs", queryset=Hub.objects.published(), to_attr="published_hubs"),
            "topics",
        )


class Resource(Publishable, Searchable, PartialDateModel):
    """A document for practitioners: a report, a case study or a guide."""

    class Kind(models.TextChoices):
        REPORT = "report", _("Report")
        CASE_STUDY = "case_study", _("Case study")
        GUIDE = "guide", _("Guide")

    class Language(models.TextChoices):
        ARABIC = "ar", _("Arabic")
        ENGLISH = "en", _("English")
        BOTH = "ar_en", _("Arabic and English")
        OTHER = "other", _("Other language")

    title = models.CharField(_("title"), max_length=250)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.REPORT)
    language = models.CharField(
        _("language of the document"),
        max_length=10,
        choices=Language.choices,
        blank=True,
        help_text=_("Leave empty when the sources do not say."),
    )
    summary = models.TextField(_("summary"), blank=True)
    file = CheckedFileField(_("file"), upload_to="resources/", blank=True)
    url = models.URLField(_("link"), blank=True)
    hubs = models.ManyToManyField(
        "hubs.Hub", related_name="resources", blank=True, verbose_name=_("hubs")
    )
    topics = models.ManyToManyField(
        Topic, related_name="resources", blank=True, verbose_name=_("topics")
    )
    date = models.DateField(_("date"), null=True, blank=True)
    date_precision = precision_field()

    partial_date_fields = {"date": "date_precision"}

    objects = ResourceQuerySet.as_manager()

    search_source_fields = ("title", "summary")

    class Meta:
        db_table = "network_resource"  # moved from network/ (issue 22); the table stays
        ordering = [models.F("date").desc(nulls_last=True), "-date_precision", "slug"]
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        """Resources have no page of their own: the document itself, or else the library."""
        return self.link or reverse("resources")

    @property
    def dated(self):
        return self.partial("date")

    @property
    def link(self):
        """The uploaded file, served by the portal with its kind's content type, or the link."""
        if self.file:
            return reverse("resource_file", kwargs={"slug": self.slug})
        return self.url

    @property
    def file_kind(self):
        """The upload's extension in capitals (PDF, DOCX…) for the list, or ""."""
        return extension(self.file.name).upper() if self.file else ""
