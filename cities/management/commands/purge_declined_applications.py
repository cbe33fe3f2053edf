"""Erase the personal data of applications declined longer ago than the retention period."""

from django.conf import settings
from django.core.management.base import BaseCommand

from cities.membership import services


class Command(BaseCommand):
    help = (
        "Blank contact details and motivation of applications declined more than "
        "APPLICATION_RETENTION_MONTHS ago; reference, status, country and dates stay."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="List what would be erased, change nothing."
        )
        parser.add_argument(
            "--months",
            type=int,
            default=settings.APPLICATION_RETENTION_MONTHS,
            help="Override the retention period (months).",
        )

    def handle(self, *args, dry_run=False, months=None, **options):
        due = services.declined_before(months)
        references = list(due.values_list("reference", flat=True))
        for reference in references:
            self.stdout.write(f"  {reference}")
        if dry_run:
            self.stdout.write(f"Would erase personal data of {len(references)} application(s).")
            return
        count = services.erase_personal_data(due)
        self.stdout.write(f"Erased personal data of {count} application(s).")
