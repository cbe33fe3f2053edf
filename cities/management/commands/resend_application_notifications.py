"""Retry the e-mails of applications that could not be notified (e.g. the mail server was down)."""

from django.core.management.base import BaseCommand, CommandError

from cities.membership import services


class Command(BaseCommand):
    help = "Send the missing confirmation and staff e-mails of membership applications."

    def handle(self, *args, **options):
        tried, succeeded = services.resend_pending()
        self.stdout.write(
            f"Applications with missing e-mails: {tried}; now fully sent: {succeeded}."
        )
        if succeeded < tried:
            # A non-zero exit lets cron or a monitor notice the mail server is still failing.
            raise CommandError(f"{tried - succeeded} application(s) still not notified.")
