"""The standing pages visitors look for (about, contact, privacy, accessibility) and the
messages sent through the contact form."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from kernel.fields import RichTextField
from kernel.models import Publishable


class Page(Publishable):
    """A standing page visitors look for (about, contact, privacy, accessibility).

    The slug is ASCII and shared by both languages; the URLconf names the pages that exist.
    """

    class Slug(models.TextChoices):
        ABOUT = "about", _("About the network")
        CONTACT = "contact", _("Contact us")
        PRIVACY = "privacy", _("Privacy notice")
        ACCESSIBILITY = "accessibility", _("Accessibility statement")

    slug = models.SlugField(_("slug"), max_length=40, unique=True, choices=Slug.choices)
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), blank=True)
    body = RichTextField(_("body"))

    class Meta:
        db_table = "network_page"  # moved from network/ (issue 22); the table stays
        ordering = ["slug"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse(f"page_{self.slug}")


class ContactMessage(models.Model):
    """A message sent through the contact form; staff read it in the admin."""

    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    message = models.TextField(_("message"))
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    staff_notified_at = models.DateTimeField(_("staff e-mailed"), null=True, blank=True)

    class Meta:
        db_table = "network_contactmessage"  # moved from network/ (issue 22)
        ordering = ["-created_at", "-pk"]
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")

    def __str__(self):
        return f"{self.name} <{self.email}>"
