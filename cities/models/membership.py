"""Membership applications from local authorities, and their review history."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from cities.models.directory import AuthorityKind


def new_token():
    return secrets.token_urlsafe(24)


class MembershipApplicationQuerySet(models.QuerySet):
    def not_notified(self):
        """Applications whose applicant or staff e-mail, or decision e-mail, has not gone out."""
        decided = models.Q(status__in=["approved", "declined"])
        return self.filter(
            models.Q(applicant_notified_at__isnull=True)
            | models.Q(staff_notified_at__isnull=True)
            | (decided & models.Q(decision_notified_at__isnull=True))
        )

    def undecided(self):
        return self.filter(status__in=["new", "under_review"])

    def stalled(self):
        """Undecided applications older than the review time the join page promises."""
        weeks = settings.APPLICATION_REVIEW_WEEKS
        return self.undecided().filter(submitted_at__lt=timezone.now() - timedelta(weeks=weeks))

    def for_admin(self):
        return self.select_related("hub", "city")


class MembershipApplication(models.Model):
    """A local authority's request to join the network, reviewed by a hub team."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        UNDER_REVIEW = "under_review", _("Under review")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    class PreventionStructure(models.TextChoices):
        NONE = "none", _("None yet")
        SAFETY_COUNCIL = "safety_council", _("Local safety council")
        PREVENTION_NETWORK = "prevention_network", _("Local prevention network")
        OTHER = "other", _("Other")

    # Fields holding personal data, emptied by the retention command.
    PERSONAL_FIELDS = (
        "contact_name",
        "contact_position",
        "email",
        "phone",
        "motivation",
        "prevention_other",
        "website",
        "internal_notes",
    )

    reference = models.CharField(_("reference"), max_length=20, unique=True, editable=False)
    # Unguessable key of the confirmation page, so it shows nobody else's application.
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    # The join form's hidden one-time key: a double submit finds the first application.
    submission_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW, db_index=True
    )
    authority_name = models.CharField(_("name of the authority"), max_length=200)
    kind = models.CharField(_("kind of authority"), max_length=20, choices=AuthorityKind.choices)
    country = CountryField(_("country"))
    population = models.PositiveIntegerField(
        _("population"), null=True, blank=True, validators=[MinValueValidator(1)]
    )
    website = models.URLField(_("website"), blank=True)
    contact_name = models.CharField(_("contact person"), max_length=150)
    contact_position = models.CharField(_("position"), max_length=150)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    preferred_language = models.CharField(
        _("preferred language for replies"), max_length=5, choices=settings.LANGUAGES
    )
    prevention_structure = models.CharField(
        _("existing prevention structures"),
        max_length=20,
        choices=PreventionStructure.choices,
        default=PreventionStructure.NONE,
    )
    prevention_other = models.TextField(_("other structure"), blank=True)
    topics = models.ManyToManyField(
        "library.Topic",
        related_name="membership_applications",
        blank=True,
        verbose_name=_("topics of interest"),
    )
    motivation = models.TextField(_("motivation"))
    consent_at = models.DateTimeField(_("consent given"), null=True, blank=True)
    hub = models.ForeignKey(
        "hubs.Hub",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="membership_applications",
        verbose_name=_("hub"),
        help_text=_("Suggested from the country; change it if another hub should review."),
    )
    city = models.OneToOneField(
        "cities.City",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="application",
        verbose_name=_("directory entry"),
    )
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True, db_index=True)
    language = models.CharField(
        _("language of the form"), max_length=5, choices=settings.LANGUAGES, blank=True
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decline_reason = models.TextField(
        _("reason for declining"),
        blank=True,
        help_text=_("Required when the application is declined."),
    )
    internal_notes = models.TextField(
        _("internal notes"), blank=True, help_text=_("Seen by staff only.")
    )
    applicant_notified_at = models.DateTimeField(_("applicant e-mailed"), null=True, blank=True)
    staff_notified_at = models.DateTimeField(_("staff e-mailed"), null=True, blank=True)
    decision_notified_at = models.DateTimeField(_("decision e-mailed"), null=True, blank=True)
    personal_data_erased_at = models.DateTimeField(_("personal data erased"), null=True, blank=True)

    objects = MembershipApplicationQuerySet.as_manager()

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        verbose_name = _("membership application")
        verbose_name_plural = _("membership applications")

    def __str__(self):
        return f"{self.reference} · {self.authority_name}"

    def get_absolute_url(self):
        return reverse("cities:join_thanks", kwargs={"token": self.token})

    @property
    def is_decided(self):
        return self.status in (self.Status.APPROVED, self.Status.DECLINED)

    @property
    def is_approved(self):
        return self.status == self.Status.APPROVED

    @property
    def is_notified(self):
        decision_sent = self.decision_notified_at or not self.is_decided
        return bool(self.applicant_notified_at and self.staff_notified_at and decision_sent)


class ApplicationEvent(models.Model):
    """One status change of an application: from, to, who, when and why."""

    application = models.ForeignKey(
        MembershipApplication,
        on_delete=models.CASCADE,
        related_name="events",
        verbose_name=_("application"),
    )
    from_status = models.CharField(
        _("from"), max_length=20, choices=MembershipApplication.Status.choices, blank=True
    )
    to_status = models.CharField(
        _("to"), max_length=20, choices=MembershipApplication.Status.choices
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("status change")
        verbose_name_plural = _("status history")

    def __str__(self):
        # Read by staff in the history: the statuses by their names, in the reader's language.
        if not self.from_status:
            return _("%(reference)s: received, “%(to)s”") % {
                "reference": self.application.reference,
                "to": self.get_to_status_display(),
            }
        return _("%(reference)s: from “%(from)s” to “%(to)s”") % {
            "reference": self.application.reference,
            "from": self.get_from_status_display(),
            "to": self.get_to_status_display(),
        }

    def get_absolute_url(self):
        return reverse("admin:cities_membershipapplication_change", args=[self.application_id])


class ReferenceCounter(models.Model):
    """The last reference number given out in a year, locked while the next one is taken."""

    year = models.PositiveIntegerField(_("year"), unique=True)
    last = models.PositiveIntegerField(_("last number"), default=0)

    class Meta:
        ordering = ["year"]
        verbose_name = _("reference counter")
        verbose_name_plural = _("reference counters")

    def __str__(self):
        return f"{self.year}: {self.last}"
