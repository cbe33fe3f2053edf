"""Create or refresh the "Network editors", "Hub editors" and "Membership reviewers" groups.
Safe to run again."""

from django.core.management.base import BaseCommand

from staff.roles import setup_roles


class Command(BaseCommand):
    help = "Create or refresh the staff groups and their permissions."

    def handle(self, *args, **options):
        for group in setup_roles():
            count = group.permissions.count()
            self.stdout.write(f"{group.name}: {count} permissions")
