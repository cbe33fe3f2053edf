"""Visitors' reports of translation errors on public pages."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslationReport(models.Model):
    """A visitor's report of a translation error on a public page, for staff to fix."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        RESOLVED = "resolved", _("Resolved")

    page_url = models.CharField(_("page"), max_length=500)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    content_type = models.ForeignKey(
        ContentType,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("kind of content"),
    )
    object_id = models.PositiveBigIntegerField(_("object id"), null=True, blank=True)
    content_object = GenericForeignKey("content_type", "object_id")
    description = models.TextField(_("what is wrong"))
    suggestion = models.TextField(_("suggested translation"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW, db_index=True
    )
    created_at = models.DateTimeField(_("reported"), auto_now_add=True, db_index=True)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("resolved by"),
    )
    staff_notified_at = models.DateTimeField(_("staff e-mailed"), null=True, blank=True)
    resolution = models.TextField(
        _("what was done"),
        blank=True,
        help_text=_("For the team: what was corrected, or why nothing was."),
    )
    reply = models.TextField(
        _("reply to the reporter"),
        blank=True,
        help_text=_(
            "E-mailed to the reporter, in the language they reported in, when you save. "
            "It cannot be changed once sent."
        ),
    )
    reply_sent_at = models.DateTimeField(_("reply e-mailed"), null=True, blank=True)

    class Meta:
        # The table keeps the name it had in network/ (issue 22: moved without copying rows).
        db_table = "network_translationreport"
        ordering = ["-created_at", "-pk"]
        verbose_name = _("translation report")
        verbose_name_plural = _("translation reports")

    def __str__(self):
        return f"{self.get_language_display()} · {self.page_url}"

    def get_absolute_url(self):
        return self.page_url
