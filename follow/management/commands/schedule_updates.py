from django.core.management.base import BaseCommand

from follow import schedules


class Command(BaseCommand):
    help = "Schedule the e-mail update rounds and the daily clean-up for the worker (idempotent)."

    def handle(self, *args, **options):
        schedules.ensure()
        self.stdout.write("E-mail updates scheduled.")
