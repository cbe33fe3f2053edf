"""Create a staff account for trying the admin locally.

No password ships with the project: it is asked for interactively (twice), or read from an
environment variable named with ``--password-from-env``. The command refuses to run with
DEBUG off unless ``--force`` is given, so it is not used by accident on a production server.
"""

import getpass
import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from hubs.models import Hub
from network.roles import HUB_EDITORS, NETWORK_EDITORS, setup_roles


class Command(BaseCommand):
    help = (
        "Create a staff account: a superuser in the Network editors group, or with --hub a "
        "hub editor limited to those hubs."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", help="Asked for when missing.")
        parser.add_argument("--email", default="", help="Optional e-mail address.")
        parser.add_argument(
            "--password-from-env",
            metavar="VAR",
            help="Read the password from this environment variable instead of asking.",
        )
        parser.add_argument(
            "--hub",
            action="append",
            default=[],
            metavar="SLUG",
            help="Make a hub editor for this hub (repeat for several hubs).",
        )
        parser.add_argument("--force", action="store_true", help="Run even though DEBUG is off.")

    def handle(self, *args, **options):
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "DEBUG is off: this looks like a production server. Create accounts with "
                "createsuperuser there, or pass --force if you really mean it."
            )
        User = get_user_model()
        username = options["username"] or input("Username: ").strip()
        if not username:
            raise CommandError("A username is required.")
        if User.objects.filter(username=username).exists():
            raise CommandError(f"The user “{username}” already exists.")

        hubs = list(Hub.objects.filter(slug__in=options["hub"]))
        unknown = set(options["hub"]) - {hub.slug for hub in hubs}
        if unknown:
            raise CommandError(f"No hub with the slug: {', '.join(sorted(unknown))}")

        password = self.read_password(options["password_from_env"])
        user = User(username=username, email=options["email"], is_staff=True)
        try:
            validate_password(password, user)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error

        with transaction.atomic():
            network_group, hub_group = setup_roles()
            user.is_superuser = not hubs
            user.set_password(password)
            user.save()
            if hubs:
                user.groups.add(hub_group)
                user.edited_hubs.add(*hubs)
                role = f"{HUB_EDITORS} ({', '.join(hub.slug for hub in hubs)})"
            else:
                user.groups.add(network_group)
                role = f"superuser, {NETWORK_EDITORS}"
        self.stdout.write(self.style.SUCCESS(f"Created “{username}”: {role}."))

    def read_password(self, env_name):
        if env_name:
            password = os.environ.get(env_name, "")
            if not password:
                raise CommandError(f"The environment variable {env_name} is empty or unset.")
            return password
        password = getpass.getpass("Password: ")
        if password != getpass.getpass("Password (again): "):
            raise CommandError("The passwords do not match.")
        if not password:
            raise CommandError("A password is required.")
        return password
