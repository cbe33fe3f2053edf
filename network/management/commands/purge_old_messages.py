"""Erase what visitors sent through the contact and translation-error forms once it is older
than the retention period the privacy notice states (``MESSAGE_RETENTION_MONTHS``)."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from pages.models import ContactMessage
from reports.models import TranslationReport


def retention_cutoff(months):
    """The moment before which a message is past its retention (30-day months)."""
    return timezone.now() - datetime.timedelta(days=30 * months)


class Command(BaseCommand):
    help = (
        "Delete contact messages and blank the e-mail address of translation-error reports "
        "received more than MESSAGE_RETENTION_MONTHS ago (the reports themselves stay)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--months",
            type=int,
            default=settings.MESSAGE_RETENTION_MONTHS,
            help="Override the retention period (months).",
        )

    def handle(self, *args, months=None, **options):
        cutoff = retention_cutoff(months)
        deleted, _ = ContactMessage.objects.filter(created_at__lt=cutoff).delete()
        blanked = (
            TranslationReport.objects.filter(created_at__lt=cutoff)
            .exclude(email="")
            .update(email="")
        )
        self.stdout.write(
            f"Deleted {deleted} contact message(s); erased the address of {blanked} report(s)."
        )
